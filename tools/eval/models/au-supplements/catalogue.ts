import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** The catalogue (prices in Australian cents, GST included), discount codes, loyalty points and shipping. */

export type Category =
  'protein' | 'pre_workout' | 'creatine' | 'vitamins' | 'weight_loss' | 'accessories' | 'bundle' | 'sample';

const p = (sku: string, name: string, category: Category, price: number) =>
  product(sku, name, category, price);

export const PRODUCTS = {
  wpi1: p('PF-WPI-1KG', 'Isolate WPI 1 kg', 'protein', 6995),
  wpi5: p('PF-WPI-227', 'Isolate WPI 2.27 kg', 'protein', 12995),
  whey2: p('PF-WHEY-2KG', 'Whey Blend 2 kg', 'protein', 8995),
  vegan: p('PF-VEG-1KG', 'Plant Protein 1 kg', 'protein', 6495),
  gainer: p('PF-MASS-3KG', 'Mass Gainer 3 kg', 'protein', 7995),
  bars: p('PF-BAR-12', 'Protein Bars x12', 'protein', 3995),
  pre: p('PF-PRE-40', 'Pre-Workout 40 serves', 'pre_workout', 5995),
  preHigh: p('PF-PRE-HS', 'Pre-Workout High Stim 30 serves', 'pre_workout', 6495),
  creatine500: p('PF-CRE-500', 'Creatine Monohydrate 500 g', 'creatine', 4495),
  creatine1k: p('PF-CRE-1KG', 'Creatine Monohydrate 1 kg', 'creatine', 7995),
  multi: p('PF-VIT-MULTI', 'Multivitamin 60 tabs', 'vitamins', 2995),
  fishOil: p('PF-VIT-FISH', 'Fish Oil 200 caps', 'vitamins', 2495),
  magnesium: p('PF-VIT-MAG', 'Magnesium Glycinate 120 caps', 'vitamins', 2795),
  vitD: p('PF-VIT-D3', 'Vitamin D3 1000 IU', 'vitamins', 1495),
  greens: p('PF-GREENS', 'Daily Greens 30 serves', 'vitamins', 5495),
  burner: p('PF-WL-THERMO', 'Thermo Fat Burner 60 caps', 'weight_loss', 5995),
  meal: p('PF-WL-MEAL', 'Meal Replacement Shake 1.1 kg', 'weight_loss', 5495),
  carnitine: p('PF-WL-LCAR', 'L-Carnitine 500 ml', 'weight_loss', 3495),
  shaker: p('PF-ACC-SHAKER', 'Shaker 700 ml', 'accessories', 1295),
  belt: p('PF-ACC-BELT', 'Lifting Belt', 'accessories', 6995),
  starter: p('PF-BDL-NEWYOU', 'New You Starter Bundle', 'bundle', 13995),
  shred: p('PF-BDL-SHRED', 'Shred Stack', 'bundle', 16995),
  gains: p('PF-BDL-GAINS', 'Gains Stack', 'bundle', 19995),
  sample: p('PF-SMP-TRIAL', 'Trial Pack (5 sachets, postage paid)', 'sample', 495),
} satisfies Record<string, Product<Category>>;

export type Line = BasketLine<Category>;
export const line = lineOf<Category>;

const EVERYDAY: ReadonlyArray<readonly [Product<Category>, number]> = [
  [PRODUCTS.wpi1, 14],
  [PRODUCTS.wpi5, 10],
  [PRODUCTS.whey2, 9],
  [PRODUCTS.vegan, 4],
  [PRODUCTS.gainer, 2],
  [PRODUCTS.bars, 6],
  [PRODUCTS.pre, 7],
  [PRODUCTS.preHigh, 3],
  [PRODUCTS.creatine500, 9],
  [PRODUCTS.creatine1k, 3],
  [PRODUCTS.multi, 5],
  [PRODUCTS.fishOil, 4],
  [PRODUCTS.magnesium, 5],
  [PRODUCTS.vitD, 3],
  [PRODUCTS.greens, 3],
  [PRODUCTS.burner, 5],
  [PRODUCTS.meal, 5],
  [PRODUCTS.carnitine, 2],
  [PRODUCTS.shaker, 3],
  [PRODUCTS.starter, 4],
  [PRODUCTS.shred, 2],
  [PRODUCTS.gains, 1],
];

/** What people put in a basket: one to four products, now and then two of the same tub. */
export function everydayLines(
  rng: Rng,
  count: number = rng.weightedPick([
    [1, 35],
    [2, 35],
    [3, 20],
    [4, 10],
  ] as const),
): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < count; i++) {
    const pr = rng.weightedPick(EVERYDAY);
    const found = out.find((l) => l.sku === pr.sku);
    if (found) found.quantity += 1;
    else out.push(line(pr, pr.price > 5000 && rng.chance(0.12) ? 2 : 1));
  }
  return out;
}

