import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { mxDepartmentModel } from './models/mx-department/index.js';
import { ukAutopartsModel } from './models/uk-autoparts/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): mx-department and uk-autoparts were each written without reading
 * the rules, the other models' generators or each other, and run once after the defaults were tuned on the twenty-six
 * other models and committed; nothing was changed because of those runs. This test keeps their figures from getting
 * worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It does not assert the issue's
 * goal: both miss it on fraud value, mx-department holds far more good orders than the budget allows and uk-autoparts
 * blocks slightly more (docs/detection.md says by how much and why).
 * When a change improves these figures, record the new ones here and in the docs; never tune on a model's output
 * while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 50.1 % of fraud value, 5.00 % of good orders held or blocked, 0.48 % blocked.
  'mx-department': { model: mxDepartmentModel, fraudValue: 0.5, goodHeld: 0.05, goodBlocked: 0.0048 },
  // Seeds 1–2: 85.8 % of fraud value, 2.17 % of good orders held or blocked, 0.62 % blocked.
  'uk-autoparts': { model: ukAutopartsModel, fraudValue: 0.857, goodHeld: 0.0217, goodBlocked: 0.0062 },
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
