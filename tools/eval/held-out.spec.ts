import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { brElectronicsModel } from './models/br-electronics/index.js';
import { caGroceryModel } from './models/ca-grocery/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): br-electronics and ca-grocery were each written
 * without reading the rules, the other models' generators or each other, and run once after the defaults were
 * tuned on the sixteen other models and committed; nothing was changed because of those runs. This test keeps
 * their figures from getting worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It
 * does not assert the issue's goal: both miss it on fraud value by far, inside the false-positive budget
 * (docs/detection.md says by how much). When a change improves these figures, record the new ones here and in the
 * docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 25.3 % of fraud value, 1.71 % of good orders held or blocked, 0.24 % blocked.
  'br-electronics': { model: brElectronicsModel, fraudValue: 0.253, goodHeld: 0.0171, goodBlocked: 0.0024 },
  // Seeds 1–2: 18.1 % of fraud value, 0.49 % of good orders held or blocked, 0.05 % blocked.
  'ca-grocery': { model: caGroceryModel, fraudValue: 0.181, goodHeld: 0.0049, goodBlocked: 0.0005 },
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
