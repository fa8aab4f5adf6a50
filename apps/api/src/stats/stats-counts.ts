import { type CurrencyAmounts, type StatsCountsJson } from '@vigil/contracts';

/** Transactions of one currency, by current status, as `GET /api/stats` and the live `stats` event count them. */
export interface CountsRow {
  currency: string | null;
  count: number;
  flagged: number;
  held: number;
  blocked: number;
  approved: number;
  /** Minor units. */
  amount: number;
}

export const emptyCounts = (): StatsCountsJson => ({
  count: 0,
  amount: {},
  flagged: 0,
  held: 0,
  blocked: 0,
  approved: 0,
});

/** Adds minor units to their currency's sum (sums are never added across currencies); no currency, no sum. */
export function addAmount(target: CurrencyAmounts, currency: string | null, minor: number): void {
  if (!currency || minor === 0) return;
  target[currency] = (target[currency] ?? 0) + minor;
}

export function addCounts(target: StatsCountsJson, row: CountsRow): void {
  target.count += row.count;
  target.flagged += row.flagged;
  target.held += row.held;
  target.blocked += row.blocked;
  target.approved += row.approved;
  addAmount(target.amount, row.currency, row.amount);
}
