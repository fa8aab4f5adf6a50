import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { frElectronicsModel } from './models/fr-electronics/index.js';
import { plFashionModel } from './models/pl-fashion/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): fr-electronics and pl-fashion were each written without
 * reading the rules, the other models' generators or each other, and run once after the defaults were tuned on the
 * thirty-six other models and committed (commit `1cb3e80`); nothing was changed because of those runs. This test
 * keeps their figures from getting worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It
 * does not assert the issue's goal: both miss it on fraud value, and fr-electronics holds and blocks more good orders
 * than the budget allows (docs/detection.md says by how much and why).
 * When a change improves these figures, record the new ones here and in the docs; never tune on a model's output
 * while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 44.1 % of fraud value, 2.48 % of good orders held or blocked, 0.90 % blocked.
  'fr-electronics': { model: frElectronicsModel, fraudValue: 0.441, goodHeld: 0.0249, goodBlocked: 0.009 },
  // Seeds 1–2: 56.3 % of fraud value, 1.48 % of good orders held or blocked, 0.16 % blocked.
  'pl-fashion': { model: plFashionModel, fraudValue: 0.563, goodHeld: 0.0148, goodBlocked: 0.0017 },
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
