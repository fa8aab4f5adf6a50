import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { GOALS } from './metrics.js';
import { africaElectronicsModel } from './models/africa-electronics/index.js';
import { apacMarketplaceModel } from './models/apac-marketplace/index.js';
import { auElectronicsModel } from './models/au-electronics/index.js';
import { brElectronicsModel } from './models/br-electronics/index.js';
import { caGroceryModel } from './models/ca-grocery/index.js';
import { dachApothekeModel } from './models/dach-apotheke/index.js';
import { demoStoreModel } from './models/demo-store/index.js';
import { digitalKeysModel } from './models/digital-keys/index.js';
import { euStoreModel } from './models/eu-store/index.js';
import { indiaFashionModel } from './models/india-fashion/index.js';
import { latamTicketsModel } from './models/latam-tickets/index.js';
import { menaElectronicsModel } from './models/mena-electronics/index.js';
import { naLuxuryModel } from './models/na-luxury/index.js';
import { nordicHomeModel } from './models/nordic-home/index.js';
import { ukFashionModel } from './models/uk-fashion/index.js';
import { usB2bSuppliesModel } from './models/us-b2b-supplies/index.js';
import { usHomePickupModel } from './models/us-home-pickup/index.js';
import { usOutdoorModel } from './models/us-outdoor/index.js';

/**
 * The default rules on the eighteen TUNING models (docs/detection.md, "The numbers"): seeds 1–5, pooled, must stay
 * within a small margin of what was measured when the defaults were tuned, every model that is inside the
 * false-positive budget (≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked) must stay inside it, and the three
 * models that meet the goal (≥ 90 % of fraud value held or blocked as well) must keep meeting it. us-outdoor,
 * au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys,
 * india-fashion, br-electronics and ca-grocery (each a tuning model since the pass after its held-out run) meet the
 * budget but not the fraud-value goal: their fraud value is asserted as measured so it cannot get worse.
 * latam-tickets, us-b2b-supplies, africa-electronics and us-home-pickup (tuning models since the passes that tuned
 * on them) meet neither: their fraud value and both
 * false-positive figures are asserted as measured, as no-worse bounds, not as the budget. A change to the rules,
 * the attributes or the velocity semantics that loses fraud value or holds more good orders fails here.
 *
 * Measured (seeds 1–5, pooled; fraud value, good held or blocked, good blocked): demo-store 95.6 %, 0.35 %, 0.0 %;
 * eu-store 95.6 %, 1.83 %, 0.31 %; nordic-home 96.5 %, 1.95 % (179 of 9,160), 0.31 %; us-outdoor 74.3 %,
 * 1.82 %, 0.17 %; au-electronics 81.4 %, 0.75 %, 0.11 %; uk-fashion 68.7 %, 1.59 %, 0.32 %; latam-tickets 71.8 %,
 * 4.60 %, 0.84 %; dach-apotheke 73.9 %, 0.03 %, 0.0 %; na-luxury 57.6 %, 1.87 %, 0.11 %; apac-marketplace 69.1 %,
 * 1.01 %, 0.02 %; mena-electronics 73.8 %, 1.83 %, 0.35 %; digital-keys 58.3 %, 1.68 %, 0.03 %; india-fashion
 * 61.3 %, 0.56 %, 0.03 %; us-b2b-supplies 72.4 %, 2.90 %, 0.52 %; africa-electronics 47.5 %, 3.55 %, 0.69 %;
 * us-home-pickup 30.2 %, 6.79 %, 0.78 %; br-electronics 23.6 %, 1.80 %, 0.30 %; ca-grocery 15.5 %, 0.67 %, 0.06 %.
 * nordic-home has almost none of its held-or-blocked budget left (five more held orders cross 2 %): there the
 * budget assertion binds before the margin. All eighteen run over seeds 1–5 (about 70 s for the first eight with `npm run eval` on the development
 * machine, na-luxury about 55 s on the shared one); under jest on a shared, busy machine several minutes.
 */
