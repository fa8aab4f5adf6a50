import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { GOALS } from './metrics.js';
import { africaElectronicsModel } from './models/africa-electronics/index.js';
import { apacMarketplaceModel } from './models/apac-marketplace/index.js';
import { arYerbaModel } from './models/ar-yerba/index.js';
import { atSkiModel } from './models/at-ski/index.js';
import { auElectronicsModel } from './models/au-electronics/index.js';
import { auFashionModel } from './models/au-fashion/index.js';
import { auSupplementsModel } from './models/au-supplements/index.js';
import { beChocolateModel } from './models/be-chocolate/index.js';
import { brElectronicsModel } from './models/br-electronics/index.js';
import { caElectronicsModel } from './models/ca-electronics/index.js';
import { caGroceryModel } from './models/ca-grocery/index.js';
import { caMapleModel } from './models/ca-maple/index.js';
import { chWatchesModel } from './models/ch-watches/index.js';
import { clWineModel } from './models/cl-wine/index.js';
import { czPcPartsModel } from './models/cz-pc-parts/index.js';
import { dachApothekeModel } from './models/dach-apotheke/index.js';
import { deBikesModel } from './models/de-bikes/index.js';
import { deToolsModel } from './models/de-tools/index.js';
import { demoStoreModel } from './models/demo-store/index.js';
import { digitalKeysModel } from './models/digital-keys/index.js';
import { dkBricksModel } from './models/dk-bricks/index.js';
import { egCottonModel } from './models/eg-cotton/index.js';
import { esFootballModel } from './models/es-football/index.js';
import { esTravelModel } from './models/es-travel/index.js';
import { euFurnitureModel } from './models/eu-furniture/index.js';
import { euStoreModel } from './models/eu-store/index.js';
import { fiSaunaModel } from './models/fi-sauna/index.js';
import { frElectronicsModel } from './models/fr-electronics/index.js';
import { frWineModel } from './models/fr-wine/index.js';
import { grDeliModel } from './models/gr-deli/index.js';
import { hrOliveModel } from './models/hr-olive/index.js';
import { idMarketplaceModel } from './models/id-marketplace/index.js';
import { ieGamingModel } from './models/ie-gaming/index.js';
import { ilDeadseaModel } from './models/il-deadsea/index.js';
import { indiaFashionModel } from './models/india-fashion/index.js';
import { itCoffeeModel } from './models/it-coffee/index.js';
import { itFashionModel } from './models/it-fashion/index.js';
import { jpHobbyModel } from './models/jp-hobby/index.js';
import { jpKnivesModel } from './models/jp-knives/index.js';
import { keCraftsModel } from './models/ke-crafts/index.js';
import { krBeautyModel } from './models/kr-beauty/index.js';
import { kzElectronicsModel } from './models/kz-electronics/index.js';
import { latamTicketsModel } from './models/latam-tickets/index.js';
import { menaElectronicsModel } from './models/mena-electronics/index.js';
import { mxDepartmentModel } from './models/mx-department/index.js';
import { naLuxuryModel } from './models/na-luxury/index.js';
import { ngFashionModel } from './models/ng-fashion/index.js';
import { nlFlowersModel } from './models/nl-flowers/index.js';
import { nordicHomeModel } from './models/nordic-home/index.js';
import { nzOutdoorModel } from './models/nz-outdoor/index.js';
import { peAlpacaModel } from './models/pe-alpaca/index.js';
import { phTopupsModel } from './models/ph-topups/index.js';
import { pkLawnModel } from './models/pk-lawn/index.js';
import { plFashionModel } from './models/pl-fashion/index.js';
import { ptPerfumeModel } from './models/pt-perfume/index.js';
import { roCosmeticsModel } from './models/ro-cosmetics/index.js';
import { rsElectronicsModel } from './models/rs-electronics/index.js';
import { saOudModel } from './models/sa-oud/index.js';
import { sePharmacyModel } from './models/se-pharmacy/index.js';
import { sgElectronicsModel } from './models/sg-electronics/index.js';
import { thSilkModel } from './models/th-silk/index.js';
import { tnDatesModel } from './models/tn-dates/index.js';
import { trRugsModel } from './models/tr-rugs/index.js';
import { twTeaModel } from './models/tw-tea/index.js';
import { ukAutopartsModel } from './models/uk-autoparts/index.js';
import { ukBullionModel } from './models/uk-bullion/index.js';
import { ukExperiencesModel } from './models/uk-experiences/index.js';
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
import { usVinylModel } from './models/us-vinyl/index.js';
import { vnPhonesModel } from './models/vn-phones/index.js';

