import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  RecentSuppressionHashes,
  type SuppressedIdentifier,
  suppressionHash,
} from './privacy-suppression.js';

const key = randomBytes(32);
const source = '3f1c2a7e-0000-4000-8000-000000000001';

describe('RecentSuppressionHashes (the worker remembers recent identifiers’ hashes)', () => {
  it('answers what suppressionHash answers, remembered or not, e-mails compared lower-case', () => {
    const hashes = new RecentSuppressionHashes(key, 50);
    const identifiers: SuppressedIdentifier[] = [];
    for (let i = 0; i < 120; i += 1) {
      identifiers.push({
        kind: 'email',
        email: i % 2 ? `Ann${i % 7}@Example.com ` : `ann${i % 7}@example.com`,
      });
      identifiers.push({ kind: 'customer_id', sourceId: source, customerId: `c_${i % 70}` });
    }
    for (const identifier of [...identifiers, ...identifiers.reverse()])
      expect(hashes.hash(identifier)).toBe(suppressionHash(key, identifier));
    // A customer id is a store's own: the same id of another source is another subject.
    expect(hashes.hash({ kind: 'customer_id', sourceId: source, customerId: 'c_1' })).not.toBe(
      hashes.hash({ kind: 'customer_id', sourceId: `${source.slice(0, -1)}2`, customerId: 'c_1' }),
    );
    expect(hashes.hash({ kind: 'email', email: 'c_1' })).not.toBe(
      hashes.hash({ kind: 'customer_id', sourceId: source, customerId: 'c_1' }),
    );
  });

  it('keeps at most its capacity, forgetting the identifier seen least recently', () => {
    const hashes = new RecentSuppressionHashes(key, 3);
    const email = (n: number): SuppressedIdentifier => ({ kind: 'email', email: `c${n}@example.com` });
    for (const n of [1, 2, 3, 1, 4, 5]) hashes.hash(email(n));
    expect(hashes.size).toBe(3);
    // 1 was seen again before 4 and 5 arrived, so 2 and 3 went first; the answers never change.
    expect(hashes.hash(email(1))).toBe(suppressionHash(key, email(1)));
    expect(hashes.size).toBe(3);
  });
});
