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
import { euFurnitureModel } from './models/eu-furniture/index.js';
import { euStoreModel } from './models/eu-store/index.js';
import { indiaFashionModel } from './models/india-fashion/index.js';
import { jpHobbyModel } from './models/jp-hobby/index.js';
import { latamTicketsModel } from './models/latam-tickets/index.js';
import { menaElectronicsModel } from './models/mena-electronics/index.js';
import { naLuxuryModel } from './models/na-luxury/index.js';
import { nordicHomeModel } from './models/nordic-home/index.js';
import { ukFashionModel } from './models/uk-fashion/index.js';
import { usB2bSuppliesModel } from './models/us-b2b-supplies/index.js';
import { usHomePickupModel } from './models/us-home-pickup/index.js';
import { usOutdoorModel } from './models/us-outdoor/index.js';

/**
 * The default rules on the twenty TUNING models (docs/detection.md, "The numbers"): seeds 1–5, pooled, must stay
 * within a small margin of what was measured when the defaults were tuned, every model that is inside the
 * false-positive budget (≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked) must stay inside it, and the three
 * models that meet the goal (≥ 90 % of fraud value held or blocked as well) must keep meeting it. us-outdoor,
 * au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys,
 * india-fashion, br-electronics, ca-grocery, jp-hobby and eu-furniture (each a tuning model since the pass after its
 * held-out run) meet the budget but not the fraud-value goal: their fraud value is asserted as measured so it cannot
 * get worse. latam-tickets, us-b2b-supplies, africa-electronics and us-home-pickup (tuning models since the passes
 * that tuned on them) meet neither: their fraud value and both false-positive figures are asserted as measured, as
 * no-worse bounds, not as the budget. A change to the rules, the attributes or the velocity semantics that loses
 * fraud value or holds more good orders fails here.
 *
 * Measured (seeds 1–5, pooled; fraud value, good held or blocked, good blocked): demo-store 95.6 %, 0.48 %, 0.0 %;
 * eu-store 95.8 %, 1.88 %, 0.33 %; nordic-home 96.7 %, 1.95 % (179 of 9,160), 0.31 %; us-outdoor 75.5 %,
 * 1.85 %, 0.17 %; au-electronics 83.0 %, 0.75 %, 0.11 %; uk-fashion 69.3 %, 1.59 %, 0.32 %; latam-tickets 72.1 %,
 * 4.60 %, 0.84 %; dach-apotheke 73.9 %, 0.04 %, 0.0 %; na-luxury 60.1 %, 1.87 %, 0.11 %; apac-marketplace 69.4 %,
 * 1.01 %, 0.02 %; mena-electronics 74.2 %, 1.86 %, 0.30 %; digital-keys 61.3 %, 1.71 %, 0.03 %; india-fashion
 * 61.3 %, 0.56 %, 0.03 %; us-b2b-supplies 72.6 %, 2.90 %, 0.52 %; africa-electronics 47.8 %, 3.55 %, 0.69 %;
 * us-home-pickup 31.5 %, 6.80 %, 0.78 %; br-electronics 25.8 %, 1.80 %, 0.30 %; ca-grocery 18.9 %, 0.67 %, 0.06 %;
 * jp-hobby 71.6 %, 1.67 %, 0.44 %; eu-furniture 72.4 %, 1.20 %, 0.11 %.
 * nordic-home has almost none of its held-or-blocked budget left (five more held orders cross 2 %): there the
 * budget assertion binds before the margin. All twenty run over seeds 1–5 (about 4 minutes with `npm run eval`
 * on the shared development machine); under jest on a shared, busy machine several minutes.
 */
