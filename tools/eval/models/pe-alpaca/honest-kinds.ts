import { type Rng } from '../kit/random.js';
import {
  boutiqueWholesale,
  giftAbroad,
  holidayGifter,
  knitterYarn,
  luxuryClient,
  returningAbroad,
  touristInPeru,
  touristReorder,
} from './honest-abroad.js';
import { corporateGifts, cyberWowShopper, domesticShopper } from './honest.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The honest kinds and their weights (README.md has the table). */
export const HONEST = {
  domestic_shopper: 22,
  cyber_wow_shopper: 9,
  returning_abroad: 18,
  tourist_reorder: 11,
  tourist_in_peru: 5,
  holiday_gifter: 13,
  gift_abroad: 7,
  boutique_wholesale: 2.5,
  corporate_gifts: 2,
  knitter_yarn: 6,
  luxury_client: 4.5,
} as const;

export type HonestKind = keyof typeof HONEST;

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  domestic_shopper: domesticShopper,
  cyber_wow_shopper: cyberWowShopper,
  returning_abroad: returningAbroad,
  tourist_reorder: touristReorder,
  tourist_in_peru: touristInPeru,
  holiday_gifter: holidayGifter,
  gift_abroad: giftAbroad,
  boutique_wholesale: boutiqueWholesale,
  corporate_gifts: corporateGifts,
  knitter_yarn: knitterYarn,
  luxury_client: luxuryClient,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
