import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { grDeliModel } from './models/gr-deli/index.js';
import { ngFashionModel } from './models/ng-fashion/index.js';
import { peAlpacaModel } from './models/pe-alpaca/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): ng-fashion, gr-deli and pe-alpaca were each written without
 * reading the rules, the results, the other models' generators, each other or the project's history (commit
 * subjects name rule changes), and run once after the defaults were tuned on the sixty-three other models and
 * committed (commit `17790b7`); no rule was changed because of those runs. This test keeps their figures from
 * getting worse (seeds 1 and 2, pooled), with a small margin. All three are inside the false-positive budget; none
 * meets the issue's goal on fraud value. When a change improves these figures, record the new ones here and in the
 * docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 65.2 % of fraud value, 1.05 % of good orders held or blocked, 0.16 % blocked.
  'ng-fashion': { model: ngFashionModel, fraudValue: 0.651, goodHeld: 0.0106, goodBlocked: 0.0017 },
  // Seeds 1–2: 69.0 % of fraud value, 0.74 % of good orders held or blocked, 0.11 % blocked.
  'gr-deli': { model: grDeliModel, fraudValue: 0.69, goodHeld: 0.0075, goodBlocked: 0.0011 },
  // Seeds 1–2: 73.9 % of fraud value, 1.39 % of good orders held or blocked, 0.40 % blocked.
  'pe-alpaca': { model: peAlpacaModel, fraudValue: 0.738, goodHeld: 0.014, goodBlocked: 0.0041 },
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
