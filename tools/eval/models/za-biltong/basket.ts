import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  CATALOGUE,
  type Category,
  type Currency,
  type Item,
  lineIn,
  shipsTo,
  type Sku,
} from './catalogue.js';

/**
 * Baskets: lines in the checkout's currency, the delivery fee and any discount. Couriers to the door (R99, free
 * from R750), pick-up lockers and points (R65, free from R750), same-day in Cape Town (R120), collection at the
 * shop, road freight to Namibia and Botswana (R295), bulk hamper delivery (R350, or R95 a recipient), and
 * express courier abroad (a base fee for two kilograms, more per kilogram, free above a threshold).
 */

export type Delivery =
  'courier' | 'locker' | 'same_day' | 'collect' | 'road_freight' | 'bulk' | 'international' | 'email';

export type Line = BasketLine<Category>;

export interface Basket {
  lines: Line[];
  currency: Currency;
  shippingFee: number;
  discount: number;
  code?: string;
  amount: number;
}

/** Express courier abroad: base (first 2 kg), each further kilogram, free from; in the currency's cents. */
const EXPRESS: Readonly<Record<Exclude<Currency, 'ZAR'>, readonly [number, number, number]>> = {
  GBP: [2499, 600, 15_000],
  EUR: [2999, 700, 17_500],
  USD: [3499, 800, 20_000],
  CAD: [4499, 1000, 26_000],
  AUD: [4999, 1200, 30_000],
  NZD: [5499, 1300, 33_000],
};

const gramsOf = (lines: readonly Line[]) =>
  lines.reduce(
    (g, l) => g + (Object.values(CATALOGUE).find((x) => x.sku === l.sku)?.grams ?? 0) * l.quantity,
    0,
  );

export function deliveryFee(
  delivery: Delivery,
  currency: Currency,
  lines: readonly Line[],
  recipients = 0,
): number {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  switch (delivery) {
    case 'courier':
      return subtotal >= 75_000 ? 0 : 9_900;
    case 'locker':
      return subtotal >= 75_000 ? 0 : 6_500;
    case 'same_day':
      return 12_000;
    case 'road_freight':
      return 29_500;
    case 'bulk':
      return recipients > 0 ? 9_500 * recipients : 35_000;
    case 'international': {
      if (currency === 'ZAR') return 0;
      const [base, perKilo, free] = EXPRESS[currency];
      if (subtotal >= free) return 0;
      return base + perKilo * Math.max(0, Math.ceil(gramsOf(lines) / 1000) - 2);
    }
    default:
      return 0;
  }
}

/** The basket: lines, fee, a discount `rate` off everything but gift cards (rounded to the cent), the total. */
export function basketOf(
  lines: Line[],
  currency: Currency,
  delivery: Delivery,
  opts: { code?: string | undefined; rate?: number; recipients?: number } = {},
): Basket {
  const eligible = lines
    .filter((l) => l.category !== 'gift_card')
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = opts.rate ? Math.round(eligible * opts.rate) : 0;
  const shippingFee = deliveryFee(delivery, currency, lines, opts.recipients);
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  return {
    lines,
    currency,
    shippingFee,
    discount,
    ...(opts.code && discount > 0 ? { code: opts.code } : {}),
    amount: items - discount + shippingFee,
  };
}

type Weights = ReadonlyArray<readonly [Sku, number]>;

/** `count` distinct items from `weights` that may go to `country`, each 1–`most` units (mostly one). */
function pickLines(
  rng: Rng,
  weights: Weights,
  count: number,
  country: string,
  currency: Currency,
  most = 3,
): Line[] {
  const allowed = weights.filter(([sku]) => shipsTo(CATALOGUE[sku], country));
  const out: Line[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < count * 3 && out.length < count; i++) {
    const x: Item = CATALOGUE[rng.weightedPick(allowed)];
    if (taken.has(x.sku)) continue;
    taken.add(x.sku);
    const quantity = rng.chance(0.75) ? 1 : rng.int(2, Math.max(2, most));
    out.push(lineIn(x, currency, quantity));
  }
  return out;
}

/** What a braai-loving household buys: biltong by the kilo, droëwors, chilli bites, a few pantry things. */
const BRAAI: Weights = [
  ['biltongKilo', 10],
  ['biltong500', 10],
  ['biltongWet', 6],
  ['biltong250', 4],
  ['slab', 3],
  ['chilliBiltong', 5],
  ['kudu', 3],
  ['sticks', 4],
  ['wors250', 5],
  ['wors500', 7],
  ['worsKilo', 4],
  ['chilliBites', 6],
  ['chips', 2],
  ['ouma', 2],
  ['rusks', 2],
  ['chutney', 2],
  ['worsSpice', 2],
  ['braaiSalt', 2],
  ['biltongSpice', 2],
  ['braaiPack', 3],
  ['festivePack', 1],
];

