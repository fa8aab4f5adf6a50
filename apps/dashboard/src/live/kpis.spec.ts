import { describe, expect, it } from '@jest/globals';
import { transactionAt } from '../testing/transactions';
import { computeKpis, kpiInputFromServer, kpiInputFromWindow } from './kpis';
import { WindowStats } from './window-stats';

const NOW = Date.UTC(2026, 10, 21, 10, 0, 30);

describe('computeKpis', () => {
  it('shows counts, the main currency’s amount and shares', () => {
    const stats = new WindowStats(60);
    for (let i = 0; i < 3; i++)
      stats.add(transactionAt(NOW - i * 1000, { amount: 10_000, currency: 'EUR' }), NOW);
    stats.add(transactionAt(NOW, { amount: 500, currency: 'USD', status: 'review' }), NOW);
    const kpis = computeKpis(kpiInputFromWindow(stats.snapshot(NOW)), 'en-US');
    expect(kpis.map((kpi) => [kpi.id, kpi.value])).toEqual([
      ['events', '4'],
      ['amount', '€300.00'],
      ['held', '1'],
      ['blocked', '0'],
    ]);
    expect(kpis[1].hint).toBe('last 60 s · EUR, +1 more currency');
    expect(kpis[2].hint).toBe('25% of last 60 s');
  });

  it('is calm when nothing has happened', () => {
    const kpis = computeKpis(kpiInputFromWindow(new WindowStats(60).snapshot(NOW)), 'en-US');
    expect(kpis.map((kpi) => kpi.value)).toEqual(['0', '—', '0', '0']);
  });

  it('shows the server’s numbers, the largest amount first, and the review queue’s size', () => {
    const kpis = computeKpis(
      kpiInputFromServer({
        at: new Date(NOW).toISOString(),
        windowSeconds: 60,
        totals: {
          count: 1200,
          amount: { USD: 500, EUR: 1_234_500, GBP: 0 },
          flagged: 90,
          held: 60,
          blocked: 30,
          approved: 1110,
        },
        eventsPerSecond: 21.5,
        pendingReview: 1500,
      }),
      'en-US',
    );
    expect(kpis.map((kpi) => [kpi.id, kpi.value])).toEqual([
      ['events', '1,200'],
      ['amount', '€12,345.00'],
      ['held', '60'],
      ['blocked', '30'],
    ]);
    expect(kpis[0].hint).toBe('last 60 s · 22/s');
    expect(kpis[1].hint).toBe('last 60 s · EUR, +1 more currency');
    expect(kpis[2].hint).toBe('5% of last 60 s · 1,500 awaiting review');
  });
});
