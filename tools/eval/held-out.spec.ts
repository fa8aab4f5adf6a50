import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { apacMarketplaceModel } from './models/apac-marketplace/index.js';

/**
 * The HELD-OUT model (docs/detection.md, "Held out"): apac-marketplace was written without reading the rules or
 * the other models' generators, and run once after the defaults were tuned on the nine other models and
 * committed; nothing was changed because of that run. This test keeps its figures from getting worse than what
 * the run measured (seeds 1 and 2, pooled: 63.9 % of fraud value, 1.83 % of good orders held or blocked, 0.05 %
 * blocked), with a small margin. It does not assert the issue's goal: apac-marketplace misses it on fraud value,
 * and over seeds 1–5 on good orders held too (docs/detection.md says by how much). When a change improves these figures, record the new ones here and in the docs; never tune
 * on this model's output while it is held out.
 */
const MEASURED = { fraudValue: 0.639, goodHeld: 0.0183, goodBlocked: 0.0005 } as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the held-out model', () => {
  it('apac-marketplace: fraud value, good held or blocked and good blocked do not get worse', async () => {
    const run = await evaluateModel(apacMarketplaceModel, [1, 2]);
    const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
    expect(fraudValueStopped).toBeGreaterThanOrEqual(MEASURED.fraudValue - MARGIN.fraudValue);
    expect(goodHeldOrBlocked).toBeLessThanOrEqual(MEASURED.goodHeld + MARGIN.goodHeld);
    expect(goodBlocked).toBeLessThanOrEqual(MEASURED.goodBlocked + MARGIN.goodBlocked);
  }, 120_000);
});