export const braaiLines = (rng: Rng, country: string, currency: Currency, count?: number): Line[] =>
  pickLines(
    rng,
    BRAAI,
    count ??
      rng.weightedPick([
        [1, 3],
        [2, 4],
        [3, 3],
        [4, 2],
        [5, 1],
      ]),
    country,
    currency,
  );

/** Gift boxes and braai packs, with an add-on or two. */
const GIFTS: Weights = [
  ['loverBox', 8],
  ['braaiMaster', 6],
  ['amarulaBox', 5],
  ['homeBox', 4],
  ['oumaBox', 4],
  ['braaiPack', 5],
  ['festivePack', 3],
  ['amarula', 3],
  ['sweetBox', 2],
  ['biltong500', 3],
  ['wors500', 2],
  ['rooibosLoose', 1],
];

export const giftLines = (rng: Rng, country: string, currency: Currency): Line[] =>
  pickLines(
    rng,
    GIFTS,
    rng.weightedPick([
      [1, 5],
      [2, 3],
      [3, 1],
    ]),
    country,
    currency,
    2,
  );

/** The pantry an expat misses: rusks, chutney, rooibos, spices, sweets, a pantry box; stocked up by the half-dozen. */
const PANTRY: Weights = [
  ['ouma', 8],
  ['rusks', 6],
  ['muesli', 4],
  ['chutney', 8],
  ['peach', 4],
  ['chakalaka', 4],
  ['monkeyGland', 3],
  ['rooibos', 6],
  ['rooibosLoose', 3],
  ['worsSpice', 4],
  ['braaiSalt', 4],
  ['biltongSpice', 4],
  ['periPeri', 2],
  ['crisp', 5],
  ['toffees', 3],
  ['chappies', 2],
  ['nikNaks', 2],
  ['sweetBox', 2],
  ['homeBox', 3],
  ['oumaBox', 2],
];

export const pantryLines = (rng: Rng, country: string, currency: Currency): Line[] =>
  pickLines(rng, PANTRY, rng.int(2, 7), country, currency, 6);

/** Biltong by the box: several kilos and droëwors for a hunting trip, a wedding, a rugby club, a game farm. */
export function bulkLines(rng: Rng, currency: Currency): Line[] {
  const out = [
    lineIn(rng.pick([CATALOGUE.biltongKilo, CATALOGUE.biltongWet, CATALOGUE.slab]), currency, rng.int(3, 10)),
  ];
  if (rng.chance(0.7)) out.push(lineIn(CATALOGUE.worsKilo, currency, rng.int(1, 5)));
  if (rng.chance(0.4)) out.push(lineIn(CATALOGUE.sticks, currency, rng.int(1, 4)));
  if (rng.chance(0.3)) out.push(lineIn(CATALOGUE.chilliBites, currency, rng.int(2, 6)));
  return out;
}

/** `count` corporate hampers of one or two kinds. */
export function hamperLines(rng: Rng, count: number, meat = true): Line[] {
  const kinds = meat
    ? [CATALOGUE.hamperClassic, CATALOGUE.hamperExec, CATALOGUE.hamperPremium, CATALOGUE.hamperPantry]
    : [CATALOGUE.hamperPantry];
  const first = rng.pick(kinds);
  const second = rng.pick(kinds);
  if (second === first || count < 6 || rng.chance(0.5)) return [lineIn(first, 'ZAR', count)];
  const split = rng.int(2, count - 2);
  return [lineIn(first, 'ZAR', count - split), lineIn(second, 'ZAR', split)];
}

/** Goods that resell: kilos of biltong, droëwors, Amarula boxes, gift boxes, e-gift cards. */
const RESALE: Weights = [
  ['biltongKilo', 10],
  ['biltongWet', 5],
  ['sticks', 4],
  ['worsKilo', 5],
  ['amarula', 5],
  ['amarulaBox', 4],
  ['braaiMaster', 3],
  ['hamperExec', 2],
  ['card1000', 3],
];

export const resaleLines = (rng: Rng, count: number): Line[] => pickLines(rng, RESALE, count, 'ZA', 'ZAR', 4);

/** E-gift cards, e-mailed: `count` of them. */
export function cardLines(rng: Rng, count: number): Line[] {
  const x = rng.pick([CATALOGUE.card250, CATALOGUE.card500, CATALOGUE.card1000]);
  return [lineIn(x, 'ZAR', count)];
}
