import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { GOALS } from './metrics.js';
import { africaElectronicsModel } from './models/africa-electronics/index.js';
import { apacMarketplaceModel } from './models/apac-marketplace/index.js';
import { atSkiModel } from './models/at-ski/index.js';
import { auElectronicsModel } from './models/au-electronics/index.js';
import { auFashionModel } from './models/au-fashion/index.js';
import { auSupplementsModel } from './models/au-supplements/index.js';
import { beChocolateModel } from './models/be-chocolate/index.js';
import { brElectronicsModel } from './models/br-electronics/index.js';
import { caElectronicsModel } from './models/ca-electronics/index.js';
import { caGroceryModel } from './models/ca-grocery/index.js';
import { chWatchesModel } from './models/ch-watches/index.js';
import { czPcPartsModel } from './models/cz-pc-parts/index.js';
import { dachApothekeModel } from './models/dach-apotheke/index.js';
import { deBikesModel } from './models/de-bikes/index.js';
import { deToolsModel } from './models/de-tools/index.js';
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
import { itCoffeeModel } from './models/it-coffee/index.js';
import { itFashionModel } from './models/it-fashion/index.js';
import { jpHobbyModel } from './models/jp-hobby/index.js';
import { krBeautyModel } from './models/kr-beauty/index.js';
import { latamTicketsModel } from './models/latam-tickets/index.js';
import { menaElectronicsModel } from './models/mena-electronics/index.js';
import { mxDepartmentModel } from './models/mx-department/index.js';
import { naLuxuryModel } from './models/na-luxury/index.js';
import { nlFlowersModel } from './models/nl-flowers/index.js';
import { nordicHomeModel } from './models/nordic-home/index.js';
import { phTopupsModel } from './models/ph-topups/index.js';
import { plFashionModel } from './models/pl-fashion/index.js';
import { ptPerfumeModel } from './models/pt-perfume/index.js';
import { saOudModel } from './models/sa-oud/index.js';
import { sePharmacyModel } from './models/se-pharmacy/index.js';
import { sgElectronicsModel } from './models/sg-electronics/index.js';
import { trRugsModel } from './models/tr-rugs/index.js';
import { ukAutopartsModel } from './models/uk-autoparts/index.js';
import { ukBullionModel } from './models/uk-bullion/index.js';
import { ukFashionModel } from './models/uk-fashion/index.js';
import { ukPhonesModel } from './models/uk-phones/index.js';
import { usB2bSuppliesModel } from './models/us-b2b-supplies/index.js';
import { usCameraModel } from './models/us-camera/index.js';
import { usFurnitureModel } from './models/us-furniture/index.js';
import { usGolfModel } from './models/us-golf/index.js';
import { usHomePickupModel } from './models/us-home-pickup/index.js';
import { usJewelryModel } from './models/us-jewelry/index.js';
import { usOutdoorModel } from './models/us-outdoor/index.js';
import { usPetrxModel } from './models/us-petrx/index.js';
import { usSaasModel } from './models/us-saas/index.js';
import { usSneakersModel } from './models/us-sneakers/index.js';
import { usToysModel } from './models/us-toys/index.js';

