import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { GOALS } from './metrics.js';
import { africaElectronicsModel } from './models/africa-electronics/index.js';
import { apacMarketplaceModel } from './models/apac-marketplace/index.js';
import { auElectronicsModel } from './models/au-electronics/index.js';
import { auSupplementsModel } from './models/au-supplements/index.js';
import { brElectronicsModel } from './models/br-electronics/index.js';
import { caGroceryModel } from './models/ca-grocery/index.js';
import { czPcPartsModel } from './models/cz-pc-parts/index.js';
import { dachApothekeModel } from './models/dach-apotheke/index.js';
import { deBikesModel } from './models/de-bikes/index.js';
import { demoStoreModel } from './models/demo-store/index.js';
import { digitalKeysModel } from './models/digital-keys/index.js';
import { esTravelModel } from './models/es-travel/index.js';
import { euFurnitureModel } from './models/eu-furniture/index.js';
import { euStoreModel } from './models/eu-store/index.js';
import { frWineModel } from './models/fr-wine/index.js';
import { idMarketplaceModel } from './models/id-marketplace/index.js';
import { indiaFashionModel } from './models/india-fashion/index.js';
import { itFashionModel } from './models/it-fashion/index.js';
import { jpHobbyModel } from './models/jp-hobby/index.js';
import { krBeautyModel } from './models/kr-beauty/index.js';
import { latamTicketsModel } from './models/latam-tickets/index.js';
import { menaElectronicsModel } from './models/mena-electronics/index.js';
import { mxDepartmentModel } from './models/mx-department/index.js';
import { naLuxuryModel } from './models/na-luxury/index.js';
import { nlFlowersModel } from './models/nl-flowers/index.js';
import { nordicHomeModel } from './models/nordic-home/index.js';
import { ukAutopartsModel } from './models/uk-autoparts/index.js';
import { ukBullionModel } from './models/uk-bullion/index.js';
import { ukFashionModel } from './models/uk-fashion/index.js';
import { usB2bSuppliesModel } from './models/us-b2b-supplies/index.js';
import { usHomePickupModel } from './models/us-home-pickup/index.js';
import { usOutdoorModel } from './models/us-outdoor/index.js';
import { usPetrxModel } from './models/us-petrx/index.js';
import { usSaasModel } from './models/us-saas/index.js';
import { usSneakersModel } from './models/us-sneakers/index.js';
import { usToysModel } from './models/us-toys/index.js';

