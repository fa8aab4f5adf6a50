import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { GOALS } from './metrics.js';
import { africaElectronicsModel } from './models/africa-electronics/index.js';
import { apacMarketplaceModel } from './models/apac-marketplace/index.js';
import { auElectronicsModel } from './models/au-electronics/index.js';
import { brElectronicsModel } from './models/br-electronics/index.js';
import { caGroceryModel } from './models/ca-grocery/index.js';
import { dachApothekeModel } from './models/dach-apotheke/index.js';
import { deBikesModel } from './models/de-bikes/index.js';
import { demoStoreModel } from './models/demo-store/index.js';
import { digitalKeysModel } from './models/digital-keys/index.js';
import { euFurnitureModel } from './models/eu-furniture/index.js';
import { euStoreModel } from './models/eu-store/index.js';
import { frWineModel } from './models/fr-wine/index.js';
import { indiaFashionModel } from './models/india-fashion/index.js';
import { jpHobbyModel } from './models/jp-hobby/index.js';
import { krBeautyModel } from './models/kr-beauty/index.js';
import { latamTicketsModel } from './models/latam-tickets/index.js';
import { menaElectronicsModel } from './models/mena-electronics/index.js';
import { mxDepartmentModel } from './models/mx-department/index.js';
import { naLuxuryModel } from './models/na-luxury/index.js';
import { nlFlowersModel } from './models/nl-flowers/index.js';
import { nordicHomeModel } from './models/nordic-home/index.js';
import { ukAutopartsModel } from './models/uk-autoparts/index.js';
import { ukFashionModel } from './models/uk-fashion/index.js';
import { usB2bSuppliesModel } from './models/us-b2b-supplies/index.js';
import { usHomePickupModel } from './models/us-home-pickup/index.js';
import { usOutdoorModel } from './models/us-outdoor/index.js';
import { usPetrxModel } from './models/us-petrx/index.js';
import { usSneakersModel } from './models/us-sneakers/index.js';

/**
 * The default rules on the twenty-eight TUNING models (docs/detection.md, "The numbers"): seeds 1–5, pooled, must stay
 * within a small margin of what was measured when the defaults were tuned, every model that is inside the
 * false-positive budget (≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked) must stay inside it, and the three
 * models that meet the goal (≥ 90 % of fraud value held or blocked as well) must keep meeting it. us-outdoor,
 * au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys,
 * india-fashion, br-electronics, ca-grocery, jp-hobby, eu-furniture, kr-beauty, de-bikes, us-sneakers, nl-flowers, us-petrx and mx-department (each a
 * tuning model since the pass after its held-out run) meet the budget but not the fraud-value goal: their fraud value
 * is asserted as measured so it cannot get worse. latam-tickets, us-b2b-supplies, africa-electronics, us-home-pickup,
 * fr-wine and uk-autoparts (tuning models since the passes that tuned on them) meet neither: their fraud value and both
 * false-positive figures are asserted as measured, as no-worse bounds, not as the budget. A change to the rules, the
 * attributes or the velocity semantics that loses fraud value or holds more good orders fails here.
 *
 * Measured (seeds 1–5, pooled; fraud value, good held or blocked, good blocked): demo-store 95.1 %, 0.47 %, 0.00 %; eu-store 97.4 %, 1.86 %, 0.28 %; nordic-home 96.8 %, 2.00 %, 0.27 %; us-outdoor 76.4 %, 1.79 %, 0.16 %; au-electronics 86.8 %, 0.53 %, 0.11 %; uk-fashion 72.2 %, 1.40 %, 0.33 %; latam-tickets 73.1 %, 4.29 %, 0.80 %; dach-apotheke 73.6 %, 0.03 %, 0.00 %; na-luxury 66.5 %, 0.89 %, 0.11 %; apac-marketplace 78.7 %, 0.26 %, 0.01 %; mena-electronics 76.5 %, 1.51 %, 0.30 %; digital-keys 73.5 %, 1.79 %, 0.03 %; india-fashion 62.6 %, 0.53 %, 0.03 %; us-b2b-supplies 74.3 %, 2.22 %, 0.42 %; africa-electronics 56.0 %, 3.04 %, 0.67 %; us-home-pickup 43.3 %, 3.29 %, 0.51 %; br-electronics 32.6 %, 1.22 %, 0.22 %; ca-grocery 26.1 %, 0.40 %, 0.06 %; jp-hobby 84.1 %, 1.41 %, 0.39 %; eu-furniture 75.6 %, 0.95 %, 0.09 %; fr-wine 88.4 %, 2.92 %, 0.77 %; kr-beauty 57.9 %, 0.94 %, 0.26 %; de-bikes 81.1 %, 1.10 %, 0.26 %; us-sneakers 30.7 %, 1.15 %, 0.20 %; nl-flowers 75.5 %, 1.42 %, 0.21 %; us-petrx 65.8 %, 0.74 %, 0.27 %; mx-department 50.0 %, 1.71 %, 0.30 %; uk-autoparts 87.8 %, 2.23 %, 0.55 %. nordic-home has none of its
 * held-or-blocked budget left (183 of 9,160; one more held order crosses 2 %): there the budget assertion binds
 * before the margin. All twenty-eight run over seeds 1–5 (about 4 minutes with `npm run eval` on the shared
 * development machine); under jest on a shared, busy machine several minutes.
 */
