import { type Rng } from '../kit/random.js';
import { type World } from './checkout.js';
import { decemberReturnee, diasporaGift, diasporaHome } from './honest-abroad.js';
import {
  asoEbiGroup,
  blackFridayHunter,
  corporateGifting,
  instagramVendor,
  newShopper,
  owambeRush,
  payOnDelivery,
  repeatCustomer,
} from './honest-home.js';
import { type Purchase } from './purchase.js';

/** The honest kinds and their shares of honest orders. */
export const HONEST = {
  repeat_customer: 0.24,
  new_shopper: 0.15,
  pay_on_delivery: 0.12,
  black_friday_hunter: 0.09,
  diaspora_gift: 0.09,
  owambe_rush: 0.07,
  aso_ebi_group: 0.06,
  diaspora_home: 0.06,
  december_returnee: 0.05,
  instagram_vendor: 0.04,
  corporate_gifting: 0.03,
} as const;

export type HonestKind = keyof typeof HONEST;

const PLANNERS: Record<HonestKind, (rng: Rng, w: World) => Purchase> = {
  repeat_customer: repeatCustomer,
  new_shopper: newShopper,
  pay_on_delivery: payOnDelivery,
  black_friday_hunter: blackFridayHunter,
  diaspora_gift: diasporaGift,
  owambe_rush: owambeRush,
  aso_ebi_group: asoEbiGroup,
  diaspora_home: diasporaHome,
  december_returnee: decemberReturnee,
  instagram_vendor: instagramVendor,
  corporate_gifting: corporateGifting,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
