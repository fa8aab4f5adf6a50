import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  ACCESSORIES,
  BLANKETS,
  CARDIGANS,
  CHILDREN,
  type Delivery,
  type Item,
  KITS,
  type Line,
  line,
  SWEATERS,
} from './catalogue.js';
import { type Currency, pickupNear } from './places.js';

/** Basket lines drawn from the catalogue's groups, how a parcel travels, and gift notes. */

export type Group = 'sweater' | 'cardigan' | 'accessory' | 'blanket' | 'children' | 'kit';
const GROUPS: Readonly<Record<Group, readonly Item[]>> = {
  sweater: SWEATERS,
  cardigan: CARDIGANS,
  accessory: ACCESSORIES,
  blanket: BLANKETS,
  children: CHILDREN,
  kit: KITS,
};

/** `count` lines from the groups by weight; the sweaters people know best come first. */
export function drawLines(
  rng: Rng,
  cur: Currency,
  count: number,
  weights: ReadonlyArray<readonly [Group, number]>,
): Line[] {
  return Array.from({ length: count }, () => {
    const group = GROUPS[rng.weightedPick(weights)];
    const it = rng.chance(0.35) ? (group[0] ?? rng.pick(group)) : rng.pick(group);
    const qty =
      it.category === 'socks' || it.category === 'hat'
        ? rng.weightedPick([
            [1, 8],
            [2, 2],
            [3, 1],
          ])
        : 1;
    return line(rng, it, cur, qty);
  });
}

/** How a parcel to a country goes, and the shipping address it carries. */
export function deliveryTo(
  rng: Rng,
  to: Address,
  nearBergen = false,
): { delivery: Delivery; shipping?: Address } {
  const c = to.country;
  if (c === 'NO') {
    const d = rng.weightedPick<Delivery>([
      ['pickup_point', 50],
      ['parcel_locker', 18],
      ['home', 12],
      ['express', 5],
      ['bryggen_pickup', nearBergen ? 22 : 0],
    ]);
    if (d === 'bryggen_pickup') return { delivery: d };
    if (d === 'pickup_point' || d === 'parcel_locker')
      return { delivery: d, shipping: pickupNear(rng, to, d === 'parcel_locker') };
    return { delivery: d, shipping: to };
  }
  if (c === 'SE' || c === 'DK' || c === 'FI') return { delivery: 'nordic_post', shipping: to };
  if (c === 'US') return { delivery: 'dhl_express', shipping: to };
  return { delivery: rng.chance(0.2) ? 'dhl_express' : 'eu_post', shipping: to };
}

const GIFT_NOTES: Readonly<Record<string, readonly string[]>> = {
  NO: [
    'God jul! Klem fra mormor og morfar',
    'Til lille Ella, god jul fra farmor',
    'Gratulerer med dagen!',
    'God jul fra oss alle',
  ],
  EN: [
    'Merry Christmas from Bergen!',
    'Happy birthday, love Mum',
    'For your first Norwegian winter',
    'Merry Christmas, Grandma & Grandpa',
  ],
  DE: ['Frohe Weihnachten!', 'Alles Liebe zum Geburtstag'],
};

export function giftNote(rng: Rng, country: string): string {
  const lang = country === 'NO' ? 'NO' : country === 'DE' ? 'DE' : 'EN';
  return rng.pick(GIFT_NOTES[lang] ?? []);
}

export const HOUSEHOLD: ReadonlyArray<readonly [Group, number]> = [
  ['sweater', 30],
  ['cardigan', 12],
  ['accessory', 25],
  ['children', 18],
  ['blanket', 10],
  ['kit', 5],
];
