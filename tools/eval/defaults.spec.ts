import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { GOALS } from './metrics.js';
import { africaElectronicsModel } from './models/africa-electronics/index.js';
import { apacMarketplaceModel } from './models/apac-marketplace/index.js';
import { atSkiModel } from './models/at-ski/index.js';
import { auElectronicsModel } from './models/au-electronics/index.js';
import { auFashionModel } from './models/au-fashion/index.js';
import { auSupplementsModel } from './models/au-supplements/index.js';
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
import { sgElectronicsModel } from './models/sg-electronics/index.js';
import { ukAutopartsModel } from './models/uk-autoparts/index.js';
import { ukBullionModel } from './models/uk-bullion/index.js';
import { ukFashionModel } from './models/uk-fashion/index.js';
import { ukPhonesModel } from './models/uk-phones/index.js';
import { usB2bSuppliesModel } from './models/us-b2b-supplies/index.js';
import { usCameraModel } from './models/us-camera/index.js';
import { usFurnitureModel } from './models/us-furniture/index.js';
import { usHomePickupModel } from './models/us-home-pickup/index.js';
import { usJewelryModel } from './models/us-jewelry/index.js';
import { usOutdoorModel } from './models/us-outdoor/index.js';
import { usPetrxModel } from './models/us-petrx/index.js';
import { usSaasModel } from './models/us-saas/index.js';
import { usSneakersModel } from './models/us-sneakers/index.js';
import { usToysModel } from './models/us-toys/index.js';

