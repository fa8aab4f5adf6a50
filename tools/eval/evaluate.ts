import { defaultRiskSettings, type RiskSettings } from '../../apps/worker/src/risk/risk-settings.js';
import { measure, type Metrics, pool } from './metrics.js';
import { replay, type Verdict } from './replay.js';
import { type PurchaseTruth, type TrafficModel, type TrafficOptions } from './traffic-model.js';

export interface SeedRun {
  seed: number;
  webhooks: number;
  refused: number;
  metrics: Metrics;
  /** Purchases with their decision-time verdicts (for --explain). */
  outcomes: Array<{ truth: PurchaseTruth; verdict: Verdict | null }>;
}

export interface ModelRun {
  model: string;
  description: string;
  seeds: SeedRun[];
  pooled: Metrics;
}

/** Generates each seed's stream, replays it with the given settings (the defaults unless told) and measures. */
export async function evaluateModel(
  model: TrafficModel,
  seeds: readonly number[],
  options: TrafficOptions = {},
  settings: RiskSettings = defaultRiskSettings(),
): Promise<ModelRun> {
  const runs: SeedRun[] = [];
  for (const seed of seeds) {
    const stream = model.generate(seed, options);
    const result = await replay(stream, settings);
    runs.push({
      seed,
      webhooks: stream.webhooks.length,
      refused: result.refused,
      metrics: measure(stream.truth, result.decisions),
      outcomes: stream.truth.map((truth) => ({
        truth,
        verdict: result.decisions.get(truth.purchase) ?? null,
      })),
    });
  }
  return {
    model: model.name,
    description: model.description,
    seeds: runs,
    pooled: pool(runs.map((r) => r.metrics)),
  };
}
