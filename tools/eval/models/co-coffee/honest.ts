import { type Rng } from '../kit/random.js';
import { diaspora, holidayPreorder, touristReorder, travellerOrNomad } from './honest-abroad.js';
import { officeGifts, wholesaleCafe } from './honest-business.js';
import { amorAmistadGift, firstOrder, gearUpgrade, homeRegular, subscriptionRenewal } from './honest-home.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The honest kinds and their weights (shares of honest orders); README.md describes each. */
export const HONEST = {
  home_regular: 22,
  amor_amistad_gift: 15,
  subscription_renewal: 12,
  first_order: 11,
  gear_upgrade: 7,
  office_gifts: 4,
  wholesale_cafe: 5,
  tourist_reorder: 8,
  diaspora: 7,
  holiday_preorder: 5,
  traveller_or_nomad: 4,
} as const;
export type HonestKind = keyof typeof HONEST;

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  home_regular: homeRegular,
  amor_amistad_gift: amorAmistadGift,
  subscription_renewal: subscriptionRenewal,
  first_order: firstOrder,
  gear_upgrade: gearUpgrade,
  office_gifts: officeGifts,
  wholesale_cafe: wholesaleCafe,
  tourist_reorder: touristReorder,
  diaspora,
  holiday_preorder: holidayPreorder,
  traveller_or_nomad: travellerOrNomad,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
