export const BACKTEST_RANGES = ['24h', '7d', '30d', 'all'] as const;
export type BacktestRange = (typeof BACKTEST_RANGES)[number];

export const BACKTEST_RANGE_LABEL: Record<BacktestRange, string> = {
  '24h': 'last 24 hours',
  '7d': 'last 7 days',
  '30d': 'last 30 days',
  all: 'last 2 years (the longest backtest)',
};

const HOURS: Record<Exclude<BacktestRange, 'all'>, number> = { '24h': 24, '7d': 24 * 7, '30d': 24 * 30 };

/** The `from` bound of a backtest over `range` ending at `nowMs` (none for everything). */
export function backtestFrom(range: BacktestRange, nowMs: number): string | undefined {
  return range === 'all' ? undefined : new Date(nowMs - HOURS[range] * 3_600_000).toISOString();
}
