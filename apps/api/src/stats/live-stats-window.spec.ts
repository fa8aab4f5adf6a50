import { describe, expect, it } from '@jest/globals';
import { LiveStatsWindow, type SecondRow } from './live-stats-window.js';

const NOW_SEC = 1_790_000_000;
const NOW_MS = NOW_SEC * 1000 + 400;

const row = (second: number, patch: Partial<SecondRow> = {}): SecondRow => ({
  second,
  currency: 'EUR',
  count: 1,
  flagged: 0,
  held: 0,
  blocked: 0,
  approved: 1,
  amount: 1000,
  ...patch,
});

describe('LiveStatsWindow', () => {
  it('sums the window by status, amounts per currency, and the rate over whole seconds', () => {
    const window = new LiveStatsWindow(60, 10);
    window.replace(window.start(NOW_SEC), NOW_SEC, [
      row(NOW_SEC - 59, { count: 2, amount: 2000, approved: 2 }), // oldest second of the window
      row(NOW_SEC - 10, { count: 5, amount: 500, currency: 'USD', approved: 5 }),
      row(NOW_SEC - 1, { count: 3, held: 2, blocked: 1, approved: 0, flagged: 3, amount: 300 }),
      row(NOW_SEC, { count: 4, amount: 400, approved: 4 }), // in progress: counted, not in the rate
      row(NOW_SEC - 60), // before the window
    ]);
    expect(window.summary(NOW_MS, 7)).toEqual({
      at: new Date(NOW_MS).toISOString(),
      windowSeconds: 60,
      totals: {
        count: 14,
        amount: { EUR: 2700, USD: 500 },
        flagged: 3,
        held: 2,
        blocked: 1,
        approved: 11,
      },
      eventsPerSecond: 0.8,
      pendingReview: 7,
    });
  });

  it('replaces only the reread seconds and forgets those that left the window', () => {
    const window = new LiveStatsWindow(60, 10);
    window.replace(window.start(NOW_SEC), NOW_SEC, [row(NOW_SEC - 50), row(NOW_SEC - 2), row(NOW_SEC)]);
    // One second later: the last seconds reread; one of them was decided meanwhile, one more arrived.
    const later = NOW_SEC + 1;
    window.replace(later - 4, later, [
      row(NOW_SEC - 2, { held: 1, approved: 0, flagged: 1 }),
      row(NOW_SEC, { count: 2, approved: 2, amount: 2000 }),
      row(later),
    ]);
    expect(window.summary(later * 1000, 0).totals).toEqual({
      count: 5,
      amount: { EUR: 5000 },
      flagged: 1,
      held: 1,
      blocked: 0,
      approved: 4,
    });
    // A minute on, only what is still inside the window counts.
    const minuteLater = NOW_SEC + 59;
    window.replace(minuteLater - 4, minuteLater, []);
    expect(window.summary(minuteLater * 1000, 0).totals.count).toBe(3);
  });

  it('leaves out currencies without an amount', () => {
    const window = new LiveStatsWindow(60, 10);
    window.replace(window.start(NOW_SEC), NOW_SEC, [row(NOW_SEC, { currency: null, amount: 0 })]);
    expect(window.summary(NOW_MS, 0).totals).toMatchObject({ count: 1, amount: {} });
  });
});
