import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { itCoffeeModel } from './models/it-coffee/index.js';
import { phTopupsModel } from './models/ph-topups/index.js';
import { usGolfModel } from './models/us-golf/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): it-coffee, ph-topups and us-golf were each written without
 * reading the rules, the results, the other models' generators, each other or the project's history (commit subjects
 * name rule changes), and run once after the defaults were tuned on the fifty-one other models and committed (commit
 * `dea0ec7`); nothing was changed because of those runs. This test keeps their figures from getting worse than what the
 * runs measured (seeds 1 and 2, pooled), with a small margin. It does not assert the issue's goal: us-golf is inside the
 * false-positive budget, it-coffee and ph-topups are just outside it, and all three miss the goal on fraud value
 * (docs/detection.md says by how much and why). When a change improves these figures, record the new ones here and in
 * the docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 74.6 % of fraud value, 2.13 % of good orders held or blocked, 0.57 % blocked.
  'it-coffee': { model: itCoffeeModel, fraudValue: 0.746, goodHeld: 0.0214, goodBlocked: 0.0058 },
  // Seeds 1–2: 46.9 % of fraud value, 2.53 % of good orders held or blocked, 0.05 % blocked.
  'ph-topups': { model: phTopupsModel, fraudValue: 0.468, goodHeld: 0.0253, goodBlocked: 0.0006 },
  // Seeds 1–2: 59.3 % of fraud value, 1.63 % of good orders held or blocked, 0.05 % blocked.
  'us-golf': { model: usGolfModel, fraudValue: 0.592, goodHeld: 0.0163, goodBlocked: 0.0006 },
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
