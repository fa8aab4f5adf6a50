import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type MoneyAtRiskJson,
  type StatsBucketJson,
  type StatsJson,
  type StatsWindow,
} from '@vigil/contracts';
import { addAmount, addCounts, emptyCounts } from './stats-counts.js';
import { STATS_WINDOW_SECONDS } from './stats-query.js';

/**
 * One pass over the window's transactions (range scan of ix_transactions_created), grouped by bucket and
 * currency: counts by current status, and sums in minor units that are never added across currencies.
 * `flagged` = not automatically approved (held, blocked, or approved only after a hold).
 */
const STATS = `
SELECT date_bin(make_interval(secs => $3), created_at, TIMESTAMPTZ 'epoch') AS at, currency,
  count(*)::int AS count,
  count(*) FILTER (WHERE status <> 'approved' OR held_at IS NOT NULL)::int AS flagged,
  count(*) FILTER (WHERE status = 'review')::int AS held,
  count(*) FILTER (WHERE status = 'blocked')::int AS blocked,
  count(*) FILTER (WHERE status = 'approved')::int AS approved,
  COALESCE(sum(amount), 0)::text AS amount,
  COALESCE(sum(amount) FILTER (WHERE status = 'review'), 0)::text AS held_value,
  COALESCE(sum(amount) FILTER (WHERE status = 'blocked'), 0)::text AS blocked_value,
  COALESCE(sum(amount) FILTER (WHERE status = 'approved' AND held_at IS NOT NULL), 0)::text AS reviewed_value,
  COALESCE(sum(amount) FILTER (
    WHERE status = 'approved' AND labels && ARRAY['disputed', 'fraud_warning']::text[]), 0)::text AS loss_value
FROM transactions
WHERE created_at >= $1 AND created_at <= $2
GROUP BY 1, 2`;

interface StatsRow {
  at: Date;
  currency: string | null;
  count: number;
  flagged: number;
  held: number;
  blocked: number;
  approved: number;
  amount: string;
  held_value: string;
  blocked_value: string;
  reviewed_value: string;
  loss_value: string;
}

/** `GET /api/stats`: totals, time buckets and money at risk over the last window (by creation time). */
@Injectable()
export class StatsService {
  constructor(private readonly dataSource: DataSource) {}

  async stats(window: StatsWindow, now = new Date()): Promise<StatsJson> {
    const { window: windowSeconds, bucket } = STATS_WINDOW_SECONDS[window];
    const from = new Date(now.getTime() - windowSeconds * 1000);
    const rows = (await this.dataSource.query(STATS, [from, now, bucket])) as StatsRow[];

    // Every bucket from the one holding `from` to the one holding `now`, empty ones included.
    const bucketMs = bucket * 1000;
    const buckets = new Map<number, StatsBucketJson>();
    for (let at = Math.floor(from.getTime() / bucketMs) * bucketMs; at <= now.getTime(); at += bucketMs) {
      buckets.set(at, { at: new Date(at).toISOString(), ...emptyCounts() });
    }
    const totals = emptyCounts();
    const moneyAtRisk: MoneyAtRiskJson = {
      heldValue: {},
      blockedValue: {},
      approvedAfterReviewValue: {},
      confirmedLossValue: {},
    };
    for (const row of rows) {
      const counts = { ...row, amount: Number(row.amount) };
      const target = buckets.get(row.at.getTime());
      if (target) addCounts(target, counts);
      addCounts(totals, counts);
      addAmount(moneyAtRisk.heldValue, row.currency, Number(row.held_value));
      addAmount(moneyAtRisk.blockedValue, row.currency, Number(row.blocked_value));
      addAmount(moneyAtRisk.approvedAfterReviewValue, row.currency, Number(row.reviewed_value));
      addAmount(moneyAtRisk.confirmedLossValue, row.currency, Number(row.loss_value));
    }
    return {
      window,
      from: from.toISOString(),
      to: now.toISOString(),
      bucketSeconds: bucket,
      totals,
      buckets: [...buckets.values()],
      moneyAtRisk,
    };
  }
}
