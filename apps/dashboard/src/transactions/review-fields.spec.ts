import { describe, expect, it } from '@jest/globals';
import { makeTransaction } from '../testing/transactions';
import { claimOf, heldSince, holdDeadlineOf, topSignals } from './review-fields';

const now = Date.UTC(2026, 10, 21, 10, 0, 0);

describe('claimOf', () => {
  it('is null when nobody claimed the transaction', () => {
    expect(claimOf(makeTransaction(), now)).toBeNull();
  });

  it('reads the claimant and, when sent, their email and expiry', () => {
    const tx = {
      ...makeTransaction({ claimedBy: 'u1' }),
      claimedByEmail: 'bo@shop.test',
      claimExpiresAt: '2026-11-21T10:10:00Z',
    };
    expect(claimOf(tx, now)).toEqual({
      userId: 'u1',
      email: 'bo@shop.test',
      expiresAt: '2026-11-21T10:10:00Z',
    });
  });

  it('works with servers that send only claimedBy', () => {
    expect(claimOf(makeTransaction({ claimedBy: 'u1' }), now)).toEqual({
      userId: 'u1',
      email: null,
      expiresAt: null,
    });
  });

  it('treats an expired claim as none', () => {
    const tx = { ...makeTransaction({ claimedBy: 'u1' }), claimExpiresAt: '2026-11-21T09:59:59Z' };
    expect(claimOf(tx, now)).toBeNull();
  });
});

describe('holdDeadlineOf and topSignals', () => {
  it('counts the wait from when it was held, else from creation', () => {
    const tx = makeTransaction({ createdAt: '2026-11-21T09:00:00Z' });
    expect(heldSince(tx)).toBe('2026-11-21T09:00:00Z');
    expect(heldSince({ ...tx, heldAt: '2026-11-21T09:30:00Z' })).toBe('2026-11-21T09:30:00Z');
  });

  it('reads the hold deadline when present', () => {
    expect(holdDeadlineOf(makeTransaction())).toBeNull();
    expect(holdDeadlineOf({ ...makeTransaction(), holdDeadline: '2026-11-22T10:00:00Z' })).toBe(
      '2026-11-22T10:00:00Z',
    );
  });

  it('orders signals by contribution', () => {
    const tx = makeTransaction({
      signals: [
        { code: 'a', description: 'A', points: 10 },
        { code: 'b', description: 'B', points: 40 },
        { code: 'c', description: 'C', points: 25 },
      ],
    });
    expect(topSignals(tx, 2).map((s) => s.code)).toEqual(['b', 'c']);
  });
});
