import { describe, expect, it } from '@jest/globals';
import { auditQuery, EMPTY_AUDIT_FILTERS } from './audit-filters';

describe('auditQuery', () => {
  it('leaves out empty filters', () => {
    expect(auditQuery(EMPTY_AUDIT_FILTERS)).toEqual({
      actor: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it('trims text and turns local times into instants', () => {
    const query = auditQuery({
      actor: ' bo@shop.test ',
      action: 'rule.*',
      from: '2026-11-21T10:00',
      to: 'nonsense',
    });
    expect(query.actor).toBe('bo@shop.test');
    expect(query.action).toBe('rule.*');
    expect(query.from).toBe(new Date('2026-11-21T10:00').toISOString());
    expect(query.to).toBeUndefined();
  });
});