const SEEDS = [1, 2, 3, 4, 5] as const;
const MEASURED = {
  'demo-store': {
    model: demoStoreModel,
    goal: true,
    budget: true,
    fraudValue: 0.956,
    goodHeld: 0.0048,
    goodBlocked: 0.0,
  },
  'eu-store': {
    model: euStoreModel,
    goal: true,
    budget: true,
    fraudValue: 0.958,
    goodHeld: 0.0188,
    goodBlocked: 0.0033,
  },
  'nordic-home': {
    model: nordicHomeModel,
    goal: true,
    budget: true,
    fraudValue: 0.967,
    goodHeld: 0.0195,
    goodBlocked: 0.0031,
  },
  'us-outdoor': {
    model: usOutdoorModel,
    goal: false,
    budget: true,
    fraudValue: 0.755,
    goodHeld: 0.0185,
    goodBlocked: 0.0017,
  },
  'au-electronics': {
    model: auElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.83,
    goodHeld: 0.0075,
    goodBlocked: 0.0011,
  },
  'uk-fashion': {
    model: ukFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.693,
    goodHeld: 0.0159,
    goodBlocked: 0.0032,
  },
  // Outside the budget (4.60 % held or blocked, 0.84 % blocked): asserted as measured so it cannot get worse.
  'latam-tickets': {
    model: latamTicketsModel,
    goal: false,
    budget: false,
    fraudValue: 0.721,
    goodHeld: 0.046,
    goodBlocked: 0.0084,
  },
  // Held out once (65.4 %, 0.03 %, 0.0 %), a tuning model since the pass that tuned on it.
  'dach-apotheke': {
    model: dachApothekeModel,
    goal: false,
    budget: true,
    fraudValue: 0.739,
    goodHeld: 0.0004,
    goodBlocked: 0.0,
  },
  // Held out once (49.4 %, 1.8 %, 0.1 %), a tuning model since the pass that tuned on it.
  'na-luxury': {
    model: naLuxuryModel,
    goal: false,
    budget: true,
    fraudValue: 0.601,
    goodHeld: 0.0187,
    goodBlocked: 0.0011,
  },
  'apac-marketplace': {
    model: apacMarketplaceModel,
    goal: false,
    budget: true,
    fraudValue: 0.694,
    goodHeld: 0.0101,
    goodBlocked: 0.0002,
  },
  'mena-electronics': {
    model: menaElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.742,
    goodHeld: 0.0186,
    goodBlocked: 0.003,
  },
  'digital-keys': {
    model: digitalKeysModel,
    goal: false,
    budget: true,
    fraudValue: 0.613,
    goodHeld: 0.0171,
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
    fraudValue: 0.726,
    goodHeld: 0.029,
    goodBlocked: 0.0052,
  },
  // Held out once (46.2 %, 4.3 %, 0.9 %); outside the budget since the pass that tuned on it: asserted as measured.
  'africa-electronics': {
    model: africaElectronicsModel,
    goal: false,
    budget: false,
    fraudValue: 0.478,
    goodHeld: 0.0355,
    goodBlocked: 0.0069,
  },
  // Held out once (30.2 %, 7.4 %, 1.0 %); outside the budget since the pass that tuned on it: asserted as measured.
  'us-home-pickup': {
    model: usHomePickupModel,
    goal: false,
    budget: false,
    fraudValue: 0.315,
    goodHeld: 0.068,
    goodBlocked: 0.0078,
  },
  // Held out once (23.3 %, 1.8 %, 0.3 %), a tuning model since the pass that tuned on it (and on ca-grocery).
  'br-electronics': {
    model: brElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.258,
    goodHeld: 0.018,
    goodBlocked: 0.003,
  },
  // Held out once (15.1 %, 0.7 %, 0.1 %), a tuning model since the pass that tuned on it (and on br-electronics).
  'ca-grocery': {
    model: caGroceryModel,
    goal: false,
    budget: true,
    fraudValue: 0.189,
    goodHeld: 0.0067,
    goodBlocked: 0.0006,
  },
  // Held out once (67.4 %, 1.7 %, 0.51 %), a tuning model since the pass that tuned on it (and on eu-furniture).
  'jp-hobby': {
    model: jpHobbyModel,
    goal: false,
    budget: true,
    fraudValue: 0.716,
    goodHeld: 0.0167,
    goodBlocked: 0.0044,
  },
  // Held out once (68.6 %, 1.2 %, 0.2 %), a tuning model since the pass that tuned on it (and on jp-hobby).
  'eu-furniture': {
    model: euFurnitureModel,
    goal: false,
    budget: true,
    fraudValue: 0.724,
    goodHeld: 0.012,
    goodBlocked: 0.0011,
  },
} as const;
/** Margins: a point of fraud value, a few good orders in streams of about 7,000–9,420 good ones. */
const MARGIN = { fraudValue: 0.01, goodHeld: 0.002, goodBlocked: 0.001 } as const;

describe('default rules on the tuning models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: meets the goal (us-outdoor, au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys, india-fashion, br-electronics, ca-grocery, jp-hobby, eu-furniture: the budget; latam-tickets, us-b2b-supplies, africa-electronics, us-home-pickup: neither) and stays where it was tuned (seeds 1–5, pooled)`, async () => {
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