/** What the New Year resolution buys: a starter bundle, or protein with a fat burner or meal shakes. */
export function resolutionLines(rng: Rng): Line[] {
  return rng.weightedPick<() => Line[]>([
    [() => [line(PRODUCTS.starter)], 4],
    [() => [line(PRODUCTS.shred)], 2],
    [() => [line(rng.pick([PRODUCTS.wpi1, PRODUCTS.whey2, PRODUCTS.vegan])), line(PRODUCTS.shaker)], 4],
    [() => [line(PRODUCTS.meal), line(PRODUCTS.burner)], 3],
    [
      () => [
        line(rng.pick([PRODUCTS.wpi1, PRODUCTS.meal])),
        line(PRODUCTS.multi),
        line(PRODUCTS.creatine500),
      ],
      2,
    ],
    [() => everydayLines(rng, 2), 3],
  ])();
}

/** A subscription box: a protein, creatine or vitamins, renewed monthly. */
export function subscriptionLines(rng: Rng): Line[] {
  return rng.weightedPick<() => Line[]>([
    [() => [line(rng.pick([PRODUCTS.wpi5, PRODUCTS.whey2, PRODUCTS.wpi1]))], 5],
    [() => [line(PRODUCTS.wpi1), line(PRODUCTS.creatine500)], 3],
    [() => [line(PRODUCTS.multi), line(PRODUCTS.fishOil), line(PRODUCTS.magnesium)], 2],
    [() => [line(PRODUCTS.pre), line(PRODUCTS.creatine500)], 1],
  ])();
}

/** What resells on marketplaces: big tubs, pre-workout and creatine, several of each. */
export function resaleLines(rng: Rng, scale: number): Line[] {
  const lines: Line[] = [line(PRODUCTS.wpi5, Math.max(1, Math.round(rng.int(2, 6) * scale)))];
  if (rng.chance(0.8))
    lines.push(
      line(rng.pick([PRODUCTS.pre, PRODUCTS.preHigh]), Math.max(1, Math.round(rng.int(2, 5) * scale))),
    );
  if (rng.chance(0.6)) lines.push(line(PRODUCTS.creatine1k, Math.max(1, Math.round(rng.int(1, 4) * scale))));
  if (rng.chance(0.3)) lines.push(line(PRODUCTS.burner, Math.max(1, Math.round(rng.int(1, 4) * scale))));
  return lines;
}

export const itemsTotal = (lines: readonly Line[]): number =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);

export type Fulfilment =
  'standard' | 'express' | 'parcel_locker' | 'po_box' | 'click_and_collect' | 'international';

/** Australia Post standard free from $99, express by courier $14.95; New Zealand free from $199; elsewhere $39.95. */
export function shippingFee(
  country: string | undefined,
  f: Fulfilment,
  goods: number,
  sampleOnly: boolean,
): number {
  if (f === 'click_and_collect' || sampleOnly) return 0;
  if (country === 'NZ') return goods >= 19_900 ? 0 : 1995;
  if (country && country !== 'AU') return 3995;
  if (f === 'express') return 1495;
  return goods >= 9_900 ? 0 : 995;
}

/** First-order codes, the subscriber discount, partner trainers' codes, gym trade pricing. */
export const CODES = {
  first: ['NEWYOU20', 'WELCOME15'],
  trainer: ['COACHJESS10', 'LIFTWITHLEO10', 'PTMARCUS10'],
  subscriber: 'SUBSAVE10',
  trade: 'GYMTRADE25',
} as const;

export const percentOf = (code: string): number => {
  const m = /(\d+)$/.exec(code);
  return m ? Number(m[1]) : 0;
};

export interface Basket {
  lines: Line[];
  amount: number;
  currency: 'AUD';
  code?: string;
  /** Loyalty points redeemed (100 points take $5 off). */
  points?: number;
  discount: number;
  shippingFee: number;
}

/** The basket's money: the code's percentage off the goods, points on top, shipping on what is left. */
export function basketOf(
  lines: Line[],
  o: { code?: string; points?: number; country?: string; fulfilment: Fulfilment },
): Basket {
  const goods = itemsTotal(lines);
  const byCode = o.code ? Math.round((goods * percentOf(o.code)) / 100) : 0;
  const byPoints = Math.min(goods - byCode, Math.floor((o.points ?? 0) / 100) * 500);
  const discount = byCode + byPoints;
  const sampleOnly = lines.every((l) => l.category === 'sample');
  const fee = shippingFee(o.country, o.fulfilment, goods - discount, sampleOnly);
  return {
    lines,
    amount: goods - discount + fee,
    currency: 'AUD',
    ...(o.code ? { code: o.code } : {}),
    ...(byPoints > 0 ? { points: Math.floor((o.points ?? 0) / 100) * 100 } : {}),
    discount,
    shippingFee: fee,
  };
}
