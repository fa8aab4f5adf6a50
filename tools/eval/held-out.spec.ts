import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { egCottonModel } from './models/eg-cotton/index.js';
import { thSilkModel } from './models/th-silk/index.js';
import { usVinylModel } from './models/us-vinyl/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): us-vinyl, eg-cotton and th-silk were each written without
 * reading the rules, the results, the other models' generators or each other, and run once on the committed defaults
 * of the pass that tuned on vn-phones, dk-bricks and uk-experiences (commit `17790b7`); no rule was changed because of
 * those runs. This test keeps their figures from getting worse (seeds 1 and 2, pooled), with a small margin. All three
 * are inside the false-positive budget; none meets the issue's goal on fraud value. When a change improves these
 * figures, record the new ones here and in the docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 78.5 % of fraud value, 0.46 % of good orders held or blocked, 0.16 % blocked.
  'th-silk': { model: thSilkModel, fraudValue: 0.785, goodHeld: 0.0046, goodBlocked: 0.0017 },
  // Seeds 1–2: 68.3 % of fraud value, 1.01 % of good orders held or blocked, 0.35 % blocked.
  'eg-cotton': { model: egCottonModel, fraudValue: 0.683, goodHeld: 0.0101, goodBlocked: 0.0036 },
  // Seeds 1–2: 64.3 % of fraud value, 0.93 % of good orders held or blocked, 0.33 % blocked.
  'us-vinyl': { model: usVinylModel, fraudValue: 0.642, goodHeld: 0.0094, goodBlocked: 0.0033 },
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
