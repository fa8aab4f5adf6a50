import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { czPcPartsModel } from './models/cz-pc-parts/index.js';
import { itFashionModel } from './models/it-fashion/index.js';
import { ukBullionModel } from './models/uk-bullion/index.js';
import { usToysModel } from './models/us-toys/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): cz-pc-parts, uk-bullion, it-fashion and us-toys were each
 * written without reading the rules, the other models' generators or each other, and run once after the defaults
 * were tuned on the thirty-two other models and committed (commit `9994f6c`); nothing was changed because of those
 * runs. This test keeps their figures from getting worse than what the runs measured (seeds 1 and 2, pooled), with a
 * small margin. It does not assert the issue's goal: all four miss it on fraud value and hold and block more good
 * orders than the budget allows (docs/detection.md says by how much and why).
 * When a change improves these figures, record the new ones here and in the docs; never tune on a model's output
 * while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 51.1 % of fraud value, 2.78 % of good orders held or blocked, 0.83 % blocked.
  'cz-pc-parts': { model: czPcPartsModel, fraudValue: 0.511, goodHeld: 0.0278, goodBlocked: 0.0083 },
  // Seeds 1–2: 47.5 % of fraud value, 6.56 % of good orders held or blocked, 1.35 % blocked.
  'uk-bullion': { model: ukBullionModel, fraudValue: 0.475, goodHeld: 0.0656, goodBlocked: 0.0135 },
  // Seeds 1–2: 38.2 % of fraud value, 4.44 % of good orders held or blocked, 1.67 % blocked.
  'it-fashion': { model: itFashionModel, fraudValue: 0.382, goodHeld: 0.0444, goodBlocked: 0.0167 },
  // Seeds 1–2: 52.1 % of fraud value, 2.67 % of good orders held or blocked, 0.55 % blocked.
  'us-toys': { model: usToysModel, fraudValue: 0.521, goodHeld: 0.0267, goodBlocked: 0.0056 },
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
