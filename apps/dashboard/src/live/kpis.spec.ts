import { describe, expect, it } from '@jest/globals';
import { transactionAt } from '../testing/transactions';
import { computeKpis } from './kpis';
import { WindowStats } from './window-stats';

const NOW = Date.UTC(2026, 10, 21, 10, 0, 30);

describe('computeKpis', () => {
  it('shows counts, the main currency’s amount and shares', () => {
    const stats = new WindowStats(60);
    for (let i = 0; i < 3; i++)
      stats.add(transactionAt(NOW - i * 1000, { amount: 10_000, currency: 'EUR' }), NOW);
    stats.add(transactionAt(NOW, { amount: 500, currency: 'USD', status: 'review' }), NOW);
    const kpis = computeKpis(stats.snapshot(NOW), 'en-US');
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
    const kpis = computeKpis(new WindowStats(60).snapshot(NOW), 'en-US');
    expect(kpis.map((kpi) => kpi.value)).toEqual(['0', '—', '0', '0']);
  });
});
