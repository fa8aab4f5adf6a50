import { type Basket, type Line } from './purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the store sells, with GBP prices in pence; Irish shoppers pay the EUR price list (about 1.18×,
 * rounded to .99 or .00 as Irish price tags are). Black Friday takes 20–40 % off most lines, not beauty
 * gift sets or the limited trainers.
 */

export type Category =
  | 'tops'
  | 'dresses'
  | 'denim'
  | 'outerwear'
  | 'knitwear'
  | 'trainers'
  | 'limited_trainers'
  | 'boots'
  | 'bags'
  | 'designer_bags'
  | 'beauty'
  | 'fragrance'
  | 'beauty_minis'
  | 'accessories'
  | 'gift_card';

const RANGE: Record<Category, readonly [number, number]> = {
  tops: [1200, 4500],
  dresses: [3500, 14000],
  denim: [4000, 9000],
  outerwear: [8000, 32000],
  knitwear: [3500, 12000],
  trainers: [6500, 15000],
  limited_trainers: [18000, 22000],
  boots: [9000, 24000],
  bags: [3000, 12000],
  designer_bags: [45000, 160000],
  beauty: [900, 4800],
  fragrance: [5500, 14500],
  beauty_minis: [300, 900],
  accessories: [800, 4000],
  gift_card: [2500, 20000],
};

const PREFIX: Record<Category, string> = {
  tops: 'TOP',
  dresses: 'DRS',
  denim: 'DNM',
  outerwear: 'OUT',
  knitwear: 'KNT',
  trainers: 'TRN',
  limited_trainers: 'LTD',
  boots: 'BOT',
  bags: 'BAG',
  designer_bags: 'DSG',
  beauty: 'BTY',
  fragrance: 'FRG',
  beauty_minis: 'MIN',
  accessories: 'ACC',
  gift_card: 'EGC',
};

const NO_DISCOUNT = new Set<Category>(['limited_trainers', 'gift_card', 'fragrance', 'designer_bags']);

function rounded(pence: number): number {
  return Math.max(99, Math.round(pence / 100) * 100 - 1);
}

const CLOTHES = ['XS', 'S', 'M', 'L', 'XL', '6', '8', '10', '12', '14', '16'];
const SHOES = ['UK4', 'UK5', 'UK6', 'UK7', 'UK8', 'UK9', 'UK10', 'UK11'];

function size(rng: Rng, category: Category): string {
  if (['trainers', 'limited_trainers', 'boots'].includes(category)) return `-${rng.pick(SHOES)}`;
  if (['tops', 'dresses', 'denim', 'outerwear', 'knitwear'].includes(category))
    return `-${rng.pick(CLOTHES)}`;
  return '';
}

/** One line of the category, priced in GBP pence; `sale` is the discount (0–1). */
export function line(rng: Rng, category: Category, quantity = 1, sale = 0): Line {
  const [lo, hi] = RANGE[category];
  let price =
    category === 'gift_card'
      ? rng.pick([2500, 5000, 5000, 7500, 10000, 15000, 20000])
      : rounded(rng.float(lo, hi));
  if (sale > 0 && !NO_DISCOUNT.has(category)) price = rounded(price * (1 - sale));
  return {
    sku: `${PREFIX[category]}-${rng.digits(5)}${size(rng, category)}`,
    quantity,
    price,
  };
}

/** An everyday basket: one to five items, clothing first. */
export function everydayLines(rng: Rng, sale = 0): Line[] {
  const count = Math.min(6, 1 + Math.floor(rng.exp(1.1)));
  return Array.from({ length: count }, () =>
    line(
      rng,
      rng.weighted({
        tops: 22,
        dresses: 14,
        denim: 10,
        outerwear: 7,
        knitwear: 10,
        trainers: 8,
        boots: 5,
        bags: 4,
        beauty: 12,
        fragrance: 4,
        accessories: 6,
      }),
      rng.chance(0.08) ? 2 : 1,
      sale,
    ),
  );
}

/** Sums the lines into a basket in the shopper's currency (EUR lines are converted from the GBP list). */
export function basket(lines: Line[], currency: 'GBP' | 'EUR', shippingFee = 0): Basket {
  const priced =
    currency === 'GBP'
      ? lines
      : lines.map((l) => ({
          ...l,
          price: Math.round((l.price * 1.18) / 100) * 100 - (l.price % 100 === 0 ? 0 : 1),
        }));
  const amount = priced.reduce((sum, l) => sum + l.price * l.quantity, 0) + shippingFee;
  return { amount, currency, lines: priced };
}

export function currencyFor(country: string): 'GBP' | 'EUR' {
  return country === 'IE' ? 'EUR' : 'GBP';
}

/** Standard delivery is £3.99 / €4.99, free over £50 / €60 and for click and collect. */
export function deliveryFee(lines: Line[], currency: 'GBP' | 'EUR', collect: boolean): number {
  const goods = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  if (collect || goods >= 5000) return 0;
  return currency === 'GBP' ? 399 : 499;
}
