import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { nlFlowersModel } from './models/nl-flowers/index.js';
import { usPetrxModel } from './models/us-petrx/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): nl-flowers and us-petrx were each written without reading the
 * rules, the other models' generators or each other, and run once after the defaults were tuned on the twenty-four
 * other models and committed; nothing was changed because of those runs. This test keeps their figures from getting
 * worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It does not assert the issue's
 * goal: both miss it on fraud value, and nl-flowers holds slightly more good orders than the budget allows
 * (docs/detection.md says by how much and why).
 * When a change improves these figures, record the new ones here and in the docs; never tune on a model's output
 * while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 66.8 % of fraud value, 2.32 % of good orders held or blocked, 0.35 % blocked.
  'nl-flowers': { model: nlFlowersModel, fraudValue: 0.668, goodHeld: 0.0232, goodBlocked: 0.0035 },
  // Seeds 1–2: 61.5 % of fraud value, 0.90 % of good orders held or blocked, 0.30 % blocked.
  'us-petrx': { model: usPetrxModel, fraudValue: 0.614, goodHeld: 0.009, goodBlocked: 0.003 },
} as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the held-out models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: fraud value, good held or blocked and good blocked do not get worse`, async () => {
      const run = await evaluateModel(m.model, [1, 2]);
      const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
      expect(fraudValueStopped).toBeGreaterThanOrEqual(m.fraudValue - MARGIN.fraudValue);
      expect(goodHeldOrBlocked).toBeLessThanOrEqual(m.goodHeld + MARGIN.goodHeld);
      expect(goodBlocked).toBeLessThanOrEqual(m.goodBlocked + MARGIN.goodBlocked);
    }, 240_000);
  }
});