/**
 * The default rules on the eighty-two TUNING models (docs/detection.md, "The numbers"): seeds 1–5, pooled, must
 * stay within a small margin of what was measured when the defaults were tuned, every model that is inside the
 * false-positive budget (≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked) must stay inside it, and the five
 * models that meet the goal (≥ 90 % of fraud value held or blocked as well) must keep meeting it (demo-store,
 * eu-store, nordic-home, be-chocolate, ke-crafts). us-outdoor, au-electronics, uk-fashion, dach-apotheke,
 * na-luxury, apac-marketplace, mena-electronics, digital-keys, india-fashion, us-b2b-supplies, br-electronics,
 * ca-grocery, jp-hobby, eu-furniture, kr-beauty, de-bikes, us-sneakers, nl-flowers, us-petrx, mx-department,
 * uk-autoparts, au-supplements, id-marketplace, fr-electronics, pl-fashion, at-ski, se-pharmacy, ie-gaming,
 * ca-electronics, uk-phones, us-furniture, sg-electronics, us-camera, au-fashion, de-tools, it-coffee, ph-topups,
 * us-golf, tr-rugs, sa-oud, kz-electronics, ar-yerba, nz-outdoor, vn-phones, dk-bricks, uk-experiences,
 * ng-fashion, gr-deli, pe-alpaca, jp-knives, es-football, il-deadsea, th-silk, eg-cotton, us-vinyl, pk-lawn,
 * cl-wine, ro-cosmetics, fi-sauna, rs-electronics, tn-dates and ca-maple (each a tuning model since the pass or
 * search after its held-out run) meet the budget but not the fraud-value goal: their fraud value is asserted as
 * measured so it cannot get worse. latam-tickets, africa-electronics, us-home-pickup, fr-wine, es-travel,
 * us-saas, cz-pc-parts, uk-bullion, it-fashion, us-toys, pt-perfume, us-jewelry, ch-watches, tw-tea and hr-olive
 * (tuning models since the passes that tuned on them) meet neither: their fraud value and both false-positive
 * figures are asserted as measured, as no-worse bounds, not as the budget. A change to the rules, the attributes
 * or the velocity semantics that loses fraud value or holds more good orders fails here. It runs only in the
 * default mode (no Redis): it touches no server (docs/development.md, "Tests").
 *
 * Measured (seeds 1–5, pooled, after the pass that tuned on vn-phones, dk-bricks and uk-experiences, unchanged by
 * the searches on sixty-nine and seventy-two models that followed it; africa-electronics, vn-phones and ke-crafts
 * after the pass that tuned on ke-crafts, the only three whose figures it moved; tw-tea, pk-lawn, vn-phones,
 * id-marketplace, mx-department and cz-pc-parts after the pass that tuned on tw-tea and pk-lawn; cl-wine and
 * ro-cosmetics after the pass that tuned on them, the only two whose figures it moved; fi-sauna, rs-electronics,
 * cz-pc-parts, eu-furniture and fr-electronics after the pass that tuned on fi-sauna and rs-electronics;
 * hr-olive, tn-dates and ca-maple after the pass that tuned on them, the only three whose figures it moved; fraud
 * value, good held or blocked, good blocked): demo-store 95.1 %, 0.47 %, 0.00 %; eu-store 97.4 %, 1.69 %, 0.26 %;
 * nordic-home 97.3 %, 2.00 %, 0.20 %; us-outdoor 79.8 %, 1.49 %, 0.05 %; au-electronics 87.3 %, 0.38 %, 0.11 %;
 * uk-fashion 74.2 %, 1.09 %, 0.19 %; latam-tickets 74.2 %, 3.18 %, 0.59 %; dach-apotheke 76.2 %, 0.01 %, 0.00 %;
 * na-luxury 75.7 %, 0.81 %, 0.08 %; apac-marketplace 81.1 %, 0.20 %, 0.01 %; mena-electronics 79.0 %, 1.49 %,
 * 0.27 %; digital-keys 73.7 %, 1.73 %, 0.03 %; india-fashion 66.0 %, 0.56 %, 0.03 %; us-b2b-supplies 81.5 %,
 * 1.75 %, 0.17 %; africa-electronics 63.0 %, 2.33 %, 0.29 %; us-home-pickup 49.8 %, 2.90 %, 0.40 %;
 * br-electronics 38.5 %, 0.77 %, 0.07 %; ca-grocery 29.8 %, 0.20 %, 0.04 %; jp-hobby 84.8 %, 1.07 %, 0.29 %;
 * eu-furniture 78.2 %, 0.83 %, 0.06 %; fr-wine 88.4 %, 2.42 %, 0.57 %; kr-beauty 66.4 %, 0.30 %, 0.03 %; de-bikes
 * 83.2 %, 0.69 %, 0.17 %; us-sneakers 39.3 %, 0.84 %, 0.16 %; nl-flowers 79.3 %, 1.45 %, 0.18 %; us-petrx 70.2 %,
 * 0.37 %, 0.16 %; mx-department 53.6 %, 1.11 %, 0.19 %; uk-autoparts 88.8 %, 1.90 %, 0.29 %; es-travel 57.3 %,
 * 4.91 %, 1.08 %; au-supplements 75.2 %, 0.52 %, 0.28 %; us-saas 74.2 %, 3.07 %, 0.76 %; id-marketplace 87.1 %,
 * 0.24 %, 0.01 %; cz-pc-parts 67.4 %, 2.20 %, 0.54 %; uk-bullion 46.1 %, 3.50 %, 0.69 %; it-fashion 44.4 %,
 * 3.62 %, 1.15 %; us-toys 61.4 %, 2.29 %, 0.48 %; fr-electronics 46.0 %, 1.04 %, 0.25 %; pl-fashion 62.7 %,
 * 1.27 %, 0.14 %; pt-perfume 87.5 %, 2.30 %, 0.71 %; at-ski 83.8 %, 0.90 %, 0.28 %; se-pharmacy 73.5 %, 0.66 %,
 * 0.09 %; ie-gaming 68.8 %, 1.07 %, 0.15 %; us-jewelry 47.6 %, 2.20 %, 0.46 %; ca-electronics 57.3 %, 1.85 %,
 * 0.35 %; uk-phones 56.2 %, 1.59 %, 0.14 %; us-furniture 47.8 %, 1.91 %, 0.41 %; ch-watches 62.3 %, 2.29 %,
 * 0.60 %; sg-electronics 82.4 %, 1.57 %, 0.29 %; us-camera 62.1 %, 1.13 %, 0.11 %; au-fashion 66.6 %, 0.45 %,
 * 0.08 %; de-tools 82.6 %, 1.03 %, 0.13 %; it-coffee 75.7 %, 1.73 %, 0.40 %; ph-topups 58.5 %, 1.39 %, 0.03 %;
 * us-golf 58.4 %, 0.91 %, 0.11 %; be-chocolate 91.4 %, 0.73 %, 0.21 %; tr-rugs 70.3 %, 1.23 %, 0.25 %; sa-oud
 * 80.5 %, 0.47 %, 0.12 %; kz-electronics 65.7 %, 1.53 %, 0.34 %; ar-yerba 85.8 %, 1.51 %, 0.25 %; nz-outdoor
 * 88.5 %, 0.86 %, 0.10 %; vn-phones 69.8 %, 0.77 %, 0.08 %; dk-bricks 78.3 %, 0.25 %, 0.08 %; uk-experiences
 * 67.1 %, 1.22 %, 0.14 %; ng-fashion 67.8 %, 0.89 %, 0.18 %; gr-deli 69.1 %, 0.67 %, 0.06 %; pe-alpaca 77.7 %,
 * 1.33 %, 0.37 %; jp-knives 71.0 %, 0.56 %, 0.04 %; es-football 57.9 %, 0.20 %, 0.05 %; il-deadsea 85.4 %,
 * 1.45 %, 0.26 %; th-silk 82.2 %, 0.46 %, 0.14 %; eg-cotton 69.0 %, 0.82 %, 0.24 %; us-vinyl 67.8 %, 0.70 %,
 * 0.22 %; ke-crafts 91.8 %, 1.94 %, 0.29 %; tw-tea 74.1 %, 2.74 %, 0.81 %; pk-lawn 53.1 %, 0.11 %, 0.02 %;
 * cl-wine 64.6 %, 0.61 %, 0.18 %; ro-cosmetics 81.8 %, 1.64 %, 0.17 %; fi-sauna 77.5 %, 1.03 %, 0.33 %;
 * rs-electronics 38.2 %, 0.28 %, 0.10 %; hr-olive 60.5 %, 6.14 %, 1.44 %; tn-dates 56.2 %, 0.46 %, 0.04 %;
 * ca-maple 39.3 %, 1.14 %, 0.18 %. All eighty-two run over seeds 1–5 (about 27 minutes with `npm run eval` on the
 * shared development machine); under jest on a shared, busy machine longer.
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
    goodHeld: 0.017,
    goodBlocked: 0.0027,
  },
  'nordic-home': {
    model: nordicHomeModel,
    goal: true,
    budget: true,
    fraudValue: 0.972,
    goodHeld: 0.02,
    goodBlocked: 0.002,
  },
  'us-outdoor': {
    model: usOutdoorModel,
    goal: false,
    budget: true,
    fraudValue: 0.797,
    goodHeld: 0.0149,
    goodBlocked: 0.0006,
  },
  'au-electronics': {
    model: auElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.872,
    goodHeld: 0.0039,
    goodBlocked: 0.0011,
  },
  'uk-fashion': {
    model: ukFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.741,
    goodHeld: 0.011,
    goodBlocked: 0.002,
  },
  'latam-tickets': {
    model: latamTicketsModel,
    goal: false,
    budget: false,
    fraudValue: 0.742,
    goodHeld: 0.0319,
    goodBlocked: 0.0059,
  },
  'dach-apotheke': {
    model: dachApothekeModel,
    goal: false,
    budget: true,
    fraudValue: 0.761,
    goodHeld: 0.0002,
    goodBlocked: 0.0,
  },
  'na-luxury': {
    model: naLuxuryModel,
    goal: false,
    budget: true,
    fraudValue: 0.756,
    goodHeld: 0.0081,
    goodBlocked: 0.0009,
  },
  'apac-marketplace': {
    model: apacMarketplaceModel,
    goal: false,
    budget: true,
    fraudValue: 0.811,
    goodHeld: 0.0021,
    goodBlocked: 0.0002,
  },
  'mena-electronics': {
    model: menaElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.789,
    goodHeld: 0.015,
    goodBlocked: 0.0027,
  },
  'digital-keys': {
    model: digitalKeysModel,
    goal: false,
    budget: true,
    fraudValue: 0.736,
    goodHeld: 0.0174,
    goodBlocked: 0.0004,
  },
  'india-fashion': {
    model: indiaFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.659,
    goodHeld: 0.0056,
    goodBlocked: 0.0004,
  },
  'us-b2b-supplies': {
    model: usB2bSuppliesModel,
    goal: false,
    budget: true,
    fraudValue: 0.815,
    goodHeld: 0.0176,
    goodBlocked: 0.0018,
  },
  'africa-electronics': {
    model: africaElectronicsModel,
    goal: false,
    budget: false,
    fraudValue: 0.629,
    goodHeld: 0.0234,
    goodBlocked: 0.003,
  },
  'us-home-pickup': {
    model: usHomePickupModel,
    goal: false,
    budget: false,
    fraudValue: 0.498,
    goodHeld: 0.029,
    goodBlocked: 0.004,
  },
  'br-electronics': {
    model: brElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.384,
    goodHeld: 0.0077,
    goodBlocked: 0.0008,
  },
  'ca-grocery': {
    model: caGroceryModel,
    goal: false,
    budget: true,
    fraudValue: 0.297,
    goodHeld: 0.002,
    goodBlocked: 0.0005,
  },
  'jp-hobby': {
    model: jpHobbyModel,
    goal: false,
    budget: true,
    fraudValue: 0.847,
    goodHeld: 0.0107,
    goodBlocked: 0.003,
  },
  'eu-furniture': {
    model: euFurnitureModel,
    goal: false,
    budget: true,
    fraudValue: 0.782,
    goodHeld: 0.0083,
    goodBlocked: 0.0007,
  },
  'fr-wine': {
    model: frWineModel,
    goal: false,
    budget: false,
    fraudValue: 0.884,
    goodHeld: 0.0242,
    goodBlocked: 0.0057,
  },
  'kr-beauty': {
    model: krBeautyModel,
    goal: false,
    budget: true,
    fraudValue: 0.664,
    goodHeld: 0.0031,
    goodBlocked: 0.0004,
  },
  'de-bikes': {
    model: deBikesModel,
    goal: false,
    budget: true,
    fraudValue: 0.831,
    goodHeld: 0.007,
    goodBlocked: 0.0018,
  },
  'us-sneakers': {
    model: usSneakersModel,
    goal: false,
    budget: true,
    fraudValue: 0.393,
    goodHeld: 0.0084,
    goodBlocked: 0.0017,
  },
  'nl-flowers': {
    model: nlFlowersModel,
    goal: false,
    budget: true,
    fraudValue: 0.793,
    goodHeld: 0.0146,
    goodBlocked: 0.0019,
  },
  'us-petrx': {
    model: usPetrxModel,
    goal: false,
    budget: true,
    fraudValue: 0.702,
    goodHeld: 0.0038,
    goodBlocked: 0.0017,
  },
  'mx-department': {
    model: mxDepartmentModel,
    goal: false,
    budget: true,
    fraudValue: 0.536,
    goodHeld: 0.0111,
    goodBlocked: 0.002,
  },
  'uk-autoparts': {
    model: ukAutopartsModel,
    goal: false,
    budget: true,
    fraudValue: 0.887,
    goodHeld: 0.019,
    goodBlocked: 0.003,
  },
  'es-travel': {
    model: esTravelModel,
    goal: false,
    budget: false,
    fraudValue: 0.572,
    goodHeld: 0.0491,
    goodBlocked: 0.0108,
  },
  'au-supplements': {
    model: auSupplementsModel,
    goal: false,
    budget: true,
    fraudValue: 0.752,
    goodHeld: 0.0052,
    goodBlocked: 0.0028,
  },
  'us-saas': {
    model: usSaasModel,
    goal: false,
    budget: false,
    fraudValue: 0.742,
    goodHeld: 0.0308,
    goodBlocked: 0.0077,
  },
  'id-marketplace': {
    model: idMarketplaceModel,
    goal: false,
    budget: true,
    fraudValue: 0.87,
    goodHeld: 0.0024,
    goodBlocked: 0.0002,
  },
  'cz-pc-parts': {
    model: czPcPartsModel,
    goal: false,
    budget: false,
    fraudValue: 0.674,
    goodHeld: 0.022,
    goodBlocked: 0.0054,
  },
  'uk-bullion': {
    model: ukBullionModel,
    goal: false,
    budget: false,
    fraudValue: 0.461,
    goodHeld: 0.035,
    goodBlocked: 0.007,
  },
  'it-fashion': {
    model: itFashionModel,
    goal: false,
    budget: false,
    fraudValue: 0.444,
    goodHeld: 0.0362,
    goodBlocked: 0.0116,
  },
  'us-toys': {
    model: usToysModel,
    goal: false,
    budget: false,
    fraudValue: 0.614,
    goodHeld: 0.0229,
    goodBlocked: 0.0048,
  },
  'fr-electronics': {
    model: frElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.459,
    goodHeld: 0.0104,
    goodBlocked: 0.0025,
  },
  'pl-fashion': {
    model: plFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.627,
    goodHeld: 0.0127,
    goodBlocked: 0.0014,
  },
  'pt-perfume': {
    model: ptPerfumeModel,
    goal: false,
    budget: false,
    fraudValue: 0.875,
    goodHeld: 0.0231,
    goodBlocked: 0.0071,
  },
  'at-ski': {
    model: atSkiModel,
    goal: false,
    budget: true,
    fraudValue: 0.838,
    goodHeld: 0.009,
    goodBlocked: 0.0028,
  },
  'se-pharmacy': {
    model: sePharmacyModel,
    goal: false,
    budget: true,
    fraudValue: 0.734,
    goodHeld: 0.0066,
    goodBlocked: 0.0009,
  },
  'ie-gaming': {
    model: ieGamingModel,
    goal: false,
    budget: true,
    fraudValue: 0.687,
    goodHeld: 0.0108,
    goodBlocked: 0.0016,
  },
  'us-jewelry': {
    model: usJewelryModel,
    goal: false,
    budget: false,
    fraudValue: 0.476,
    goodHeld: 0.0221,
    goodBlocked: 0.0047,
  },
  'ca-electronics': {
    model: caElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.573,
    goodHeld: 0.0185,
    goodBlocked: 0.0036,
  },
  'uk-phones': {
    model: ukPhonesModel,
    goal: false,
    budget: true,
    fraudValue: 0.562,
    goodHeld: 0.016,
    goodBlocked: 0.0014,
  },
  'us-furniture': {
    model: usFurnitureModel,
    goal: false,
    budget: true,
    fraudValue: 0.477,
    goodHeld: 0.0192,
    goodBlocked: 0.0042,
  },
  'ch-watches': {
    model: chWatchesModel,
    goal: false,
    budget: false,
    fraudValue: 0.622,
    goodHeld: 0.023,
    goodBlocked: 0.0061,
  },
  'sg-electronics': {
    model: sgElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.824,
    goodHeld: 0.0158,
    goodBlocked: 0.003,
  },
  'us-camera': {
    model: usCameraModel,
    goal: false,
    budget: true,
    fraudValue: 0.621,
    goodHeld: 0.0114,
    goodBlocked: 0.0011,
  },
  'au-fashion': {
    model: auFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.665,
    goodHeld: 0.0046,
    goodBlocked: 0.0008,
  },
  'de-tools': {
    model: deToolsModel,
    goal: false,
    budget: true,
    fraudValue: 0.825,
    goodHeld: 0.0103,
    goodBlocked: 0.0014,
  },
  'it-coffee': {
    model: itCoffeeModel,
    goal: false,
    budget: true,
    fraudValue: 0.757,
    goodHeld: 0.0173,
    goodBlocked: 0.004,
  },
  'ph-topups': {
    model: phTopupsModel,
    goal: false,
    budget: true,
    fraudValue: 0.584,
    goodHeld: 0.014,
    goodBlocked: 0.0004,
  },
  'us-golf': {
    model: usGolfModel,
    goal: false,
    budget: true,
    fraudValue: 0.583,
    goodHeld: 0.0091,
    goodBlocked: 0.0011,
  },
  'be-chocolate': {
    model: beChocolateModel,
    goal: true,
    budget: true,
    fraudValue: 0.914,
    goodHeld: 0.0073,
    goodBlocked: 0.0022,
  },
  'tr-rugs': {
    model: trRugsModel,
    goal: false,
    budget: true,
    fraudValue: 0.703,
    goodHeld: 0.0124,
    goodBlocked: 0.0025,
  },
  'sa-oud': {
    model: saOudModel,
    goal: false,
    budget: true,
    fraudValue: 0.805,
    goodHeld: 0.0048,
    goodBlocked: 0.0012,
  },
  'kz-electronics': {
    model: kzElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.657,
    goodHeld: 0.0154,
    goodBlocked: 0.0035,
  },
  'ar-yerba': {
    model: arYerbaModel,
    goal: false,
    budget: true,
    fraudValue: 0.857,
    goodHeld: 0.0151,
    goodBlocked: 0.0025,
  },
  'nz-outdoor': {
    model: nzOutdoorModel,
    goal: false,
    budget: true,
    fraudValue: 0.884,
    goodHeld: 0.0086,
    goodBlocked: 0.001,
  },
  'vn-phones': {
    model: vnPhonesModel,
    goal: false,
    budget: true,
    fraudValue: 0.698,
    goodHeld: 0.0077,
    goodBlocked: 0.0008,
  },
  'dk-bricks': {
    model: dkBricksModel,
    goal: false,
    budget: true,
    fraudValue: 0.782,
    goodHeld: 0.0025,
    goodBlocked: 0.0008,
  },
  'uk-experiences': {
    model: ukExperiencesModel,
    goal: false,
    budget: true,
    fraudValue: 0.671,
    goodHeld: 0.0123,
    goodBlocked: 0.0014,
  },
  'ng-fashion': {
    model: ngFashionModel,
    goal: false,
    budget: true,
    fraudValue: 0.677,
    goodHeld: 0.0089,
    goodBlocked: 0.0019,
  },
  'gr-deli': {
    model: grDeliModel,
    goal: false,
    budget: true,
    fraudValue: 0.691,
    goodHeld: 0.0068,
    goodBlocked: 0.0007,
  },
  'pe-alpaca': {
    model: peAlpacaModel,
    goal: false,
    budget: true,
    fraudValue: 0.777,
    goodHeld: 0.0134,
    goodBlocked: 0.0037,
  },
  'jp-knives': {
    model: jpKnivesModel,
    goal: false,
    budget: true,
    fraudValue: 0.709,
    goodHeld: 0.0056,
    goodBlocked: 0.0005,
  },
  'es-football': {
    model: esFootballModel,
    goal: false,
    budget: true,
    fraudValue: 0.579,
    goodHeld: 0.0021,
    goodBlocked: 0.0006,
  },
  'il-deadsea': {
    model: ilDeadseaModel,
    goal: false,
    budget: true,
    fraudValue: 0.854,
    goodHeld: 0.0145,
    goodBlocked: 0.0026,
  },
  'th-silk': {
    model: thSilkModel,
    goal: false,
    budget: true,
    fraudValue: 0.822,
    goodHeld: 0.0047,
    goodBlocked: 0.0015,
  },
  'eg-cotton': {
    model: egCottonModel,
    goal: false,
    budget: true,
    fraudValue: 0.689,
    goodHeld: 0.0083,
    goodBlocked: 0.0024,
  },
  'us-vinyl': {
    model: usVinylModel,
    goal: false,
    budget: true,
    fraudValue: 0.677,
    goodHeld: 0.0071,
    goodBlocked: 0.0022,
  },
  'ke-crafts': {
    model: keCraftsModel,
    goal: true,
    budget: true,
    fraudValue: 0.917,
    goodHeld: 0.0194,
    goodBlocked: 0.003,
  },
  'tw-tea': {
    model: twTeaModel,
    goal: false,
    budget: false,
    fraudValue: 0.741,
    goodHeld: 0.0274,
    goodBlocked: 0.0082,
  },
  'pk-lawn': {
    model: pkLawnModel,
    goal: false,
    budget: true,
    fraudValue: 0.531,
    goodHeld: 0.0011,
    goodBlocked: 0.0003,
  },
  'cl-wine': {
    model: clWineModel,
    goal: false,
    budget: true,
    fraudValue: 0.645,
    goodHeld: 0.0061,
    goodBlocked: 0.0018,
  },
  'ro-cosmetics': {
    model: roCosmeticsModel,
    goal: false,
    budget: true,
    fraudValue: 0.818,
    goodHeld: 0.0164,
    goodBlocked: 0.0017,
  },
  'fi-sauna': {
    model: fiSaunaModel,
    goal: false,
    budget: true,
    fraudValue: 0.774,
    goodHeld: 0.0104,
    goodBlocked: 0.0034,
  },
  'rs-electronics': {
    model: rsElectronicsModel,
    goal: false,
    budget: true,
    fraudValue: 0.382,
    goodHeld: 0.0029,
    goodBlocked: 0.001,
  },
  'hr-olive': {
    model: hrOliveModel,
    goal: false,
    budget: false,
    fraudValue: 0.605,
    goodHeld: 0.0614,
    goodBlocked: 0.0144,
  },
  'tn-dates': {
    model: tnDatesModel,
    goal: false,
    budget: true,
    fraudValue: 0.562,
    goodHeld: 0.0047,
    goodBlocked: 0.0005,
  },
  'ca-maple': {
    model: caMapleModel,
    goal: false,
    budget: true,
    fraudValue: 0.392,
    goodHeld: 0.0115,
    goodBlocked: 0.0019,
  },
} as const;

/** Margins: a point of fraud value, a few good orders in streams of about 7,000–9,420 good ones. */
const MARGIN = { fraudValue: 0.01, goodHeld: 0.002, goodBlocked: 0.001 } as const;

describe('default rules on the tuning models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    const promise = m.goal ? 'meets the goal' : m.budget ? 'stays inside the budget' : 'gets no worse';
    it(`${name}: ${promise} and stays where it was tuned (seeds 1–5, pooled)`, async () => {
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
