import { describe, expect, it } from '@jest/globals';
import { type ErasedSubject, freeTextIdentifiers, scrubJson, scrubText } from './erased-subject.js';

const subject: ErasedSubject = {
  email: 'ann@example.com',
  ips: ['203.0.113.7'],
  customers: [{ sourceId: 's1', customerId: 'cus_Ann1' }],
  deviceIds: ['d_9'],
  names: ['Ann Murphy', 'A'],
};

describe('free-text erasure', () => {
  const ids = freeTextIdentifiers(subject);

  it('replaces the customer identifiers in notes, whole words only, any case', () => {
    expect(scrubText('Called ANN@example.com (Ann Murphy) from 203.0.113.7, cus_ann1 ok', ids)).toBe(
      'Called [erased] ([erased]) from [erased], [erased] ok',
    );
    expect(scrubText('joann@example.com and 203.0.113.70 stay; Annual review', ids)).toBe(
      'joann@example.com and 203.0.113.70 stay; Annual review',
    );
  });

  it('ignores identifiers too short to search text for', () => {
    expect(ids).not.toContain('a');
    expect(scrubText('A note', ids)).toBe('A note');
  });

  it('scrubs every string of audit details and says whether it changed', () => {
    expect(scrubJson({ value: 'ann@example.com', list: 'blocked_emails', n: 3 }, ids)).toEqual({
      value: { value: '[erased]', list: 'blocked_emails', n: 3 },
      changed: true,
    });
    expect(scrubJson({ list: 'blocked_emails' }, ids).changed).toBe(false);
  });
});
