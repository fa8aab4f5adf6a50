import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { arYerbaModel } from './models/ar-yerba/index.js';
import { kzElectronicsModel } from './models/kz-electronics/index.js';
import { nzOutdoorModel } from './models/nz-outdoor/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): kz-electronics, ar-yerba and nz-outdoor were each written
 * without reading the rules, the results, the other models' generators, each other or the project's history (commit
 * subjects name rule changes), and run once after the defaults were tuned on the fifty-seven other models and
 * committed (commit `d024430`); nothing was changed because of those runs. This test keeps their figures from getting
 * worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. kz-electronics and nz-outdoor are
 * inside the false-positive budget; ar-yerba is just outside it (2.04 % of good orders held or blocked, seeds 1–5).
 * None meets the issue's goal on fraud value. When a change improves these figures, record the new ones here and in
 * the docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 65.0 % of fraud value, 1.59 % of good orders held or blocked, 0.22 % blocked.
  'kz-electronics': { model: kzElectronicsModel, fraudValue: 0.65, goodHeld: 0.0159, goodBlocked: 0.0022 },
  // Seeds 1–2: 85.3 % of fraud value, 2.05 % of good orders held or blocked, 0.38 % blocked.
  'ar-yerba': { model: arYerbaModel, fraudValue: 0.853, goodHeld: 0.0205, goodBlocked: 0.0038 },
  // Seeds 1–2: 89.9 % of fraud value, 0.86 % of good orders held or blocked, 0.08 % blocked.
  'nz-outdoor': { model: nzOutdoorModel, fraudValue: 0.899, goodHeld: 0.0086, goodBlocked: 0.0008 },
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
