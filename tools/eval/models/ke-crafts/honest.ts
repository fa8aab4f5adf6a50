import { type Rng } from '../kit/random.js';
import { type World } from './checkout.js';
import {
  boutiqueReseller,
  diasporaAbroad,
  diasporaGiftHome,
  teaCoffeeRegular,
  touristBackHome,
} from './honest-abroad.js';
import {
  corporateGifts,
  expatNairobi,
  nairobiHousehold,
  traveller,
  upcountryKenya,
  weddingParty,
} from './honest-kenya.js';
import { type Purchase } from './purchase.js';

/**
 * Honest purchases by kind, with the shares a shop like this sees over its Christmas season: a little over
 * half from Kenya (Nairobi above all), the rest from the diaspora, tourists and boutiques abroad.
 */
export const HONEST = {
  nairobi_household: 30,
  upcountry_kenya: 13,
  expat_nairobi: 8,
  corporate_gifts: 4,
  wedding_party: 3,
  traveller: 3,
  diaspora_gift_home: 9,
  diaspora_abroad: 10,
  tourist_back_home: 10,
  boutique_reseller: 3,
  tea_coffee_regular: 7,
} as const;

export type HonestKind = keyof typeof HONEST;

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  nairobi_household: nairobiHousehold,
  upcountry_kenya: upcountryKenya,
  expat_nairobi: expatNairobi,
  corporate_gifts: corporateGifts,
  wedding_party: weddingParty,
  traveller,
  diaspora_gift_home: diasporaGiftHome,
  diaspora_abroad: diasporaAbroad,
  tourist_back_home: touristBackHome,
  boutique_reseller: boutiqueReseller,
  tea_coffee_regular: teaCoffeeRegular,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
