import { type Rng } from '../kit/random.js';
import { type Purchase } from './purchase.js';
import { corporateNewYear, repeatCustomer, thaiShopper, thaiTraveller } from './honest-home.js';
import {
  christmasGiftAbroad,
  expatGiftHome,
  madeToMeasure,
  touristInBangkok,
  touristReorder,
  tradeBolts,
} from './honest-abroad.js';
import { type World } from './shopping.js';

/** The honest kinds: their weights and which planner makes each. */

/** Honest kinds by weight (per 100 honest orders). */
export const HONEST = {
  thai_shopper: 25,
  provincial_cod: 6,
  corporate_new_year: 3,
  tourist_in_bangkok: 10,
  tourist_reorder: 13,
  christmas_gift_abroad: 12,
  expat_gift_home: 6,
  trade_bolts: 5,
  made_to_measure: 6,
  repeat_customer: 11,
  thai_traveller: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

/** One honest purchase of a kind. */
export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'thai_shopper':
    case 'provincial_cod':
      return thaiShopper(rng, w, kind);
    case 'corporate_new_year':
      return corporateNewYear(rng, w);
    case 'tourist_in_bangkok':
      return touristInBangkok(rng, w);
    case 'tourist_reorder':
      return touristReorder(rng, w);
    case 'christmas_gift_abroad':
      return christmasGiftAbroad(rng, w);
    case 'expat_gift_home':
      return expatGiftHome(rng, w);
    case 'trade_bolts':
      return tradeBolts(rng, w);
    case 'made_to_measure':
      return madeToMeasure(rng, w);
    case 'repeat_customer':
      return repeatCustomer(rng, w);
    case 'thai_traveller':
      return thaiTraveller(rng, w);
  }
}
