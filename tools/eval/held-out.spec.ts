import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { auSupplementsModel } from './models/au-supplements/index.js';
import { esTravelModel } from './models/es-travel/index.js';
import { idMarketplaceModel } from './models/id-marketplace/index.js';
import { usSaasModel } from './models/us-saas/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): es-travel, au-supplements, us-saas and id-marketplace were each
 * written without reading the rules, the other models' generators or each other, and run once after the defaults were
 * tuned on the twenty-eight other models and committed; nothing was changed because of those runs. This test keeps
 * their figures from getting worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It does
 * not assert the issue's goal: all four miss it on fraud value, and es-travel and us-saas hold and block far more
 * good orders than the budget allows (docs/detection.md says by how much and why).
 * When a change improves these figures, record the new ones here and in the docs; never tune on a model's output
 * while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 58.0 % of fraud value, 9.25 % of good orders held or blocked, 1.19 % blocked.
  'es-travel': { model: esTravelModel, fraudValue: 0.58, goodHeld: 0.0926, goodBlocked: 0.012 },
  // Seeds 1–2: 73.6 % of fraud value, 0.65 % of good orders held or blocked, 0.24 % blocked.
  'au-supplements': { model: auSupplementsModel, fraudValue: 0.735, goodHeld: 0.0065, goodBlocked: 0.0025 },
  // Seeds 1–2: 71.3 % of fraud value, 4.11 % of good orders held or blocked, 1.05 % blocked.
  'us-saas': { model: usSaasModel, fraudValue: 0.713, goodHeld: 0.0411, goodBlocked: 0.0106 },
  // Seeds 1–2: 83.1 % of fraud value, 0.42 % of good orders held or blocked, 0.03 % blocked.
  'id-marketplace': { model: idMarketplaceModel, fraudValue: 0.83, goodHeld: 0.0043, goodBlocked: 0.0003 },
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