const SEEDS = [1, 2, 3, 4, 5] as const;
const MEASURED = {
  'demo-store': {
    model: demoStoreModel,
    goal: true,
    budget: true,
    fraudValue: 0.955,
    goodHeld: 0.0035,
    goodBlocked: 0.0,
  },
  'eu-store': {
    model: euStoreModel,
    goal: true,
    budget: true,
    fraudValue: 0.956,
    goodHeld: 0.0184,
    goodBlocked: 0.0032,
  },
  'nordic-home': {
    model: nordicHomeModel,
    goal: true,
    budget: true,
    fraudValue: 0.965,
    goodHeld: 0.0195,
    goodBlocked: 0.0031,
  },
  'us-outdoor': {
    model: usOutdoorModel,
    goal: false,
    budget: true,
    fraudValue: 0.743,
    goodHeld: 0.0182,
    goodBlocked: 0.0017,
  },
  'au-electronics': {
    model: auElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.814,
    goodHeld: 0.0075,
    goodBlocked: 0.0011,
  },
  'uk-fashion': {
    model: ukFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.687,
    goodHeld: 0.0159,
    goodBlocked: 0.0032,
  },
  // Outside the budget (4.60 % held or blocked, 0.84 % blocked): asserted as measured so it cannot get worse.
  'latam-tickets': {
    model: latamTicketsModel,
    goal: false,
    budget: false,
    fraudValue: 0.718,
    goodHeld: 0.046,
    goodBlocked: 0.0084,
  },
  // Held out once (65.4 %, 0.03 %, 0.0 %), a tuning model since the pass that tuned on it.
  'dach-apotheke': {
    model: dachApothekeModel,
    goal: false,
    budget: true,
    fraudValue: 0.739,
    goodHeld: 0.0003,
    goodBlocked: 0.0,
  },
  // Held out once (49.4 %, 1.8 %, 0.1 %), a tuning model since the pass that tuned on it.
  'na-luxury': {
    model: naLuxuryModel,
    goal: false,
    budget: true,
    fraudValue: 0.576,
    goodHeld: 0.0187,
    goodBlocked: 0.0011,
  },
  'apac-marketplace': {
    model: apacMarketplaceModel,
    goal: false,
    budget: true,
    fraudValue: 0.69,
    goodHeld: 0.0101,
    goodBlocked: 0.0002,
  },
  'mena-electronics': {
    model: menaElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.738,
    goodHeld: 0.0185,
    goodBlocked: 0.0035,
  },
  'digital-keys': {
    model: digitalKeysModel,
    goal: false,
    budget: true,
    fraudValue: 0.583,
    goodHeld: 0.0168,
    goodBlocked: 0.0003,
  },
  // Held out once (60.6 %, 0.59 %, 0.10 %), a tuning model since the pass that tuned on it.
  'india-fashion': {
    model: indiaFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.613,
    goodHeld: 0.0056,
    goodBlocked: 0.0003,
  },
  // Held out once (73.7 %, 7.8 %, 1.9 %); outside the budget (2.90 % held or blocked, 0.51 % blocked) since the
  // pass that tuned on it: asserted as measured so it cannot get worse.
  'us-b2b-supplies': {
    model: usB2bSuppliesModel,
    goal: false,
    budget: false,
    fraudValue: 0.724,
    goodHeld: 0.029,
    goodBlocked: 0.0052,
  },
  // Held out once (46.2 %, 4.3 %, 0.9 %); outside the budget since the pass that tuned on it: asserted as measured.
  'africa-electronics': {
    model: africaElectronicsModel,
    goal: false,
    budget: false,
    fraudValue: 0.475,
    goodHeld: 0.0355,
    goodBlocked: 0.0069,
  },
  // Held out once (30.2 %, 7.4 %, 1.0 %); outside the budget since the pass that tuned on it: asserted as measured.
  'us-home-pickup': {
    model: usHomePickupModel,
    goal: false,
    budget: false,
    fraudValue: 0.302,
    goodHeld: 0.0679,
    goodBlocked: 0.0078,
  },
  // Held out once (23.3 %, 1.8 %, 0.3 %), a tuning model since the pass that tuned on it (and on ca-grocery).
  'br-electronics': {
    model: brElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.236,
    goodHeld: 0.018,
    goodBlocked: 0.003,
  },
  // Held out once (15.1 %, 0.7 %, 0.1 %), a tuning model since the pass that tuned on it (and on br-electronics).
  'ca-grocery': {
    model: caGroceryModel,
    goal: false,
    budget: true,
    fraudValue: 0.155,
    goodHeld: 0.0067,
    goodBlocked: 0.0006,
  },
} as const;
/** Margins: a point of fraud value, a few good orders in streams of about 7,000–9,420 good ones. */
const MARGIN = { fraudValue: 0.01, goodHeld: 0.002, goodBlocked: 0.001 } as const;

describe('default rules on the tuning models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: meets the goal (us-outdoor, au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys, india-fashion, br-electronics, ca-grocery: the budget; latam-tickets, us-b2b-supplies, africa-electronics, us-home-pickup: neither) and stays where it was tuned (seeds 1–5, pooled)`, async () => {
      const run = await evaluateModel(m.model, SEEDS);
      const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
      // The false-positive budget on every tuning model that meets it; the fraud-value goal where it is met.
      if (m.goal) expect(fraudValueStopped).toBeGreaterThanOrEqual(GOALS.fraudValueStopped);
      if (m.budget) {
        expect(goodHeldOrBlocked).toBeLessThanOrEqual(GOALS.goodHeldOrBlocked);
        expect(goodBlocked).toBeLessThanOrEqual(GOALS.goodBlocked);
      }
      // And no worse than the tuned figures.
      expect(fraudValueStopped).toBeGreaterThanOrEqual(m.fraudValue - MARGIN.fraudValue);
      expect(goodHeldOrBlocked).toBeLessThanOrEqual(m.goodHeld + MARGIN.goodHeld);
      expect(goodBlocked).toBeLessThanOrEqual(m.goodBlocked + MARGIN.goodBlocked);
    }, 240_000);
  }
});
