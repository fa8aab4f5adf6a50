import { type DetectionOutcome, type RiskThresholdsJson, type SimulationSampleJson } from '@vigil/contracts';
import {
  type AttributeValue,
  type CompiledRuleSet,
  evaluate,
  type RiskContext,
  type RiskLists,
  type RiskOutcome,
} from '@vigil/risk-engine';
import { DetectionMetrics, RuleHits } from './detection-metrics.js';
import { type SnapshotRow } from './snapshot-reader.js';

export const OUTCOME: Record<RiskOutcome, DetectionOutcome> = {
  approve: 'approved',
  review: 'held',
  block: 'blocked',
};
const MAX_SAMPLES = 10;

/** Every attribute any rule of the set reads (the snapshot columns a run needs). */
export function ruleSetAttributes(ruleSet: CompiledRuleSet): string[] {
  return [...new Set(ruleSet.rules.flatMap((rule) => rule.expression.attributes))].sort();
}

/**
 * Scores stored snapshots with a whole rule set and thresholds, exactly as the worker would (the engine's
 * `evaluate`), and counts the outcomes against the labels. Pure: pages of rows in, totals out.
 */
export class SimulationRun {
  readonly metrics = new DetectionMetrics();
  readonly hits = new RuleHits();
  readonly samples: { missedFraud: SimulationSampleJson[]; stoppedGood: SimulationSampleJson[] } = {
    missedFraud: [],
    stoppedGood: [],
  };
  scanned = 0;
  private readonly ctx: RiskContext;

  constructor(
    private readonly ruleSet: CompiledRuleSet,
    lists: RiskLists,
    private readonly thresholds: RiskThresholdsJson,
    private readonly attributes: readonly string[],
  ) {
    this.ctx = { attributes: {}, lists };
  }

  add(rows: readonly SnapshotRow[]): void {
    for (const row of rows) {
      const values: Record<string, AttributeValue> = {};
      for (let i = 0; i < this.attributes.length; i += 1)
        values[this.attributes[i] as string] = row.values[i] ?? null;
      this.ctx.attributes = values;
      const verdict = evaluate(this.ruleSet, this.ctx, this.thresholds);
      const outcome = OUTCOME[verdict.outcome];
      this.scanned += 1;
      this.metrics.add(row.fraud, outcome, row.currency, row.amount);
      for (const ruleId of verdict.matchedRuleIds) this.hits.add(ruleId, row.fraud, row.currency, row.amount);
      const bucket =
        row.fraud && outcome === 'approved'
          ? this.samples.missedFraud
          : !row.fraud && outcome !== 'approved'
            ? this.samples.stoppedGood
            : null;
      if (bucket && bucket.length < MAX_SAMPLES) {
        bucket.push({
          id: row.id,
          amount: row.amount,
          currency: row.currency,
          score: verdict.score,
          outcome,
          fraud: row.fraud,
          matchedRuleIds: verdict.matchedRuleIds,
        });
      }
    }
  }
}
