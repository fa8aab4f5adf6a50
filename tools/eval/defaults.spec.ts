import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { GOALS } from './metrics.js';
import { demoStoreModel } from './models/demo-store/index.js';
import { euStoreModel } from './models/eu-store/index.js';

/**
 * The default rules on the two TUNING models (docs/detection.md, "The numbers"): seeds 1 and 2, pooled, must
 * stay within a small margin of what was measured when the defaults were tuned. A change to the rules, the
 * attributes or the velocity semantics that loses fraud value or holds more good orders fails here.
 *
 * Measured (seeds 1+2, pooled): demo-store 96.3 % fraud value, 0.0 % good held or blocked, 0.0 % good blocked;
 * eu-store 94.2 %, 1.55 %, 0.22 %.
 */
const MEASURED = {
  'demo-store': { model: demoStoreModel, fraudValue: 0.962, goodHeld: 0.0, goodBlocked: 0.0 },
  'eu-store': { model: euStoreModel, fraudValue: 0.942, goodHeld: 0.0155, goodBlocked: 0.0022 },
} as const;
/** Margins: a point of fraud value, a few good orders in a stream of about 4,000. */
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the tuning models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: fraud value, good held or blocked and good blocked stay where they were tuned`, async () => {
      const run = await evaluateModel(m.model, [1, 2]);
      const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
      expect(fraudValueStopped).toBeGreaterThanOrEqual(m.fraudValue - MARGIN.fraudValue);
      expect(goodHeldOrBlocked).toBeLessThanOrEqual(m.goodHeld + MARGIN.goodHeld);
      expect(goodBlocked).toBeLessThanOrEqual(m.goodBlocked + MARGIN.goodBlocked);
      // And the goal itself, on the tuning model.
      expect(fraudValueStopped).toBeGreaterThanOrEqual(GOALS.fraudValueStopped);
      expect(goodHeldOrBlocked).toBeLessThanOrEqual(GOALS.goodHeldOrBlocked);
      expect(goodBlocked).toBeLessThanOrEqual(GOALS.goodBlocked);
    }, 120_000);
  }
});
