import { STATS_WINDOWS, type CurrencyAmounts, type StatsJson, type StatsWindow } from '@vigil/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/http';
import { formatMinorUnits } from '../format/money';
import { formatCount } from '../format/number';

const WINDOW_LABEL: Record<StatsWindow, string> = {
  '15m': '15 min',
  '1h': '1 hour',
  '24h': '24 hours',
  '7d': '7 days',
};

function fetchStats(span: StatsWindow, signal?: AbortSignal): Promise<StatsJson> {
  return api<StatsJson>(`/api/stats?window=${span}`, { signal });
}

/** The largest currency's amount, with a note when others exist (currencies are never added together). */
function money(amounts: CurrencyAmounts | undefined): string {
  const entries = Object.entries(amounts ?? {}).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return '—';
  const [currency, amount] = entries[0];
  const main = formatMinorUnits(amount, currency, { compact: amount >= 100_000_000 });
  return entries.length > 1 ? `${main} +${entries.length - 1}` : main;
}

/** Totals over a longer window from the api (the tiles above cover the last minute, live). */
export function StatsPanel() {
  const [span, setSpan] = useState<StatsWindow>('24h');
  const stats = useQuery({
    queryKey: ['stats', span],
    queryFn: ({ signal }) => fetchStats(span, signal),
    refetchInterval: 15_000,
    retry: 2,
  });
  const totals = stats.data?.totals;
  const risk = stats.data?.moneyAtRisk;
  const tiles = [
    { id: 'count', label: 'Transactions', value: totals ? formatCount(totals.count) : '—' },
    { id: 'flagged', label: 'Flagged', value: totals ? formatCount(totals.flagged) : '—' },
    { id: 'held', label: 'Held now', value: totals ? formatCount(totals.held) : '—' },
    { id: 'blocked', label: 'Blocked', value: totals ? formatCount(totals.blocked) : '—' },
    { id: 'held-value', label: 'Value held', value: money(risk?.heldValue) },
    { id: 'blocked-value', label: 'Value blocked', value: money(risk?.blockedValue) },
    { id: 'loss', label: 'Confirmed losses', value: money(risk?.confirmedLossValue) },
  ];
  return (
    <section className="panel stats-panel" aria-labelledby="stats-title" data-testid="stats-panel">
      <header className="panel-header">
        <h2 id="stats-title" className="panel-title">
          Totals
        </h2>
        <div className="segmented" role="group" aria-label="Window">
          {STATS_WINDOWS.map((value) => (
            <button
              key={value}
              type="button"
              className="segment"
              aria-pressed={value === span}
              onClick={() => setSpan(value)}
            >
              {WINDOW_LABEL[value]}
            </button>
          ))}
        </div>
      </header>
      <dl className="stats-tiles">
        {tiles.map((tile) => (
          <div key={tile.id} className="stats-tile" data-testid={`stats-${tile.id}`}>
            <dt>{tile.label}</dt>
            <dd className="tabular">{tile.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
