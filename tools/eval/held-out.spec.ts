import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { digitalKeysModel } from './models/digital-keys/index.js';
import { menaElectronicsModel } from './models/mena-electronics/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): mena-electronics and digital-keys were each written without
 * reading the rules, the other models' generators or each other, and run once after the defaults were tuned on
 * the ten other models and committed; nothing was changed because of those runs. This test keeps their figures
 * from getting worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It does not assert
 * the issue's goal: both miss it on fraud value, and mena-electronics on good orders held and blocked too
 * (docs/detection.md says by how much). When a change improves these figures, record the new ones here and in the
 * docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 69.6 % of fraud value, 2.00 % of good orders held or blocked, 0.68 % blocked.
  'mena-electronics': {
    model: menaElectronicsModel,
    fraudValue: 0.696,
    goodHeld: 0.02,
    goodBlocked: 0.0068,
  },
  // Seeds 1–2: 60.6 % of fraud value, 1.95 % of good orders held or blocked, 0.05 % blocked.
  'digital-keys': { model: digitalKeysModel, fraudValue: 0.606, goodHeld: 0.0195, goodBlocked: 0.0005 },
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
