import { describe, expect, it } from '@jest/globals';
import { nextVersion, transactionAt } from '../testing/transactions';
import { WindowStats } from './window-stats';

const NOW = Date.UTC(2026, 10, 21, 10, 0, 30, 500);
const NOW_SEC = Math.floor(NOW / 1000);

describe('WindowStats', () => {
  it('counts per second, holds and blocks, and amounts per currency', () => {
    const stats = new WindowStats(60);
    stats.add(transactionAt(NOW - 100, { amount: 1000, currency: 'EUR' }), NOW);
    stats.add(transactionAt(NOW - 200, { amount: 500, currency: 'eur', status: 'review' }), NOW);
    stats.add(transactionAt(NOW - 5000, { amount: 700, currency: 'USD', status: 'blocked' }), NOW);
    stats.add(transactionAt(NOW - 5000, { amount: null, currency: null }), NOW);

    const snapshot = stats.snapshot(NOW);
    expect(snapshot.series).toHaveLength(60);
    // The second in progress counts in the last whole second.
    expect(snapshot.series.at(-1)).toEqual({ t: NOW_SEC - 1, count: 2 });
    expect(snapshot.series.at(-5)).toEqual({ t: NOW_SEC - 5, count: 2 });
    expect(snapshot).toMatchObject({ count: 4, held: 1, blocked: 1 });
    expect(snapshot.amounts).toEqual([
      { currency: 'EUR', amount: 1500, count: 2 },
      { currency: 'USD', amount: 700, count: 1 },
    ]);
  });

  it('ignores what was created before the window and forgets seconds as they leave it', () => {
    const stats = new WindowStats(60);
    expect(stats.add(transactionAt(NOW - 61_000), NOW)).toBe(false);
    expect(stats.add(transactionAt(NOW - 60_600), NOW)).toBe(false);
    expect(stats.add(transactionAt(NOW - 59_000), NOW)).toBe(true);
    expect(stats.snapshot(NOW).count).toBe(1);
    const later = NOW + 2000;
    stats.prune(later);
    expect(stats.snapshot(later).count).toBe(0);
  });

  it('reflects a status change when the old state is removed and the new one added', () => {
    const stats = new WindowStats(60);
    const held = transactionAt(NOW - 1000, { status: 'review' });
    stats.add(held, NOW);
    const blocked = nextVersion(held, { status: 'blocked' });
    stats.remove(held);
    stats.add(blocked, NOW);
    expect(stats.snapshot(NOW)).toMatchObject({ count: 1, held: 0, blocked: 1 });
  });

  it('counts transactions stamped ahead of the local clock in the latest point', () => {
    const stats = new WindowStats(60);
    stats.add(transactionAt(NOW + 3000), NOW);
    const snapshot = stats.snapshot(NOW);
    expect(snapshot.series.at(-1)?.count).toBe(1);
    expect(snapshot.count).toBe(1);
  });
});

describe('WindowStats breakdowns', () => {
  const signal = (code: string, points = 10) => ({ code, description: `${code} fired`, points });

  it('counts signals and buyer countries, most frequent first', () => {
    const stats = new WindowStats(60);
    stats.add(
      transactionAt(NOW - 100, { signals: [signal('avs_fail'), signal('cvc_fail')], ipCountry: 'NG' }),
      NOW,
    );
    stats.add(transactionAt(NOW - 200, { signals: [signal('cvc_fail')], ipCountry: null }), NOW);
    stats.add(transactionAt(NOW - 300, { signals: [], ipCountry: 'ng' }), NOW);
    const snapshot = stats.snapshot(NOW);
    expect(snapshot.topSignals).toEqual([
      { code: 'cvc_fail', description: 'cvc_fail fired', count: 2 },
      { code: 'avs_fail', description: 'avs_fail fired', count: 1 },
    ]);
    // The second has no IP country: its billing country (IE in the fixture) counts instead.
    expect(snapshot.countries).toEqual([
      { country: 'NG', count: 2 },
      { country: 'IE', count: 1 },
    ]);
  });

  it('takes a replaced state back out of the breakdowns', () => {
    const stats = new WindowStats(60);
    const first = transactionAt(NOW - 100, { signals: [signal('avs_fail')] });
    stats.add(first, NOW);
    stats.remove(first);
    stats.add(nextVersion(first, { signals: [] }), NOW);
    expect(stats.snapshot(NOW).topSignals).toEqual([]);
  });
});