/**
 * The default rules on the fifty-seven TUNING models (docs/detection.md, "The numbers"): seeds 1–5, pooled, must
 * stay within a small margin of what was measured when the defaults were tuned, every model that is inside the
 * false-positive budget (≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked) must stay inside it, and the four
 * models that meet the goal (≥ 90 % of fraud value held or blocked as well) must keep meeting it (demo-store,
 * eu-store, nordic-home, be-chocolate). us-outdoor, au-electronics, uk-fashion, dach-apotheke, na-luxury,
 * apac-marketplace, mena-electronics, digital-keys, india-fashion, us-b2b-supplies, br-electronics, ca-grocery,
 * jp-hobby, eu-furniture, kr-beauty, de-bikes, us-sneakers, nl-flowers, us-petrx, mx-department, au-supplements,
 * id-marketplace, fr-electronics, pl-fashion, at-ski, se-pharmacy, ie-gaming, ca-electronics, uk-phones,
 * sg-electronics, us-camera, au-fashion, de-tools, it-coffee, ph-topups, us-golf, sa-oud, tr-rugs (each a tuning
 * model since the pass after its held-out run) meet the budget but not the fraud-value goal: their fraud value is
 * asserted as measured so it cannot get worse. latam-tickets, africa-electronics, us-home-pickup, fr-wine,
 * uk-autoparts, es-travel, us-saas, cz-pc-parts, uk-bullion, it-fashion, us-toys, pt-perfume, us-jewelry,
 * us-furniture, ch-watches (tuning models since the passes that tuned on them) meet neither: their fraud value and
 * both false-positive figures are asserted as measured, as no-worse bounds, not as the budget. A change to the
 * rules, the attributes or the velocity semantics that loses fraud value or holds more good orders fails here. It
 * runs only in the default mode (no Redis): it touches no server (docs/development.md, "Tests").
 *
 * Measured (seeds 1–5, pooled, after the pass that tuned on be-chocolate, tr-rugs and sa-oud; fraud value, good held
 * or blocked, good blocked): demo-store 95.1 %, 0.47 %, 0.00 %; eu-store 97.0 %, 1.75 %, 0.26 %; nordic-home 97.0 %,
 * 1.98 %, 0.22 %; us-outdoor 78.2 %, 1.96 %, 0.15 %; au-electronics 86.8 %, 0.52 %, 0.11 %; uk-fashion 74.2 %, 1.18
 * %, 0.25 %; latam-tickets 72.9 %, 3.74 %, 0.79 %; dach-apotheke 75.3 %, 0.01 %, 0.00 %; na-luxury 70.3 %, 0.87 %,
 * 0.11 %; apac-marketplace 80.7 %, 0.27 %, 0.01 %; mena-electronics 78.8 %, 1.53 %, 0.29 %; digital-keys 74.7 %,
 * 1.81 %, 0.03 %; india-fashion 65.0 %, 0.56 %, 0.03 %; us-b2b-supplies 78.1 %, 1.83 %, 0.24 %; africa-electronics
 * 61.8 %, 3.26 %, 0.63 %; us-home-pickup 49.6 %, 3.04 %, 0.42 %; br-electronics 36.8 %, 1.06 %, 0.20 %; ca-grocery
 * 29.8 %, 0.21 %, 0.04 %; jp-hobby 84.3 %, 1.14 %, 0.30 %; eu-furniture 78.5 %, 0.95 %, 0.06 %; fr-wine 88.4 %, 2.47
 * %, 0.60 %; kr-beauty 62.8 %, 0.60 %, 0.22 %; de-bikes 83.1 %, 0.87 %, 0.19 %; us-sneakers 36.6 %, 0.86 %, 0.16 %;
 * nl-flowers 79.3 %, 1.70 %, 0.21 %; us-petrx 69.8 %, 0.45 %, 0.17 %; mx-department 53.5 %, 1.20 %, 0.19 %;
 * uk-autoparts 88.7 %, 2.23 %, 0.37 %; es-travel 57.2 %, 5.00 %, 1.19 %; au-supplements 75.6 %, 0.69 %, 0.28 %;
 * us-saas 74.1 %, 3.78 %, 0.96 %; id-marketplace 86.2 %, 0.35 %, 0.01 %; cz-pc-parts 67.1 %, 2.51 %, 0.62 %;
 * uk-bullion 45.5 %, 4.26 %, 0.80 %; it-fashion 44.0 %, 3.85 %, 1.36 %; us-toys 61.4 %, 2.61 %, 0.55 %;
 * fr-electronics 46.0 %, 1.30 %, 0.26 %; pl-fashion 63.0 %, 1.43 %, 0.19 %; pt-perfume 87.3 %, 2.31 %, 0.71 %;
 * at-ski 83.1 %, 1.08 %, 0.29 %; se-pharmacy 73.5 %, 0.82 %, 0.13 %; ie-gaming 68.8 %, 1.26 %, 0.17 %; us-jewelry
 * 47.0 %, 2.43 %, 0.46 %; ca-electronics 55.7 %, 1.94 %, 0.38 %; uk-phones 54.7 %, 1.86 %, 0.15 %; us-furniture 47.2
 * %, 2.02 %, 0.40 %; ch-watches 62.3 %, 2.50 %, 0.66 %; sg-electronics 81.3 %, 1.77 %, 0.38 %; us-camera 62.0 %,
 * 1.02 %, 0.11 %; au-fashion 66.4 %, 0.46 %, 0.08 %; de-tools 82.4 %, 1.27 %, 0.18 %; it-coffee 75.7 %, 1.84 %, 0.45
 * %; ph-topups 58.5 %, 1.95 %, 0.05 %; us-golf 58.2 %, 1.28 %, 0.12 %; be-chocolate 91.5 %, 0.94 %, 0.27 %; sa-oud
 * 80.5 %, 0.56 %, 0.12 %; tr-rugs 70.0 %, 1.30 %, 0.25 %. All fifty-seven run over seeds 1–5 (about 25 minutes with
 * `npm run eval` on the shared development machine); under jest on a shared, busy machine longer.
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
    goodHeld: 0.0175,
    goodBlocked: 0.0027,
  },
  'nordic-home': {
    model: nordicHomeModel,
    goal: true,
    budget: true,
    fraudValue: 0.969,
    goodHeld: 0.0198,
    goodBlocked: 0.0022,
  },
  'us-outdoor': {
    model: usOutdoorModel,
    goal: false,
    budget: true,
    fraudValue: 0.782,
    goodHeld: 0.0196,
    goodBlocked: 0.0015,
  },
  'au-electronics': {
    model: auElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.868,
    goodHeld: 0.0052,
    goodBlocked: 0.0011,
  },
  'uk-fashion': {
    model: ukFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.742,
    goodHeld: 0.0118,
    goodBlocked: 0.0025,
  },
  'latam-tickets': {
    model: latamTicketsModel,
    goal: false,
    budget: false,
    fraudValue: 0.728,
    goodHeld: 0.0374,
    goodBlocked: 0.008,
  },
  'dach-apotheke': {
    model: dachApothekeModel,
    goal: false,
    budget: true,
    fraudValue: 0.753,
    goodHeld: 0.0002,
    goodBlocked: 0.0,
  },
  'na-luxury': {
    model: naLuxuryModel,
    goal: false,
    budget: true,
    fraudValue: 0.702,
    goodHeld: 0.0088,
    goodBlocked: 0.0011,
  },
  'apac-marketplace': {
    model: apacMarketplaceModel,
    goal: false,
    budget: true,
    fraudValue: 0.806,
    goodHeld: 0.0027,
    goodBlocked: 0.0002,
  },
  'mena-electronics': {
    model: menaElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.787,
    goodHeld: 0.0154,
    goodBlocked: 0.0029,
  },
  'digital-keys': {
    model: digitalKeysModel,
    goal: false,
    budget: true,
    fraudValue: 0.747,
    goodHeld: 0.0181,
    goodBlocked: 0.0004,
  },
  'india-fashion': {
    model: indiaFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.65,
    goodHeld: 0.0056,
    goodBlocked: 0.0004,
  },
  'us-b2b-supplies': {
    model: usB2bSuppliesModel,
    goal: false,
    budget: true,
    fraudValue: 0.78,
    goodHeld: 0.0183,
    goodBlocked: 0.0024,
  },
  'africa-electronics': {
    model: africaElectronicsModel,
    goal: false,
    budget: false,
    fraudValue: 0.617,
    goodHeld: 0.0327,
    goodBlocked: 0.0063,
  },
  'us-home-pickup': {
    model: usHomePickupModel,
    goal: false,
    budget: false,
    fraudValue: 0.495,
    goodHeld: 0.0305,
    goodBlocked: 0.0042,
  },
  'br-electronics': {
    model: brElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.368,
    goodHeld: 0.0107,
    goodBlocked: 0.002,
  },
  'ca-grocery': {
    model: caGroceryModel,
    goal: false,
    budget: true,
    fraudValue: 0.298,
    goodHeld: 0.0021,
    goodBlocked: 0.0005,
  },
  'jp-hobby': {
    model: jpHobbyModel,
    goal: false,
    budget: true,
    fraudValue: 0.843,
    goodHeld: 0.0115,
    goodBlocked: 0.0031,
  },
  'eu-furniture': {
    model: euFurnitureModel,
    goal: false,
    budget: true,
    fraudValue: 0.785,
    goodHeld: 0.0095,
    goodBlocked: 0.0007,
  },
  'fr-wine': {
    model: frWineModel,
    goal: false,
    budget: false,
    fraudValue: 0.883,
    goodHeld: 0.0247,
    goodBlocked: 0.006,
  },
  'kr-beauty': {
    model: krBeautyModel,
    goal: false,
    budget: true,
    fraudValue: 0.627,
    goodHeld: 0.006,
    goodBlocked: 0.0022,
  },
  'de-bikes': {
    model: deBikesModel,
    goal: false,
    budget: true,
    fraudValue: 0.83,
    goodHeld: 0.0087,
    goodBlocked: 0.002,
  },
  'us-sneakers': {
    model: usSneakersModel,
    goal: false,
    budget: true,
    fraudValue: 0.366,
    goodHeld: 0.0087,
    goodBlocked: 0.0017,
  },
  'nl-flowers': {
    model: nlFlowersModel,
    goal: false,
    budget: true,
    fraudValue: 0.793,
    goodHeld: 0.0171,
    goodBlocked: 0.0021,
  },
  'us-petrx': {
    model: usPetrxModel,
    goal: false,
    budget: true,
    fraudValue: 0.698,
    goodHeld: 0.0045,
    goodBlocked: 0.0018,
  },
  'mx-department': {
    model: mxDepartmentModel,
    goal: false,
    budget: true,
    fraudValue: 0.534,
    goodHeld: 0.0121,
    goodBlocked: 0.002,
  },
  'uk-autoparts': {
    model: ukAutopartsModel,
    goal: false,
    budget: false,
    fraudValue: 0.886,
    goodHeld: 0.0224,
    goodBlocked: 0.0037,
  },
  'es-travel': {
    model: esTravelModel,
    goal: false,
    budget: false,
    fraudValue: 0.572,
    goodHeld: 0.0501,
    goodBlocked: 0.0119,
  },
  'au-supplements': {
    model: auSupplementsModel,
    goal: false,
    budget: true,
    fraudValue: 0.755,
    goodHeld: 0.0069,
    goodBlocked: 0.0028,
  },
  'us-saas': {
    model: usSaasModel,
    goal: false,
    budget: false,
    fraudValue: 0.741,
    goodHeld: 0.0378,
    goodBlocked: 0.0097,
  },
  'id-marketplace': {
    model: idMarketplaceModel,
    goal: false,
    budget: true,
    fraudValue: 0.862,
    goodHeld: 0.0036,
    goodBlocked: 0.0002,
  },
  'cz-pc-parts': {
    model: czPcPartsModel,
    goal: false,
    budget: false,
    fraudValue: 0.671,
    goodHeld: 0.0252,
    goodBlocked: 0.0063,
  },
  'uk-bullion': {
    model: ukBullionModel,
    goal: false,
    budget: false,
    fraudValue: 0.455,
    goodHeld: 0.0426,
    goodBlocked: 0.008,
  },
  'it-fashion': {
    model: itFashionModel,
    goal: false,
    budget: false,
    fraudValue: 0.439,
    goodHeld: 0.0385,
    goodBlocked: 0.0136,
  },
  'us-toys': {
    model: usToysModel,
    goal: false,
    budget: false,
    fraudValue: 0.614,
    goodHeld: 0.0261,
    goodBlocked: 0.0056,
  },
  'fr-electronics': {
    model: frElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.46,
    goodHeld: 0.013,
    goodBlocked: 0.0026,
  },
  'pl-fashion': {
    model: plFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.629,
    goodHeld: 0.0143,
    goodBlocked: 0.002,
  },
  'pt-perfume': {
    model: ptPerfumeModel,
    goal: false,
    budget: false,
    fraudValue: 0.872,
    goodHeld: 0.0232,
    goodBlocked: 0.0071,
  },
  'at-ski': {
    model: atSkiModel,
    goal: false,
    budget: true,
    fraudValue: 0.83,
    goodHeld: 0.0108,
    goodBlocked: 0.0029,
  },
  'se-pharmacy': {
    model: sePharmacyModel,
    goal: false,
    budget: true,
    fraudValue: 0.734,
    goodHeld: 0.0082,
    goodBlocked: 0.0013,
  },
  'ie-gaming': {
    model: ieGamingModel,
    goal: false,
    budget: true,
    fraudValue: 0.687,
    goodHeld: 0.0126,
    goodBlocked: 0.0018,
  },
  'us-jewelry': {
    model: usJewelryModel,
    goal: false,
    budget: false,
    fraudValue: 0.469,
    goodHeld: 0.0243,
    goodBlocked: 0.0047,
  },
  'ca-electronics': {
    model: caElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.556,
    goodHeld: 0.0195,
    goodBlocked: 0.0038,
  },
  'uk-phones': {
    model: ukPhonesModel,
    goal: false,
    budget: true,
    fraudValue: 0.546,
    goodHeld: 0.0186,
    goodBlocked: 0.0015,
  },
  'us-furniture': {
    model: usFurnitureModel,
    goal: false,
    budget: false,
    fraudValue: 0.472,
    goodHeld: 0.0202,
    goodBlocked: 0.004,
  },
  'ch-watches': {
    model: chWatchesModel,
    goal: false,
    budget: false,
    fraudValue: 0.622,
    goodHeld: 0.0251,
    goodBlocked: 0.0066,
  },
  'sg-electronics': {
    model: sgElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.813,
    goodHeld: 0.0177,
    goodBlocked: 0.0038,
  },
  'us-camera': {
    model: usCameraModel,
    goal: false,
    budget: true,
    fraudValue: 0.619,
    goodHeld: 0.0103,
    goodBlocked: 0.0011,
  },
  'au-fashion': {
    model: auFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.664,
    goodHeld: 0.0047,
    goodBlocked: 0.0008,
  },
  'de-tools': {
    model: deToolsModel,
    goal: false,
    budget: true,
    fraudValue: 0.824,
    goodHeld: 0.0127,
    goodBlocked: 0.0019,
  },
  'it-coffee': {
    model: itCoffeeModel,
    goal: false,
    budget: true,
    fraudValue: 0.757,
    goodHeld: 0.0184,
    goodBlocked: 0.0046,
  },
  'ph-topups': {
    model: phTopupsModel,
    goal: false,
    budget: true,
    fraudValue: 0.584,
    goodHeld: 0.0195,
    goodBlocked: 0.0006,
  },
  'us-golf': {
    model: usGolfModel,
    goal: false,
    budget: true,
    fraudValue: 0.581,
    goodHeld: 0.0129,
    goodBlocked: 0.0012,
  },
  'be-chocolate': {
    model: beChocolateModel,
    goal: true,
    budget: true,
    fraudValue: 0.914,
    goodHeld: 0.0095,
    goodBlocked: 0.0027,
  },
  'sa-oud': {
    model: saOudModel,
    goal: false,
    budget: true,
    fraudValue: 0.805,
    goodHeld: 0.0056,
    goodBlocked: 0.0012,
  },
  'tr-rugs': {
    model: trRugsModel,
    goal: false,
    budget: true,
    fraudValue: 0.699,
    goodHeld: 0.013,
    goodBlocked: 0.0025,
  },
} as const;

/** Margins: a point of fraud value, a few good orders in streams of about 7,000–9,420 good ones. */
const MARGIN = { fraudValue: 0.01, goodHeld: 0.002, goodBlocked: 0.001 } as const;

describe('default rules on the tuning models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: meets the goal (us-outdoor, au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys, india-fashion, us-b2b-supplies, br-electronics, ca-grocery, jp-hobby, eu-furniture, kr-beauty, de-bikes, us-sneakers, nl-flowers, us-petrx, mx-department, au-supplements, id-marketplace, fr-electronics, pl-fashion, at-ski, se-pharmacy, ie-gaming, ca-electronics, uk-phones, sg-electronics, us-camera, au-fashion, de-tools, it-coffee, ph-topups, us-golf, sa-oud, tr-rugs: the budget; latam-tickets, africa-electronics, us-home-pickup, fr-wine, uk-autoparts, es-travel, us-saas, cz-pc-parts, uk-bullion, it-fashion, us-toys, pt-perfume, us-jewelry, us-furniture, ch-watches: neither) and stays where it was tuned (seeds 1–5, pooled)`, async () => {
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
