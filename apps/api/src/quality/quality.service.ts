import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type CurrencyAmounts,
  type DetectionOutcome,
  type QualityJson,
  type QualityTrendPointJson,
  type QualityWindow,
} from '@vigil/contracts';
import { DECIDED_OUTCOME_SQL, IS_FRAUD_SQL } from '@vigil/persistence';
import { DetectionMetrics, RuleHits } from '../detection/detection-metrics.js';
import { QUALITY_WINDOW } from './quality-query.js';

interface GroupRow {
  bucket: Date;
  fraud: boolean;
  outcome: DetectionOutcome;
  blocked_now: boolean;
  currency: string | null;
  n: number;
  amount: string | null;
}

interface RuleRow {
  code: string;
  fraud: boolean;
  currency: string | null;
  n: number;
  amount: string | null;
}

/** Scored transactions created in the window, grouped small enough to sum in memory. */
const GROUPS = `
SELECT date_trunc($3, t.created_at, 'UTC') AS bucket, ${IS_FRAUD_SQL} AS fraud,
  ${DECIDED_OUTCOME_SQL} AS outcome, t.status = 'blocked' AS blocked_now, t.currency,
  count(*)::int AS n, sum(t.amount)::text AS amount
FROM transactions t
WHERE t.created_at >= $1 AND t.created_at < $2 AND t.risk_snapshot IS NOT NULL
GROUP BY 1, 2, 3, 4, 5`;

const RULE_GROUPS = `
SELECT s->>'code' AS code, ${IS_FRAUD_SQL} AS fraud, t.currency, count(*)::int AS n, sum(t.amount)::text AS amount
FROM transactions t CROSS JOIN LATERAL jsonb_array_elements(t.signals) AS s
WHERE t.created_at >= $1 AND t.created_at < $2 AND t.risk_snapshot IS NOT NULL
GROUP BY 1, 2, 3`;

const amountOf = (value: string | null): number | null => (value === null ? null : Number(value));

/**
 * `GET /api/quality`: how well detection did over a window, judged by labels (docs/detection.md "Quality").
 * Outcomes are as decided at the time: held for review counts as stopped whatever a person did later;
 * "saved" is the fraud value that ended blocked.
 */
@Injectable()
export class QualityService {
  constructor(private readonly dataSource: DataSource) {}

  async quality(window: QualityWindow): Promise<QualityJson> {
    const { ms, bucket } = QUALITY_WINDOW[window];
    const to = new Date();
    const from = new Date(to.getTime() - ms);
    const [groups, ruleGroups, names] = await Promise.all([
      this.dataSource.query(GROUPS, [from, to, bucket]) as Promise<GroupRow[]>,
      this.dataSource.query(RULE_GROUPS, [from, to]) as Promise<RuleRow[]>,
      this.dataSource.query('SELECT id, name FROM rules') as Promise<Array<{ id: string; name: string }>>,
    ]);

    const metrics = new DetectionMetrics();
    const savedValue: CurrencyAmounts = {};
    for (const row of groups) {
      const amount = amountOf(row.amount);
      metrics.add(row.fraud, row.outcome, row.currency, amount, row.n);
      if (row.fraud && row.blocked_now && row.currency !== null && amount !== null)
        savedValue[row.currency] = (savedValue[row.currency] ?? 0) + amount;
    }
    const json = metrics.toJson();
    const rules = new RuleHits();
    for (const row of ruleGroups) rules.add(row.code, row.fraud, row.currency, amountOf(row.amount), row.n);

    return {
      window,
      from: from.toISOString(),
      to: to.toISOString(),
      ...json,
      savedValue,
      falsePositiveCost: json.goodValueStopped,
      rules: rules.toJson(new Map(names.map((rule) => [rule.id, rule.name]))),
      trend: trend(groups, json.mainCurrency, from, to, bucket),
    };
  }
}

/** One point per hour or day of the window, empty ones included, oldest first. */
function trend(
  groups: GroupRow[],
  main: string | null,
  from: Date,
  to: Date,
  bucket: 'hour' | 'day',
): QualityTrendPointJson[] {
  const step = bucket === 'hour' ? 3_600_000 : 86_400_000;
  const start = Math.floor(from.getTime() / step) * step;
  const points = new Map<number, QualityTrendPointJson>();
  for (let at = start; at < to.getTime(); at += step) {
    points.set(at, {
      at: new Date(at).toISOString(),
      total: 0,
      fraud: 0,
      fraudStopped: 0,
      goodStopped: 0,
      savedValue: 0,
      falsePositiveValue: 0,
    });
  }
  for (const row of groups) {
    const point = points.get(new Date(row.bucket).getTime());
    if (!point) continue;
    const stopped = row.outcome !== 'approved';
    const inMain = row.currency === main ? (amountOf(row.amount) ?? 0) : 0;
    point.total += row.n;
    if (row.fraud) {
      point.fraud += row.n;
      if (stopped) point.fraudStopped += row.n;
      if (row.blocked_now) point.savedValue += inMain;
    } else if (stopped) {
      point.goodStopped += row.n;
      point.falsePositiveValue += inMain;
    }
  }
  return [...points.values()];
}
