/**
 * What one backtest may cost (docs/security.md#backtests): it reads stored transactions newest first, so the
 * bounds keep the newest part of the range and say so (`truncated`).
 */
export const BACKTEST_LIMITS = {
  /** Longest range, in days (two years, leap day included); without `from` the range starts this far back. */
  maxRangeDays: 731,
  /** Transactions read at most. */
  maxRows: 200_000,
  /** Each page query's statement_timeout. */
  statementTimeoutMs: 10_000,
  /** Wall-clock budget of the whole scan, checked between pages. */
  maxDurationMs: 60_000,
} as const;

const DAY_MS = 86_400_000;

export type BacktestRange = { from: Date; to: Date } | { error: string };

/** `to` defaults to now and `from` to `to` minus the longest range; a longer or inverted range is refused. */
export function backtestRange(input: { from?: Date; to?: Date }, now: Date): BacktestRange {
  const to = input.to ?? now;
  const maxMs = BACKTEST_LIMITS.maxRangeDays * DAY_MS;
  const from = input.from ?? new Date(to.getTime() - maxMs);
  if (from.getTime() >= to.getTime()) return { error: 'from must be before to' };
  if (to.getTime() - from.getTime() > maxMs) {
    return {
      error: `from and to may be at most ${BACKTEST_LIMITS.maxRangeDays} days apart; narrow the range`,
    };
  }
  return { from, to };
}
