import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { euFurnitureModel } from './models/eu-furniture/index.js';
import { jpHobbyModel } from './models/jp-hobby/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): jp-hobby and eu-furniture were each written without
 * reading the rules, the other models' generators or each other, and run once after the defaults were tuned on the
 * eighteen other models and committed; nothing was changed because of those runs. This test keeps their figures
 * from getting worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It does not assert
 * the issue's goal: both miss it on fraud value, and jp-hobby blocks slightly more good orders than the budget
 * allows (docs/detection.md says by how much). When a change improves these figures, record the new ones here and
 * in the docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 71.7 % of fraud value, 1.88 % of good orders held or blocked, 0.62 % blocked.
  'jp-hobby': { model: jpHobbyModel, fraudValue: 0.717, goodHeld: 0.0188, goodBlocked: 0.0062 },
  // Seeds 1–2: 69.7 % of fraud value, 1.22 % of good orders held or blocked, 0.30 % blocked.
  'eu-furniture': { model: euFurnitureModel, fraudValue: 0.697, goodHeld: 0.0122, goodBlocked: 0.003 },
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
