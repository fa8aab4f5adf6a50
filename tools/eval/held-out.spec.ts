import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { GOALS } from './metrics.js';
import { beChocolateModel } from './models/be-chocolate/index.js';
import { saOudModel } from './models/sa-oud/index.js';
import { trRugsModel } from './models/tr-rugs/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): be-chocolate, tr-rugs and sa-oud were each written without
 * reading the rules, the results, the other models' generators, each other or the project's history (commit subjects
 * name rule changes), and run once after the defaults were tuned on the fifty-four other models and committed (commit
 * `fe4e5e0`); nothing was changed because of those runs. This test keeps their figures from getting worse than what
 * the runs measured (seeds 1 and 2, pooled), with a small margin. All three are inside the false-positive budget;
 * be-chocolate also meets the goal on fraud value, so for it the goal itself is asserted too (most of its
 * fraud value is one kind, resellers' corporate orders; docs/detection.md says what that means). When a change
 * improves these figures, record the new ones here and in the docs; never tune on a model's output while it is held
 * out.
 */
const MEASURED = {
  // Seeds 1–2: 91.6 % of fraud value, 1.00 % of good orders held or blocked, 0.40 % blocked.
  'be-chocolate': {
    model: beChocolateModel,
    goal: true,
    fraudValue: 0.916,
    goodHeld: 0.01,
    goodBlocked: 0.0041,
  },
  // Seeds 1–2: 67.9 % of fraud value, 1.68 % of good orders held or blocked, 0.35 % blocked.
  'tr-rugs': { model: trRugsModel, goal: false, fraudValue: 0.679, goodHeld: 0.0169, goodBlocked: 0.0035 },
  // Seeds 1–2: 80.4 % of fraud value, 0.54 % of good orders held or blocked, 0.11 % blocked.
  'sa-oud': { model: saOudModel, goal: false, fraudValue: 0.804, goodHeld: 0.0055, goodBlocked: 0.0011 },
} as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the held-out models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: fraud value, good held or blocked and good blocked do not get worse`, async () => {
      const run = await evaluateModel(m.model, [1, 2]);
      const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
      if (m.goal) {
        expect(fraudValueStopped).toBeGreaterThanOrEqual(GOALS.fraudValueStopped);
        expect(goodHeldOrBlocked).toBeLessThanOrEqual(GOALS.goodHeldOrBlocked);
        expect(goodBlocked).toBeLessThanOrEqual(GOALS.goodBlocked);
      }
      expect(fraudValueStopped).toBeGreaterThanOrEqual(m.fraudValue - MARGIN.fraudValue);
      expect(goodHeldOrBlocked).toBeLessThanOrEqual(m.goodHeld + MARGIN.goodHeld);
      expect(goodBlocked).toBeLessThanOrEqual(m.goodBlocked + MARGIN.goodBlocked);
    }, 240_000);
  }
});
