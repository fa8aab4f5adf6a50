import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { caElectronicsModel } from './models/ca-electronics/index.js';
import { chWatchesModel } from './models/ch-watches/index.js';
import { sgElectronicsModel } from './models/sg-electronics/index.js';
import { ukPhonesModel } from './models/uk-phones/index.js';
import { usFurnitureModel } from './models/us-furniture/index.js';
import { usJewelryModel } from './models/us-jewelry/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): us-jewelry, ca-electronics and uk-phones, then us-furniture,
 * ch-watches and sg-electronics, were each written without reading the rules, the results, the other models'
 * generators, each other or the project's history (commit subjects name rule changes), and run once after the defaults
 * were tuned on the forty-two other models and committed (commit `db2a533`); nothing was changed because of those runs.
 * This test keeps their figures from getting worse than what the runs measured (seeds 1 and 2, pooled), with a small
 * margin. It does not assert the issue's goal: all six miss it on fraud value, and four hold or block more good orders
 * than the budget allows (docs/detection.md says by how much and why). When a change improves these figures, record the
 * new ones here and in the docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 47.3 % of fraud value, 2.56 % of good orders held or blocked, 0.51 % blocked.
  'us-jewelry': { model: usJewelryModel, fraudValue: 0.473, goodHeld: 0.0256, goodBlocked: 0.0052 },
  // Seeds 1–2: 52.7 % of fraud value, 1.93 % of good orders held or blocked, 0.44 % blocked.
  'ca-electronics': { model: caElectronicsModel, fraudValue: 0.526, goodHeld: 0.0193, goodBlocked: 0.0044 },
  // Seeds 1–2: 47.0 % of fraud value, 2.11 % of good orders held or blocked, 0.16 % blocked.
  'uk-phones': { model: ukPhonesModel, fraudValue: 0.469, goodHeld: 0.0212, goodBlocked: 0.0016 },
  // Seeds 1–2: 33.6 % of fraud value, 2.22 % of good orders held or blocked, 0.49 % blocked.
  'us-furniture': { model: usFurnitureModel, fraudValue: 0.335, goodHeld: 0.0223, goodBlocked: 0.0049 },
  // Seeds 1–2: 54.1 % of fraud value, 2.78 % of good orders held or blocked, 0.85 % blocked.
  'ch-watches': { model: chWatchesModel, fraudValue: 0.541, goodHeld: 0.0279, goodBlocked: 0.0085 },
  // Seeds 1–2: 79.0 % of fraud value, 1.80 % of good orders held or blocked, 0.46 % blocked.
  'sg-electronics': { model: sgElectronicsModel, fraudValue: 0.789, goodHeld: 0.018, goodBlocked: 0.0046 },
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