const SEEDS = [1, 2, 3, 4, 5] as const;
const MEASURED = {
  'demo-store': {
    model: demoStoreModel,
    goal: true,
    budget: true,
    fraudValue: 0.951,
    goodHeld: 0.0047,
    goodBlocked: 0.0,
  },
  'eu-store': {
    model: euStoreModel,
    goal: true,
    budget: true,
    fraudValue: 0.973,
    goodHeld: 0.0186,
    goodBlocked: 0.0029,
  },
  'nordic-home': {
    model: nordicHomeModel,
    goal: true,
    budget: true,
    fraudValue: 0.968,
    goodHeld: 0.02,
    goodBlocked: 0.0028,
  },
  'us-outdoor': {
    model: usOutdoorModel,
    goal: false,
    budget: true,
    fraudValue: 0.764,
    goodHeld: 0.0179,
    goodBlocked: 0.0017,
  },
  'au-electronics': {
    model: auElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.868,
    goodHeld: 0.0053,
    goodBlocked: 0.0011,
  },
  'uk-fashion': {
    model: ukFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.721,
    goodHeld: 0.0141,
    goodBlocked: 0.0034,
  },
  'latam-tickets': {
    model: latamTicketsModel,
    goal: false,
    budget: false,
    fraudValue: 0.73,
    goodHeld: 0.043,
    goodBlocked: 0.0081,
  },
  'dach-apotheke': {
    model: dachApothekeModel,
    goal: false,
    budget: true,
    fraudValue: 0.736,
    goodHeld: 0.0004,
    goodBlocked: 0.0,
  },
  'na-luxury': {
    model: naLuxuryModel,
    goal: false,
    budget: true,
    fraudValue: 0.664,
    goodHeld: 0.009,
    goodBlocked: 0.0011,
  },
  'apac-marketplace': {
    model: apacMarketplaceModel,
    goal: false,
    budget: true,
    fraudValue: 0.787,
    goodHeld: 0.0026,
    goodBlocked: 0.0002,
  },
  'mena-electronics': {
    model: menaElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.765,
    goodHeld: 0.0152,
    goodBlocked: 0.0031,
  },
  'digital-keys': {
    model: digitalKeysModel,
    goal: false,
    budget: true,
    fraudValue: 0.735,
    goodHeld: 0.0179,
    goodBlocked: 0.0004,
  },
  'india-fashion': {
    model: indiaFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.625,
    goodHeld: 0.0053,
    goodBlocked: 0.0004,
  },
  'us-b2b-supplies': {
    model: usB2bSuppliesModel,
    goal: false,
    budget: false,
    fraudValue: 0.742,
    goodHeld: 0.0223,
    goodBlocked: 0.0042,
  },
  'africa-electronics': {
    model: africaElectronicsModel,
    goal: false,
    budget: false,
    fraudValue: 0.559,
    goodHeld: 0.0305,
    goodBlocked: 0.0068,
  },
  'us-home-pickup': {
    model: usHomePickupModel,
    goal: false,
    budget: false,
    fraudValue: 0.433,
    goodHeld: 0.033,
    goodBlocked: 0.0052,
  },
  'br-electronics': {
    model: brElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.325,
    goodHeld: 0.0122,
    goodBlocked: 0.0023,
  },
  'ca-grocery': {
    model: caGroceryModel,
    goal: false,
    budget: true,
    fraudValue: 0.26,
    goodHeld: 0.004,
    goodBlocked: 0.0007,
  },
  'jp-hobby': {
    model: jpHobbyModel,
    goal: false,
    budget: true,
    fraudValue: 0.841,
    goodHeld: 0.0141,
    goodBlocked: 0.0039,
  },
  'eu-furniture': {
    model: euFurnitureModel,
    goal: false,
    budget: true,
    fraudValue: 0.755,
    goodHeld: 0.0095,
    goodBlocked: 0.0009,
  },
  'fr-wine': {
    model: frWineModel,
    goal: false,
    budget: false,
    fraudValue: 0.884,
    goodHeld: 0.0292,
    goodBlocked: 0.0077,
  },
  'kr-beauty': {
    model: krBeautyModel,
    goal: false,
    budget: true,
    fraudValue: 0.579,
    goodHeld: 0.0095,
    goodBlocked: 0.0027,
  },
  'de-bikes': {
    model: deBikesModel,
    goal: false,
    budget: true,
    fraudValue: 0.811,
    goodHeld: 0.0111,
    goodBlocked: 0.0026,
  },
  'us-sneakers': {
    model: usSneakersModel,
    goal: false,
    budget: true,
    fraudValue: 0.306,
    goodHeld: 0.0116,
    goodBlocked: 0.0021,
  },
  'nl-flowers': {
    model: nlFlowersModel,
    goal: false,
    budget: true,
    fraudValue: 0.754,
    goodHeld: 0.0142,
    goodBlocked: 0.0021,
  },
  'us-petrx': {
    model: usPetrxModel,
    goal: false,
    budget: true,
    fraudValue: 0.658,
    goodHeld: 0.0075,
    goodBlocked: 0.0028,
  },
  'mx-department': {
    model: mxDepartmentModel,
    goal: false,
    budget: true,
    fraudValue: 0.5,
    goodHeld: 0.0171,
    goodBlocked: 0.003,
  },
  'uk-autoparts': {
    model: ukAutopartsModel,
    goal: false,
    budget: false,
    fraudValue: 0.877,
    goodHeld: 0.0224,
    goodBlocked: 0.0056,
  },
} as const;
/** Margins: a point of fraud value, a few good orders in streams of about 7,000–9,420 good ones. */
const MARGIN = { fraudValue: 0.01, goodHeld: 0.002, goodBlocked: 0.001 } as const;

describe('default rules on the tuning models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: meets the goal (us-outdoor, au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys, india-fashion, br-electronics, ca-grocery, jp-hobby, eu-furniture, kr-beauty, de-bikes, us-sneakers, nl-flowers, us-petrx, mx-department: the budget; latam-tickets, us-b2b-supplies, africa-electronics, us-home-pickup, fr-wine, uk-autoparts: neither) and stays where it was tuned (seeds 1–5, pooled)`, async () => {
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