/**
 * The default rules on the thirty-six TUNING models (docs/detection.md, "The numbers"): seeds 1–5, pooled, must
 * stay within a small margin of what was measured when the defaults were tuned, every model that is inside the
 * false-positive budget (≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked) must stay inside it, and the three
 * models that meet the goal (≥ 90 % of fraud value held or blocked as well) must keep meeting it. us-outdoor,
 * au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys,
 * india-fashion, br-electronics, ca-grocery, jp-hobby, eu-furniture, kr-beauty, de-bikes, us-sneakers, nl-flowers,
 * us-petrx, mx-department, au-supplements and id-marketplace (each a tuning model since the pass after its held-out
 * run) meet the budget but not the fraud-value goal: their fraud value is asserted as measured so it cannot get
 * worse. latam-tickets, us-b2b-supplies, africa-electronics, us-home-pickup, fr-wine, uk-autoparts, es-travel,
 * us-saas, cz-pc-parts, uk-bullion, it-fashion and us-toys (tuning models since the passes that tuned on them) meet
 * neither: their fraud value and both false-positive figures are asserted as measured, as no-worse bounds, not as
 * the budget. A change to the rules, the attributes or the velocity semantics that loses fraud value or holds more
 * good orders fails here.
 *
 * Measured (seeds 1–5, pooled, after the pass that tuned on cz-pc-parts, uk-bullion, it-fashion and us-toys; fraud
 * value, good held or blocked, good blocked): demo-store 95.1 %, 0.47 %, 0.00 %; eu-store 96.9 %, 1.80 %, 0.26 %;
 * nordic-home 96.8 %, 1.99 %, 0.24 %; us-outdoor 76.7 %, 1.82 %, 0.16 %; au-electronics 86.8 %, 0.53 %, 0.11 %;
 * uk-fashion 72.2 %, 1.40 %, 0.33 %; latam-tickets 72.9 %, 3.73 %, 0.80 %; dach-apotheke 74.2 %, 0.03 %, 0.00 %;
 * na-luxury 66.7 %, 0.89 %, 0.11 %; apac-marketplace 78.6 %, 0.26 %, 0.01 %; mena-electronics 76.5 %, 1.51 %,
 * 0.30 %; digital-keys 73.3 %, 1.64 %, 0.03 %; india-fashion 62.7 %, 0.53 %, 0.03 %; us-b2b-supplies 75.6 %,
 * 2.01 %, 0.37 %; africa-electronics 56.2 %, 2.99 %, 0.67 %; us-home-pickup 43.3 %, 2.88 %, 0.47 %; br-electronics
 * 33.2 %, 1.10 %, 0.22 %; ca-grocery 27.9 %, 0.33 %, 0.06 %; jp-hobby 84.1 %, 1.37 %, 0.39 %; eu-furniture 75.6 %,
 * 0.93 %, 0.09 %; fr-wine 88.3 %, 2.89 %, 0.76 %; kr-beauty 58.2 %, 0.94 %, 0.26 %; de-bikes 81.2 %, 0.96 %,
 * 0.24 %; us-sneakers 31.0 %, 1.15 %, 0.20 %; nl-flowers 75.5 %, 1.31 %, 0.21 %; us-petrx 66.3 %, 0.73 %, 0.27 %;
 * mx-department 48.7 %, 1.71 %, 0.30 %; uk-autoparts 88.3 %, 2.23 %, 0.55 %; es-travel 56.9 %, 4.98 %, 1.19 %;
 * au-supplements 72.8 %, 0.95 %, 0.49 %; us-saas 74.1 %, 3.71 %, 0.96 %; id-marketplace 84.0 %, 0.45 %, 0.02 %;
 * cz-pc-parts 54.3 %, 2.73 %, 0.72 %; uk-bullion 42.1 %, 4.44 %, 0.84 %; it-fashion 37.3 %, 3.98 %, 1.42 %; us-toys
 * 54.9 %, 2.64 %, 0.63 %. nordic-home has one held order of its budget left (182 of 9,160; two more cross 2 %):
 * there the budget assertion binds before the margin. All thirty-six run over seeds 1–5 (about 10 minutes with `npm
 * run eval` on the shared development machine); under jest on a shared, busy machine longer.
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
    fraudValue: 0.969,
    goodHeld: 0.0181,
    goodBlocked: 0.0027,
  },
  'nordic-home': {
    model: nordicHomeModel,
    goal: true,
    budget: true,
    fraudValue: 0.968,
    goodHeld: 0.0199,
    goodBlocked: 0.0025,
  },
  'us-outdoor': {
    model: usOutdoorModel,
    goal: false,
    budget: true,
    fraudValue: 0.767,
    goodHeld: 0.0182,
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
    fraudValue: 0.722,
    goodHeld: 0.0141,
    goodBlocked: 0.0034,
  },
  'latam-tickets': {
    model: latamTicketsModel,
    goal: false,
    budget: false,
    fraudValue: 0.729,
    goodHeld: 0.0373,
    goodBlocked: 0.0081,
  },
  'dach-apotheke': {
    model: dachApothekeModel,
    goal: false,
    budget: true,
    fraudValue: 0.742,
    goodHeld: 0.0004,
    goodBlocked: 0.0,
  },
  'na-luxury': {
    model: naLuxuryModel,
    goal: false,
    budget: true,
    fraudValue: 0.667,
    goodHeld: 0.009,
    goodBlocked: 0.0011,
  },
  'apac-marketplace': {
    model: apacMarketplaceModel,
    goal: false,
    budget: true,
    fraudValue: 0.786,
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
    fraudValue: 0.733,
    goodHeld: 0.0164,
    goodBlocked: 0.0004,
  },
  'india-fashion': {
    model: indiaFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.627,
    goodHeld: 0.0053,
    goodBlocked: 0.0004,
  },
  'us-b2b-supplies': {
    model: usB2bSuppliesModel,
    goal: false,
    budget: false,
    fraudValue: 0.756,
    goodHeld: 0.0201,
    goodBlocked: 0.0037,
  },
  'africa-electronics': {
    model: africaElectronicsModel,
    goal: false,
    budget: false,
    fraudValue: 0.562,
    goodHeld: 0.03,
    goodBlocked: 0.0068,
  },
  'us-home-pickup': {
    model: usHomePickupModel,
    goal: false,
    budget: false,
    fraudValue: 0.433,
    goodHeld: 0.0288,
    goodBlocked: 0.0048,
  },
  'br-electronics': {
    model: brElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.332,
    goodHeld: 0.0111,
    goodBlocked: 0.0023,
  },
  'ca-grocery': {
    model: caGroceryModel,
    goal: false,
    budget: true,
    fraudValue: 0.279,
    goodHeld: 0.0034,
    goodBlocked: 0.0007,
  },
  'jp-hobby': {
    model: jpHobbyModel,
    goal: false,
    budget: true,
    fraudValue: 0.841,
    goodHeld: 0.0137,
    goodBlocked: 0.0039,
  },
  'eu-furniture': {
    model: euFurnitureModel,
    goal: false,
    budget: true,
    fraudValue: 0.756,
    goodHeld: 0.0093,
    goodBlocked: 0.0009,
  },
  'fr-wine': {
    model: frWineModel,
    goal: false,
    budget: false,
    fraudValue: 0.883,
    goodHeld: 0.0289,
    goodBlocked: 0.0076,
  },
  'kr-beauty': {
    model: krBeautyModel,
    goal: false,
    budget: true,
    fraudValue: 0.582,
    goodHeld: 0.0095,
    goodBlocked: 0.0027,
  },
  'de-bikes': {
    model: deBikesModel,
    goal: false,
    budget: true,
    fraudValue: 0.812,
    goodHeld: 0.0097,
    goodBlocked: 0.0024,
  },
  'us-sneakers': {
    model: usSneakersModel,
    goal: false,
    budget: true,
    fraudValue: 0.31,
    goodHeld: 0.0116,
    goodBlocked: 0.0021,
  },
  'nl-flowers': {
    model: nlFlowersModel,
    goal: false,
    budget: true,
    fraudValue: 0.755,
    goodHeld: 0.0132,
    goodBlocked: 0.0021,
  },
  'us-petrx': {
    model: usPetrxModel,
    goal: false,
    budget: true,
    fraudValue: 0.663,
    goodHeld: 0.0074,
    goodBlocked: 0.0028,
  },
  'mx-department': {
    model: mxDepartmentModel,
    goal: false,
    budget: true,
    fraudValue: 0.487,
    goodHeld: 0.0171,
    goodBlocked: 0.003,
  },
  'uk-autoparts': {
    model: ukAutopartsModel,
    goal: false,
    budget: false,
    fraudValue: 0.883,
    goodHeld: 0.0224,
    goodBlocked: 0.0056,
  },
  'es-travel': {
    model: esTravelModel,
    goal: false,
    budget: false,
    fraudValue: 0.569,
    goodHeld: 0.0499,
    goodBlocked: 0.0119,
  },
  'au-supplements': {
    model: auSupplementsModel,
    goal: false,
    budget: true,
    fraudValue: 0.728,
    goodHeld: 0.0095,
    goodBlocked: 0.005,
  },
  'us-saas': {
    model: usSaasModel,
    goal: false,
    budget: false,
    fraudValue: 0.741,
    goodHeld: 0.0372,
    goodBlocked: 0.0097,
  },
  'id-marketplace': {
    model: idMarketplaceModel,
    goal: false,
    budget: true,
    fraudValue: 0.84,
    goodHeld: 0.0045,
    goodBlocked: 0.0003,
  },
  'cz-pc-parts': {
    model: czPcPartsModel,
    goal: false,
    budget: false,
    fraudValue: 0.543,
    goodHeld: 0.0273,
    goodBlocked: 0.0072,
  },
  'uk-bullion': {
    model: ukBullionModel,
    goal: false,
    budget: false,
    fraudValue: 0.421,
    goodHeld: 0.0444,
    goodBlocked: 0.0085,
  },
  'it-fashion': {
    model: itFashionModel,
    goal: false,
    budget: false,
    fraudValue: 0.373,
    goodHeld: 0.0398,
    goodBlocked: 0.0143,
  },
  'us-toys': {
    model: usToysModel,
    goal: false,
    budget: false,
    fraudValue: 0.549,
    goodHeld: 0.0264,
    goodBlocked: 0.0063,
  },
} as const;
/** Margins: a point of fraud value, a few good orders in streams of about 7,000–9,420 good ones. */
const MARGIN = { fraudValue: 0.01, goodHeld: 0.002, goodBlocked: 0.001 } as const;

describe('default rules on the tuning models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: meets the goal (us-outdoor, au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys, india-fashion, br-electronics, ca-grocery, jp-hobby, eu-furniture, kr-beauty, de-bikes, us-sneakers, nl-flowers, us-petrx, mx-department, au-supplements, id-marketplace: the budget; latam-tickets, us-b2b-supplies, africa-electronics, us-home-pickup, fr-wine, uk-autoparts, es-travel, us-saas, cz-pc-parts, uk-bullion, it-fashion, us-toys: neither) and stays where it was tuned (seeds 1–5, pooled)`, async () => {
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
