import { describe, expect, it } from '@jest/globals';
import { REDACTED, sanitizeDetails } from './audit-details.js';

describe('sanitizeDetails', () => {
  it('redacts secret-looking keys at any depth', () => {
    expect(
      sanitizeDetails({
        password: 'hunter2hunter2',
        newPassword: 'x',
        changes: { role: 'staff', secret: 'whsec_1', nested: { apiToken: 't', recoveryCodes: ['a'] } },
        code: '123456',
      }),
    ).toEqual({
      password: REDACTED,
      newPassword: REDACTED,
      changes: { role: 'staff', secret: REDACTED, nested: { apiToken: REDACTED, recoveryCodes: REDACTED } },
      code: REDACTED,
    });
  });

  it('keeps ordinary values and cuts long strings and deep structures', () => {
    const out = sanitizeDetails({
      role: 'owner',
      count: 3,
      ok: true,
      none: null,
      long: 'x'.repeat(10_000),
      deep: { a: { b: { c: { d: { e: 1 } } } } },
      fn: () => 1,
    });
    expect(out).toMatchObject({ role: 'owner', count: 3, ok: true, none: null, fn: null });
    expect((out['long'] as string).length).toBeLessThanOrEqual(501);
    expect(JSON.stringify(out['deep'])).toContain('[truncated]');
  });

  it('treats missing details as an empty object', () => {
    expect(sanitizeDetails(undefined)).toEqual({});
  });
});
