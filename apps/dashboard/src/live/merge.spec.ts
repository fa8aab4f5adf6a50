import { describe, expect, it } from '@jest/globals';
import { nextVersion, transactionAt } from '../testing/transactions';
import { mergeTransactions } from './merge';

const T0 = Date.UTC(2026, 10, 21, 10, 0, 0);
const ids = (list: readonly { id: string }[]): string[] => list.map((tx) => tx.id);

describe('mergeTransactions', () => {
  it('puts new transactions on top, newest first, whatever order they arrive in', () => {
    const old = transactionAt(T0);
    const a = transactionAt(T0 + 2000);
    const b = transactionAt(T0 + 1000);
    const c = transactionAt(T0 + 3000);
    const result = mergeTransactions([old], [a, b, c], 100);
    expect(ids(result.items)).toEqual([c.id, a.id, b.id, old.id]);
    expect(ids(result.added)).toEqual([c.id, a.id, b.id]);
    expect(result.replaced).toEqual([]);
  });

  it('replaces an updated transaction in place', () => {
    const a = transactionAt(T0);
    const b = transactionAt(T0 + 1000);
    const updated = nextVersion(a, { status: 'blocked' });
    const result = mergeTransactions([b, a], [updated], 100);
    expect(result.items).toEqual([b, updated]);
    expect(result.replaced).toEqual([{ prev: a, next: updated }]);
    expect(result.added).toEqual([]);
  });

  it('ignores duplicates and stale (out-of-order) updates', () => {
    const v1 = transactionAt(T0);
    const v2 = nextVersion(v1, { status: 'review' });
    const current = [v2];
    const result = mergeTransactions(current, [v1, { ...v2 }], 100);
    expect(result.items).toBe(current);
    expect(result.replaced).toEqual([]);
  });

  it('keeps the latest of several states of one id in a batch', () => {
    const v1 = transactionAt(T0);
    const v2 = nextVersion(v1, { status: 'review' });
    const v3 = nextVersion(v2, { status: 'approved' });
    const result = mergeTransactions([], [v2, v3, v1], 100);
    expect(result.items).toEqual([v3]);
  });

  it('caps the list and reports what fell off', () => {
    const list = [transactionAt(T0 + 2000), transactionAt(T0 + 1000), transactionAt(T0)];
    const newer = transactionAt(T0 + 3000);
    const result = mergeTransactions(list, [newer], 3);
    expect(ids(result.items)).toEqual([newer.id, list[0].id, list[1].id]);
    expect(ids(result.evicted)).toEqual([list[2].id]);
  });

  it('re-sorts when an update moves createdAt', () => {
    const a = transactionAt(T0 + 1000);
    const b = transactionAt(T0);
    const moved = nextVersion(b, { createdAt: new Date(T0 + 5000).toISOString() });
    expect(ids(mergeTransactions([a, b], [moved], 10).items)).toEqual([b.id, a.id]);
  });

  it('never mutates its input', () => {
    const current = Object.freeze([transactionAt(T0)]);
    expect(() => mergeTransactions(current, [transactionAt(T0 + 1)], 1)).not.toThrow();
    expect(current).toHaveLength(1);
  });

  it('merges a large batch into a full feed', () => {
    const current = Array.from({ length: 5000 }, (_, i) => transactionAt(T0 - i * 10));
    const batch = Array.from({ length: 5000 }, (_, i) => transactionAt(T0 + 1 + i));
    const result = mergeTransactions(current, batch, 5000);
    expect(result.items).toHaveLength(5000);
    expect(result.items[0]).toBe(batch[4999]);
    expect(result.evicted).toHaveLength(5000);
  });
});
