import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { frWineModel } from './models/fr-wine/index.js';
import { krBeautyModel } from './models/kr-beauty/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): fr-wine and kr-beauty were each written without reading the
 * rules, the other models' generators or each other, and run once after the defaults were tuned on the twenty other
 * models and committed; nothing was changed because of those runs. This test keeps their figures from getting
 * worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It does not assert the issue's
 * goal: both miss it on fraud value, and fr-wine holds and blocks more good orders than the budget allows
 * (docs/detection.md says by how much and why). When a change improves these figures, record the new ones here and
 * in the docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 87.7 % of fraud value, 5.13 % of good orders held or blocked, 0.83 % blocked.
  'fr-wine': { model: frWineModel, fraudValue: 0.877, goodHeld: 0.0513, goodBlocked: 0.0083 },
  // Seeds 1–2: 36.4 % of fraud value, 2.23 % of good orders held or blocked, 0.40 % blocked.
  'kr-beauty': { model: krBeautyModel, fraudValue: 0.364, goodHeld: 0.0223, goodBlocked: 0.004 },
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
