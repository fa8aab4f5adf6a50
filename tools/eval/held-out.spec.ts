import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { dkBricksModel } from './models/dk-bricks/index.js';
import { ukExperiencesModel } from './models/uk-experiences/index.js';
import { vnPhonesModel } from './models/vn-phones/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): vn-phones, dk-bricks and uk-experiences were each written
 * without reading the rules, the results, the other models' generators, each other or the project's history (commit
 * subjects name rule changes), and run once after the defaults were tuned on the sixty other models and committed
 * (commit `9ee0e11`); no rule was changed because of those runs. The run showed a bug outside the rules: the
 * generated-mailbox check read Vietnamese names run together with a middle initial, and birth years written `2k6`,
 * as machine-made and held 6.6 % of vn-phones' honest customers (7.43 % of good orders held or blocked in all); it
 * was fixed as a bug (libs/risk-engine/src/mailbox-name.ts) and the three were run again. This test keeps the
 * figures after the fix from getting worse (seeds 1 and 2, pooled), with a small margin. All three are inside the
 * false-positive budget after the fix; none meets the goal on fraud value. When a change improves these
 * figures, record the new ones here and in the docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 68.8 % of fraud value, 0.91 % of good orders held or blocked, 0.05 % blocked.
  'vn-phones': { model: vnPhonesModel, fraudValue: 0.688, goodHeld: 0.0092, goodBlocked: 0.0006 },
  // Seeds 1–2: 77.3 % of fraud value, 0.32 % of good orders held or blocked, 0.03 % blocked.
  'dk-bricks': { model: dkBricksModel, fraudValue: 0.773, goodHeld: 0.0033, goodBlocked: 0.0003 },
  // Seeds 1–2: 71.3 % of fraud value, 0.93 % of good orders held or blocked, 0.03 % blocked.
  'uk-experiences': { model: ukExperiencesModel, fraudValue: 0.713, goodHeld: 0.0093, goodBlocked: 0.0003 },
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
