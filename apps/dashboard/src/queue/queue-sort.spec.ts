import { describe, expect, it } from '@jest/globals';
import { transactionAt } from '../testing/transactions';
import { sortQueue } from './queue-sort';

const t0 = Date.UTC(2026, 10, 21, 10, 0, 0);
const old = transactionAt(t0, { score: 55, amount: 1000 });
const risky = transactionAt(t0 + 60_000, { score: 90, amount: 500 });
const big = transactionAt(t0 + 120_000, { score: 60, amount: 900_000 });

describe('sortQueue', () => {
  it('puts who waited longest first by default', () => {
    expect(sortQueue([big, risky, old], 'waiting').map((tx) => tx.id)).toEqual([old.id, risky.id, big.id]);
  });

  it('sorts by risk score or amount, highest first', () => {
    expect(sortQueue([old, big, risky], 'risk').map((tx) => tx.id)).toEqual([risky.id, big.id, old.id]);
    expect(sortQueue([old, risky, big], 'amount').map((tx) => tx.id)).toEqual([big.id, old.id, risky.id]);
  });
});