/**
 * The default rules on the fifty-one TUNING models (docs/detection.md, "The numbers"): seeds 1–5, pooled, must stay
 * within a small margin of what was measured when the defaults were tuned, every model that is inside the
 * false-positive budget (≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked) must stay inside it, and the three
 * models that meet the goal (≥ 90 % of fraud value held or blocked as well) must keep meeting it (demo-store, eu-store,
 * nordic-home). us-outdoor, au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics,
 * digital-keys, india-fashion, us-b2b-supplies, br-electronics, ca-grocery, jp-hobby, eu-furniture, kr-beauty,
 * de-bikes, us-sneakers, nl-flowers, us-petrx, mx-department, au-supplements, id-marketplace, fr-electronics,
 * pl-fashion, at-ski, se-pharmacy, ie-gaming, ca-electronics, uk-phones, sg-electronics, us-camera, au-fashion,
 * de-tools (each a tuning model since the pass after its held-out run) meet the budget but not the fraud-value goal:
 * their fraud value is asserted as measured so it cannot get worse. latam-tickets, africa-electronics, us-home-pickup,
 * fr-wine, uk-autoparts, es-travel, us-saas, cz-pc-parts, uk-bullion, it-fashion, us-toys, pt-perfume, us-jewelry,
 * us-furniture, ch-watches (tuning models since the passes that tuned on them) meet neither: their fraud value and both
 * false-positive figures are asserted as measured, as no-worse bounds, not as the budget. A change to the rules, the
 * attributes or the velocity semantics that loses fraud value or holds more good orders fails here.
 *
 * Measured (seeds 1–5, pooled, after the pass that tuned on us-camera, au-fashion and de-tools; fraud value, good held
 * or blocked, good blocked): demo-store 95.1 %, 0.47 %, 0.00 %; eu-store 97.0 %, 1.76 %, 0.26 %; nordic-home 96.8 %,
 * 1.99 %, 0.22 %; us-outdoor 77.0 %, 1.89 %, 0.15 %; au-electronics 86.8 %, 0.52 %, 0.11 %; uk-fashion 74.2 %, 1.17 %,
 * 0.26 %; latam-tickets 72.9 %, 3.68 %, 0.79 %; dach-apotheke 74.2 %, 0.02 %, 0.00 %; na-luxury 67.5 %, 0.89 %, 0.11 %;
 * apac-marketplace 80.6 %, 0.26 %, 0.01 %; mena-electronics 77.9 %, 1.56 %, 0.30 %; digital-keys 73.3 %, 1.64 %, 0.03
 * %; india-fashion 64.1 %, 0.55 %, 0.03 %; us-b2b-supplies 76.9 %, 1.81 %, 0.26 %; africa-electronics 59.4 %, 3.19 %,
 * 0.63 %; us-home-pickup 45.3 %, 2.94 %, 0.42 %; br-electronics 35.1 %, 1.07 %, 0.20 %; ca-grocery 29.0 %, 0.26 %, 0.04
 * %; jp-hobby 84.1 %, 1.14 %, 0.30 %; eu-furniture 77.2 %, 0.93 %, 0.06 %; fr-wine 87.8 %, 2.61 %, 0.63 %; kr-beauty
 * 58.3 %, 0.69 %, 0.22 %; de-bikes 83.1 %, 0.91 %, 0.19 %; us-sneakers 34.2 %, 0.85 %, 0.17 %; nl-flowers 78.2 %, 1.63
 * %, 0.21 %; us-petrx 69.1 %, 0.45 %, 0.17 %; mx-department 52.1 %, 1.24 %, 0.19 %; uk-autoparts 88.6 %, 2.25 %, 0.37
 * %; es-travel 56.9 %, 4.98 %, 1.19 %; au-supplements 75.3 %, 0.71 %, 0.28 %; us-saas 74.1 %, 3.71 %, 0.96 %;
 * id-marketplace 86.0 %, 0.39 %, 0.01 %; cz-pc-parts 62.7 %, 2.56 %, 0.62 %; uk-bullion 45.2 %, 4.26 %, 0.80 %;
 * it-fashion 40.9 %, 3.87 %, 1.39 %; us-toys 60.7 %, 2.66 %, 0.57 %; fr-electronics 43.1 %, 1.29 %, 0.26 %; pl-fashion
 * 61.2 %, 1.42 %, 0.19 %; pt-perfume 86.8 %, 2.32 %, 0.71 %; at-ski 82.8 %, 1.10 %, 0.29 %; se-pharmacy 73.4 %, 0.83 %,
 * 0.13 %; ie-gaming 68.3 %, 1.37 %, 0.18 %; us-jewelry 46.1 %, 2.43 %, 0.46 %; ca-electronics 55.3 %, 2.00 %, 0.38 %;
 * uk-phones 50.8 %, 1.84 %, 0.15 %; us-furniture 45.0 %, 2.01 %, 0.41 %; ch-watches 57.2 %, 2.56 %, 0.71 %;
 * sg-electronics 80.3 %, 1.74 %, 0.38 %; us-camera 61.9 %, 1.00 %, 0.13 %; au-fashion 64.1 %, 0.48 %, 0.08 %; de-tools
 * 82.3 %, 1.29 %, 0.21 %. All fifty-one run over seeds 1–5 (about 25 minutes with `npm run eval` on the shared
 * development machine); under jest on a shared, busy machine longer.
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
    goodHeld: 0.0199,
    goodBlocked: 0.0022,
  },
  'us-outdoor': {
    model: usOutdoorModel,
    goal: false,
    budget: true,
    fraudValue: 0.77,
    goodHeld: 0.019,
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
    goodHeld: 0.0117,
    goodBlocked: 0.0026,
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
    fraudValue: 0.674,
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
    goodHeld: 0.0055,
    goodBlocked: 0.0004,
  },
  'us-b2b-supplies': {
    model: usB2bSuppliesModel,
    goal: false,
    budget: true,
    fraudValue: 0.769,
    goodHeld: 0.0181,
    goodBlocked: 0.0026,
  },
  'africa-electronics': {
    model: africaElectronicsModel,
    goal: false,
    budget: false,
    fraudValue: 0.593,
    goodHeld: 0.032,
    goodBlocked: 0.0063,
  },
  'us-home-pickup': {
    model: usHomePickupModel,
    goal: false,
    budget: false,
    fraudValue: 0.453,
    goodHeld: 0.0294,
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
    fraudValue: 0.289,
    goodHeld: 0.0027,
    goodBlocked: 0.0005,
  },
  'jp-hobby': {
    model: jpHobbyModel,
    goal: false,
    budget: true,
    fraudValue: 0.841,
    goodHeld: 0.0115,
    goodBlocked: 0.0031,
  },
  'eu-furniture': {
    model: euFurnitureModel,
    goal: false,
    budget: true,
    fraudValue: 0.772,
    goodHeld: 0.0093,
    goodBlocked: 0.0007,
  },
  'fr-wine': {
    model: frWineModel,
    goal: false,
    budget: false,
    fraudValue: 0.878,
    goodHeld: 0.0261,
    goodBlocked: 0.0064,
  },
  'kr-beauty': {
    model: krBeautyModel,
    goal: false,
    budget: true,
    fraudValue: 0.582,
    goodHeld: 0.007,
    goodBlocked: 0.0022,
  },
  'de-bikes': {
    model: deBikesModel,
    goal: false,
    budget: true,
    fraudValue: 0.83,
    goodHeld: 0.0091,
    goodBlocked: 0.002,
  },
  'us-sneakers': {
    model: usSneakersModel,
    goal: false,
    budget: true,
    fraudValue: 0.341,
    goodHeld: 0.0086,
    goodBlocked: 0.0018,
  },
  'nl-flowers': {
    model: nlFlowersModel,
    goal: false,
    budget: true,
    fraudValue: 0.782,
    goodHeld: 0.0163,
    goodBlocked: 0.0021,
  },
  'us-petrx': {
    model: usPetrxModel,
    goal: false,
    budget: true,
    fraudValue: 0.69,
    goodHeld: 0.0045,
    goodBlocked: 0.0018,
  },
  'mx-department': {
    model: mxDepartmentModel,
    goal: false,
    budget: true,
    fraudValue: 0.521,
    goodHeld: 0.0124,
    goodBlocked: 0.002,
  },
  'uk-autoparts': {
    model: ukAutopartsModel,
    goal: false,
    budget: false,
    fraudValue: 0.885,
    goodHeld: 0.0226,
    goodBlocked: 0.0037,
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
    fraudValue: 0.753,
    goodHeld: 0.0071,
    goodBlocked: 0.0028,
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
    goodHeld: 0.0039,
    goodBlocked: 0.0002,
  },
  'cz-pc-parts': {
    model: czPcPartsModel,
    goal: false,
    budget: false,
    fraudValue: 0.626,
    goodHeld: 0.0256,
    goodBlocked: 0.0063,
  },
  'uk-bullion': {
    model: ukBullionModel,
    goal: false,
    budget: false,
    fraudValue: 0.451,
    goodHeld: 0.0426,
    goodBlocked: 0.008,
  },
  'it-fashion': {
    model: itFashionModel,
    goal: false,
    budget: false,
    fraudValue: 0.408,
    goodHeld: 0.0387,
    goodBlocked: 0.0139,
  },
  'us-toys': {
    model: usToysModel,
    goal: false,
    budget: false,
    fraudValue: 0.607,
    goodHeld: 0.0267,
    goodBlocked: 0.0058,
  },
  'fr-electronics': {
    model: frElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.431,
    goodHeld: 0.0129,
    goodBlocked: 0.0026,
  },
  'pl-fashion': {
    model: plFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.612,
    goodHeld: 0.0142,
    goodBlocked: 0.002,
  },
  'pt-perfume': {
    model: ptPerfumeModel,
    goal: false,
    budget: false,
    fraudValue: 0.868,
    goodHeld: 0.0233,
    goodBlocked: 0.0071,
  },
  'at-ski': {
    model: atSkiModel,
    goal: false,
    budget: true,
    fraudValue: 0.827,
    goodHeld: 0.011,
    goodBlocked: 0.0029,
  },
  'se-pharmacy': {
    model: sePharmacyModel,
    goal: false,
    budget: true,
    fraudValue: 0.734,
    goodHeld: 0.0083,
    goodBlocked: 0.0013,
  },
  'ie-gaming': {
    model: ieGamingModel,
    goal: false,
    budget: true,
    fraudValue: 0.682,
    goodHeld: 0.0138,
    goodBlocked: 0.0019,
  },
  'us-jewelry': {
    model: usJewelryModel,
    goal: false,
    budget: false,
    fraudValue: 0.461,
    goodHeld: 0.0243,
    goodBlocked: 0.0047,
  },
  'ca-electronics': {
    model: caElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.553,
    goodHeld: 0.02,
    goodBlocked: 0.0038,
  },
  'uk-phones': {
    model: ukPhonesModel,
    goal: false,
    budget: true,
    fraudValue: 0.507,
    goodHeld: 0.0184,
    goodBlocked: 0.0015,
  },
  'us-furniture': {
    model: usFurnitureModel,
    goal: false,
    budget: false,
    fraudValue: 0.449,
    goodHeld: 0.0201,
    goodBlocked: 0.0042,
  },
  'ch-watches': {
    model: chWatchesModel,
    goal: false,
    budget: false,
    fraudValue: 0.572,
    goodHeld: 0.0256,
    goodBlocked: 0.0072,
  },
  'sg-electronics': {
    model: sgElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.803,
    goodHeld: 0.0174,
    goodBlocked: 0.0038,
  },
  'us-camera': {
    model: usCameraModel,
    goal: false,
    budget: true,
    fraudValue: 0.618,
    goodHeld: 0.0101,
    goodBlocked: 0.0013,
  },
  'au-fashion': {
    model: auFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.641,
    goodHeld: 0.0049,
    goodBlocked: 0.0008,
  },
  'de-tools': {
    model: deToolsModel,
    goal: false,
    budget: true,
    fraudValue: 0.823,
    goodHeld: 0.0129,
    goodBlocked: 0.0021,
  },
} as const;
/** Margins: a point of fraud value, a few good orders in streams of about 7,000–9,420 good ones. */
const MARGIN = { fraudValue: 0.01, goodHeld: 0.002, goodBlocked: 0.001 } as const;

describe('default rules on the tuning models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: meets the goal (us-outdoor, au-electronics, uk-fashion, dach-apotheke, na-luxury, apac-marketplace, mena-electronics, digital-keys, india-fashion, us-b2b-supplies, br-electronics, ca-grocery, jp-hobby, eu-furniture, kr-beauty, de-bikes, us-sneakers, nl-flowers, us-petrx, mx-department, au-supplements, id-marketplace, fr-electronics, pl-fashion, at-ski, se-pharmacy, ie-gaming, ca-electronics, uk-phones, sg-electronics, us-camera, au-fashion, de-tools: the budget; latam-tickets, africa-electronics, us-home-pickup, fr-wine, uk-autoparts, es-travel, us-saas, cz-pc-parts, uk-bullion, it-fashion, us-toys, pt-perfume, us-jewelry, us-furniture, ch-watches: neither) and stays where it was tuned (seeds 1–5, pooled)`, async () => {
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
