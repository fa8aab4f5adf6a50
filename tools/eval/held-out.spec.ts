import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { indiaFashionModel } from './models/india-fashion/index.js';
import { usB2bSuppliesModel } from './models/us-b2b-supplies/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): india-fashion and us-b2b-supplies were each written without
 * reading the rules, the other models' generators or each other, and run once after the defaults were tuned on
 * the twelve other models and committed; nothing was changed because of those runs. This test keeps their figures
 * from getting worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It does not assert
 * the issue's goal: both miss it on fraud value, and us-b2b-supplies on good orders held and blocked too
 * (docs/detection.md says by how much). When a change improves these figures, record the new ones here and in the
 * docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 58.3 % of fraud value, 0.48 % of good orders held or blocked, 0.05 % blocked.
  'india-fashion': { model: indiaFashionModel, fraudValue: 0.583, goodHeld: 0.0048, goodBlocked: 0.0005 },
  // Seeds 1–2: 75.6 % of fraud value, 8.22 % of good orders held or blocked, 2.44 % blocked.
  'us-b2b-supplies': { model: usB2bSuppliesModel, fraudValue: 0.756, goodHeld: 0.0822, goodBlocked: 0.0244 },
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
