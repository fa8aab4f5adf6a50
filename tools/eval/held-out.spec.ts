import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { dachApothekeModel } from './models/dach-apotheke/index.js';

/**
 * The HELD-OUT model (docs/detection.md, "Held out"): dach-apotheke was written without reading the rules or the
 * other models' generators, and run once after the defaults were tuned on the seven other models and committed;
 * nothing was changed because of that run. This test keeps its figures from getting worse than what the run
 * measured (seeds 1 and 2, pooled: 62.9 % of fraud value, 0.05 % of good orders held or blocked, none blocked),
 * with a small margin. It does not assert the issue's goal: dach-apotheke misses it on fraud value
 * (docs/detection.md says by how much). When a change improves these figures, record the new ones here and in
 * the docs; never tune on this model's output while it is held out.
 */
const MEASURED = { fraudValue: 0.629, goodHeld: 0.0005, goodBlocked: 0 } as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the held-out model', () => {
  it('dach-apotheke: fraud value, good held or blocked and good blocked do not get worse', async () => {
    const run = await evaluateModel(dachApothekeModel, [1, 2]);
    const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
    expect(fraudValueStopped).toBeGreaterThanOrEqual(MEASURED.fraudValue - MARGIN.fraudValue);
    expect(goodHeldOrBlocked).toBeLessThanOrEqual(MEASURED.goodHeld + MARGIN.goodHeld);
    expect(goodBlocked).toBeLessThanOrEqual(MEASURED.goodBlocked + MARGIN.goodBlocked);
  }, 120_000);
});
