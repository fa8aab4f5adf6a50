import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { GOALS } from './metrics.js';
import { africaElectronicsModel } from './models/africa-electronics/index.js';
import { apacMarketplaceModel } from './models/apac-marketplace/index.js';
import { atSkiModel } from './models/at-ski/index.js';
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
import { frElectronicsModel } from './models/fr-electronics/index.js';
import { frWineModel } from './models/fr-wine/index.js';
import { idMarketplaceModel } from './models/id-marketplace/index.js';
import { ieGamingModel } from './models/ie-gaming/index.js';
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
import { plFashionModel } from './models/pl-fashion/index.js';
import { ptPerfumeModel } from './models/pt-perfume/index.js';
import { sePharmacyModel } from './models/se-pharmacy/index.js';
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
 * The default rules on the forty-two TUNING models (docs/detection.md, "The numbers"): seeds 1–5, pooled, must stay
 * within a small margin of what was measured when the defaults were tuned, every model that is inside the
 * false-positive budget (≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked) must stay inside it, and the three
 * models that meet the goal (≥ 90 % of fraud value held or blocked as well) must keep meeting it. us-outdoor,
 * au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys,
 * india-fashion, us-b2b-supplies, br-electronics, ca-grocery, jp-hobby, eu-furniture, kr-beauty, de-bikes, us-sneakers,
 * nl-flowers, us-petrx, mx-department, au-supplements, id-marketplace, fr-electronics, pl-fashion, se-pharmacy, at-ski,
 * ie-gaming (each a tuning model since the pass after its held-out run) meet the budget but not the fraud-value goal:
 * their fraud value is asserted as measured so it cannot get worse. latam-tickets, africa-electronics, us-home-pickup,
 * fr-wine, uk-autoparts, es-travel, us-saas, cz-pc-parts, uk-bullion, it-fashion, us-toys, pt-perfume (tuning models
 * since the passes that tuned on them) meet neither: their fraud value and both false-positive figures are asserted as
 * measured, as no-worse bounds, not as the budget. A change to the rules, the attributes or the velocity semantics that
 * loses fraud value or holds more good orders fails here.
 *
 * Measured (seeds 1–5, pooled, after the pass that tuned on pt-perfume, at-ski and ie-gaming; fraud value, good held or
 * blocked, good blocked): demo-store 95.1 %, 0.47 %, 0.00 %; eu-store 97.0 %, 1.76 %, 0.26 %; nordic-home 96.8 %, 2.00
 * %, 0.22 %; us-outdoor 77.0 %, 1.82 %, 0.15 %; au-electronics 86.8 %, 0.53 %, 0.11 %; uk-fashion 72.5 %, 1.32 %, 0.29
 * %; latam-tickets 72.9 %, 3.68 %, 0.79 %; dach-apotheke 74.2 %, 0.02 %, 0.00 %; na-luxury 66.7 %, 0.89 %, 0.11 %;
 * apac-marketplace 80.6 %, 0.26 %, 0.01 %; mena-electronics 77.9 %, 1.56 %, 0.30 %; digital-keys 73.3 %, 1.64 %, 0.03
 * %; india-fashion 64.1 %, 0.53 %, 0.03 %; us-b2b-supplies 75.9 %, 1.77 %, 0.29 %; africa-electronics 59.4 %, 3.16 %,
 * 0.64 %; us-home-pickup 43.3 %, 2.95 %, 0.42 %; br-electronics 35.1 %, 1.07 %, 0.20 %; ca-grocery 27.9 %, 0.31 %, 0.04
 * %; jp-hobby 84.1 %, 1.23 %, 0.30 %; eu-furniture 75.6 %, 0.92 %, 0.06 %; fr-wine 87.8 %, 2.84 %, 0.67 %; kr-beauty
 * 58.2 %, 0.87 %, 0.24 %; de-bikes 82.4 %, 0.94 %, 0.19 %; us-sneakers 33.8 %, 0.88 %, 0.18 %; nl-flowers 76.4 %, 1.54
 * %, 0.21 %; us-petrx 67.1 %, 0.62 %, 0.21 %; mx-department 50.5 %, 1.53 %, 0.20 %; uk-autoparts 88.5 %, 2.46 %, 0.42
 * %; es-travel 56.9 %, 4.98 %, 1.19 %; au-supplements 73.2 %, 0.90 %, 0.43 %; us-saas 74.1 %, 3.71 %, 0.96 %;
 * id-marketplace 86.0 %, 0.42 %, 0.01 %; cz-pc-parts 58.8 %, 2.71 %, 0.63 %; uk-bullion 42.3 %, 4.32 %, 0.81 %;
 * it-fashion 40.1 %, 3.93 %, 1.40 %; us-toys 57.6 %, 2.65 %, 0.57 %; fr-electronics 40.8 %, 1.39 %, 0.25 %; pl-fashion
 * 60.4 %, 1.46 %, 0.19 %; se-pharmacy 72.6 %, 0.85 %, 0.13 %; pt-perfume 86.7 %, 2.31 %, 0.71 %; at-ski 82.4 %, 1.18 %,
 * 0.29 %; ie-gaming 68.3 %, 1.43 %, 0.18 %. nordic-home has no held order of its budget left (183 of 9,160; one more
 * crosses 2 %): there the budget assertion binds before the margin. All forty-two run over seeds 1–5 (about 14 minutes
 * with `npm run eval` on the shared development machine); under jest on a shared, busy machine longer.
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
    goodHeld: 0.0176,
    goodBlocked: 0.0027,
  },
  'nordic-home': {
    model: nordicHomeModel,
    goal: true,
    budget: true,
    fraudValue: 0.968,
    goodHeld: 0.02,
    goodBlocked: 0.0022,
  },
  'us-outdoor': {
    model: usOutdoorModel,
    goal: false,
    budget: true,
    fraudValue: 0.77,
    goodHeld: 0.0182,
    goodBlocked: 0.0015,
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
    fraudValue: 0.724,
    goodHeld: 0.0132,
    goodBlocked: 0.0029,
  },
  'latam-tickets': {
    model: latamTicketsModel,
    goal: false,
    budget: false,
    fraudValue: 0.728,
    goodHeld: 0.0369,
    goodBlocked: 0.008,
  },
  'dach-apotheke': {
    model: dachApothekeModel,
    goal: false,
    budget: true,
    fraudValue: 0.742,
    goodHeld: 0.0003,
    goodBlocked: 0.0,
  },
  'na-luxury': {
    model: naLuxuryModel,
    goal: false,
    budget: true,
    fraudValue: 0.666,
    goodHeld: 0.009,
    goodBlocked: 0.0011,
  },
  'apac-marketplace': {
    model: apacMarketplaceModel,
    goal: false,
    budget: true,
    fraudValue: 0.805,
    goodHeld: 0.0026,
    goodBlocked: 0.0002,
  },
  'mena-electronics': {
    model: menaElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.779,
    goodHeld: 0.0156,
    goodBlocked: 0.0031,
  },
  'digital-keys': {
    model: digitalKeysModel,
    goal: false,
    budget: true,
    fraudValue: 0.732,
    goodHeld: 0.0164,
    goodBlocked: 0.0004,
  },
  'india-fashion': {
    model: indiaFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.641,
    goodHeld: 0.0053,
    goodBlocked: 0.0004,
  },
  'us-b2b-supplies': {
    model: usB2bSuppliesModel,
    goal: false,
    budget: true,
    fraudValue: 0.758,
    goodHeld: 0.0178,
    goodBlocked: 0.003,
  },
  'africa-electronics': {
    model: africaElectronicsModel,
    goal: false,
    budget: false,
    fraudValue: 0.593,
    goodHeld: 0.0316,
    goodBlocked: 0.0065,
  },
  'us-home-pickup': {
    model: usHomePickupModel,
    goal: false,
    budget: false,
    fraudValue: 0.433,
    goodHeld: 0.0295,
    goodBlocked: 0.0042,
  },
  'br-electronics': {
    model: brElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.35,
    goodHeld: 0.0108,
    goodBlocked: 0.002,
  },
  'ca-grocery': {
    model: caGroceryModel,
    goal: false,
    budget: true,
    fraudValue: 0.278,
    goodHeld: 0.0032,
    goodBlocked: 0.0005,
  },
  'jp-hobby': {
    model: jpHobbyModel,
    goal: false,
    budget: true,
    fraudValue: 0.841,
    goodHeld: 0.0123,
    goodBlocked: 0.0031,
  },
  'eu-furniture': {
    model: euFurnitureModel,
    goal: false,
    budget: true,
    fraudValue: 0.755,
    goodHeld: 0.0092,
    goodBlocked: 0.0007,
  },
  'fr-wine': {
    model: frWineModel,
    goal: false,
    budget: false,
    fraudValue: 0.878,
    goodHeld: 0.0285,
    goodBlocked: 0.0068,
  },
  'kr-beauty': {
    model: krBeautyModel,
    goal: false,
    budget: true,
    fraudValue: 0.581,
    goodHeld: 0.0087,
    goodBlocked: 0.0024,
  },
  'de-bikes': {
    model: deBikesModel,
    goal: false,
    budget: true,
    fraudValue: 0.824,
    goodHeld: 0.0095,
    goodBlocked: 0.002,
  },
  'us-sneakers': {
    model: usSneakersModel,
    goal: false,
    budget: true,
    fraudValue: 0.338,
    goodHeld: 0.0089,
    goodBlocked: 0.0019,
  },
  'nl-flowers': {
    model: nlFlowersModel,
    goal: false,
    budget: true,
    fraudValue: 0.764,
    goodHeld: 0.0154,
    goodBlocked: 0.0021,
  },
  'us-petrx': {
    model: usPetrxModel,
    goal: false,
    budget: true,
    fraudValue: 0.67,
    goodHeld: 0.0063,
    goodBlocked: 0.0021,
  },
  'mx-department': {
    model: mxDepartmentModel,
    goal: false,
    budget: true,
    fraudValue: 0.504,
    goodHeld: 0.0154,
    goodBlocked: 0.0021,
  },
  'uk-autoparts': {
    model: ukAutopartsModel,
    goal: false,
    budget: false,
    fraudValue: 0.884,
    goodHeld: 0.0246,
    goodBlocked: 0.0043,
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
    fraudValue: 0.731,
    goodHeld: 0.0091,
    goodBlocked: 0.0043,
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
    fraudValue: 0.859,
    goodHeld: 0.0042,
    goodBlocked: 0.0002,
  },
  'cz-pc-parts': {
    model: czPcPartsModel,
    goal: false,
    budget: false,
    fraudValue: 0.587,
    goodHeld: 0.0271,
    goodBlocked: 0.0064,
  },
  'uk-bullion': {
    model: ukBullionModel,
    goal: false,
    budget: false,
    fraudValue: 0.423,
    goodHeld: 0.0433,
    goodBlocked: 0.0082,
  },
  'it-fashion': {
    model: itFashionModel,
    goal: false,
    budget: false,
    fraudValue: 0.401,
    goodHeld: 0.0394,
    goodBlocked: 0.0141,
  },
  'us-toys': {
    model: usToysModel,
    goal: false,
    budget: false,
    fraudValue: 0.575,
    goodHeld: 0.0266,
    goodBlocked: 0.0058,
  },
  'fr-electronics': {
    model: frElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.408,
    goodHeld: 0.014,
    goodBlocked: 0.0025,
  },
  'pl-fashion': {
    model: plFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.603,
    goodHeld: 0.0146,
    goodBlocked: 0.002,
  },
  'se-pharmacy': {
    model: sePharmacyModel,
    goal: false,
    budget: true,
    fraudValue: 0.726,
    goodHeld: 0.0086,
    goodBlocked: 0.0013,
  },
  'pt-perfume': {
    model: ptPerfumeModel,
    goal: false,
    budget: false,
    fraudValue: 0.866,
    goodHeld: 0.0232,
    goodBlocked: 0.0071,
  },
  'at-ski': {
    model: atSkiModel,
    goal: false,
    budget: true,
    fraudValue: 0.823,
    goodHeld: 0.0119,
    goodBlocked: 0.0029,
  },
  'ie-gaming': {
    model: ieGamingModel,
    goal: false,
    budget: true,
    fraudValue: 0.682,
    goodHeld: 0.0143,
    goodBlocked: 0.0019,
  },
} as const;
/** Margins: a point of fraud value, a few good orders in streams of about 7,000–9,420 good ones. */
const MARGIN = { fraudValue: 0.01, goodHeld: 0.002, goodBlocked: 0.001 } as const;

describe('default rules on the tuning models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: meets the goal (us-outdoor, au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys, india-fashion, us-b2b-supplies, br-electronics, ca-grocery, jp-hobby, eu-furniture, kr-beauty, de-bikes, us-sneakers, nl-flowers, us-petrx, mx-department, au-supplements, id-marketplace, fr-electronics, pl-fashion, se-pharmacy, at-ski, ie-gaming: the budget; latam-tickets, africa-electronics, us-home-pickup, fr-wine, uk-autoparts, es-travel, us-saas, cz-pc-parts, uk-bullion, it-fashion, us-toys, pt-perfume: neither) and stays where it was tuned (seeds 1–5, pooled)`, async () => {
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
