import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { africaElectronicsModel } from './models/africa-electronics/index.js';
import { usHomePickupModel } from './models/us-home-pickup/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): africa-electronics and us-home-pickup were each written
 * without reading the rules, the other models' generators or each other, and run once after the defaults were
 * tuned on the fourteen other models and committed; nothing was changed because of those runs. This test keeps
 * their figures from getting worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It
 * does not assert the issue's goal: both miss it on fraud value and on good orders held and blocked
 * (docs/detection.md says by how much). When a change improves these figures, record the new ones here and in the
 * docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 48.2 % of fraud value, 3.98 % of good orders held or blocked, 0.96 % blocked.
  'africa-electronics': {
    model: africaElectronicsModel,
    fraudValue: 0.482,
    goodHeld: 0.0398,
    goodBlocked: 0.0096,
  },
  // Seeds 1–2: 34.5 % of fraud value, 7.34 % of good orders held or blocked, 0.92 % blocked.
  'us-home-pickup': { model: usHomePickupModel, fraudValue: 0.345, goodHeld: 0.0734, goodBlocked: 0.0092 },
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
