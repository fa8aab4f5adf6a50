import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { deBikesModel } from './models/de-bikes/index.js';
import { usSneakersModel } from './models/us-sneakers/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): de-bikes and us-sneakers were each written without reading the
 * rules, the other models' generators or each other, and run once after the defaults were tuned on the twenty-two
 * other models and committed; nothing was changed because of those runs. This test keeps their figures from getting
 * worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It does not assert the issue's
 * goal: both miss it on fraud value, inside the false-positive budget (docs/detection.md says by how much and why).
 * When a change improves these figures, record the new ones here and in the docs; never tune on a model's output
 * while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 79.7 % of fraud value, 1.20 % of good orders held or blocked, 0.30 % blocked.
  'de-bikes': { model: deBikesModel, fraudValue: 0.797, goodHeld: 0.012, goodBlocked: 0.003 },
  // Seeds 1–2: 23.6 % of fraud value, 1.36 % of good orders held or blocked, 0.14 % blocked.
  'us-sneakers': { model: usSneakersModel, fraudValue: 0.236, goodHeld: 0.0136, goodBlocked: 0.0014 },
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
