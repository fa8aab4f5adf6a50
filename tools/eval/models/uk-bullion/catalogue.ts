import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { goldMove, silverMove } from './calendar.js';
import { type Currency } from './places.js';

/**
 * What the dealer sells and how it prices it: coins and bars at the day's spot price plus a premium (a smaller
 * one on bigger bars; silver carries 20 % VAT, investment gold none), converted to euros or dollars at the
 * day's rate. Prices are fixed when the order is placed (a price lock), so a basket is priced at its moment.
 */

export type Category = 'gold_coin' | 'gold_bar' | 'silver_coin' | 'silver_bar' | 'gift';

export interface Item {
  sku: string;
  name: string;
  category: Category;
  metal: 'gold' | 'silver';
  /** Fine troy ounces. */
  oz: number;
  premium: number;
}

const OZ_PER_GRAM = 1 / 31.1035;
const item = (sku: string, name: string, category: Category, oz: number, premium: number): Item => ({
  sku,
  name,
  category,
  metal: category.startsWith('silver') ? 'silver' : 'gold',
  oz,
  premium,
});

export const ITEMS = {
  sovereign: item('GC-SOV', 'Gold Sovereign (2027)', 'gold_coin', 0.2354, 0.075),
  halfSovereign: item('GC-SOV-H', 'Half Sovereign (2027)', 'gold_coin', 0.1177, 0.11),
  britannia: item('GC-BRIT-1', 'Gold Britannia 1 oz', 'gold_coin', 1, 0.045),
  quarterBritannia: item('GC-BRIT-Q', 'Gold Britannia 1/4 oz', 'gold_coin', 0.25, 0.095),
  krugerrand: item('GC-KRUG-1', 'Krugerrand 1 oz', 'gold_coin', 1, 0.04),
  bar1g: item('GB-1G', 'Gold bar 1 g (carded)', 'gold_bar', OZ_PER_GRAM, 0.45),
  bar5g: item('GB-5G', 'Gold bar 5 g (carded)', 'gold_bar', 5 * OZ_PER_GRAM, 0.16),
  bar10g: item('GB-10G', 'Gold bar 10 g', 'gold_bar', 10 * OZ_PER_GRAM, 0.09),
  bar20g: item('GB-20G', 'Gold bar 20 g', 'gold_bar', 20 * OZ_PER_GRAM, 0.07),
  bar1oz: item('GB-1OZ', 'Gold bar 1 oz', 'gold_bar', 1, 0.035),
  bar50g: item('GB-50G', 'Gold bar 50 g', 'gold_bar', 50 * OZ_PER_GRAM, 0.03),
  bar100g: item('GB-100G', 'Gold bar 100 g', 'gold_bar', 100 * OZ_PER_GRAM, 0.025),
  bar250g: item('GB-250G', 'Gold bar 250 g', 'gold_bar', 250 * OZ_PER_GRAM, 0.02),
  bar1kg: item('GB-1KG', 'Gold bar 1 kg', 'gold_bar', 1000 * OZ_PER_GRAM, 0.015),
  silverBritannia: item('SC-BRIT-1', 'Silver Britannia 1 oz', 'silver_coin', 1, 0.3),
  silverTube: item('SC-BRIT-T25', 'Silver Britannia tube of 25', 'silver_coin', 25, 0.22),
  mapleTube: item('SC-MAPLE-T25', 'Silver Maple Leaf tube of 25', 'silver_coin', 25, 0.2),
  silverKilo: item('SB-1KG', 'Silver bar 1 kg', 'silver_bar', 1000 * OZ_PER_GRAM, 0.12),
  giftSovereign: item('GF-SOV-BOX', 'Gold Sovereign in presentation box', 'gift', 0.2354, 0.16),
  giftBar: item('GF-1G-CARD', 'Gold 1 g gift card bar', 'gift', OZ_PER_GRAM, 0.55),
} as const;

export type ItemKey = keyof typeof ITEMS;

/** Opening spot prices, pence per troy ounce. */
const GOLD_GBP = 285_000;
const SILVER_GBP = 3_250;
/** The day's rates: euros and dollars to the pound. */
const FX: Record<Currency, number> = { GBP: 1, EUR: 1.185, USD: 1.285 };

/** One unit's price in the currency's minor unit at window phase `f`. */
export function unitPrice(it: Item, f: number, currency: Currency): number {
  const spot = it.metal === 'gold' ? GOLD_GBP * goldMove(f) : SILVER_GBP * silverMove(f);
  const vat = it.metal === 'silver' ? 1.2 : 1;
  return Math.round(it.oz * spot * (1 + it.premium) * vat * FX[currency]);
}

/** The card limit per order (the card processor's cap for bullion), in the currency's minor unit. */
export const CARD_CAP: Record<Currency, number> = { GBP: 1_000_000, EUR: 1_185_000, USD: 1_285_000 };
/** Above this a new customer's order is held for an ID check before dispatch. */
export const ID_CHECK: Record<Currency, number> = { GBP: 250_000, EUR: 296_000, USD: 321_000 };
/** Pounds in a unit of the currency. */
export const inPounds = (amount: number, currency: Currency): number => amount / FX[currency];

export type Fulfilment = 'insured_delivery' | 'counter_collection' | 'vault';

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  shippingFee: number;
  amount: number;
}

/** Insured, tracked, signed-for delivery: free in Britain from £1,000, a flat fee abroad; nothing for the counter or the vault. */
export function shippingFee(
  destination: string | undefined,
  f: Fulfilment,
  goods: number,
  currency: Currency,
): number {
  if (f !== 'insured_delivery' || destination === undefined) return 0;
  const pounds = inPounds(goods, currency);
  const fee =
    destination === 'GB'
      ? pounds >= 1_000_00
        ? 0
        : 1_295
      : ['US', 'AE', 'QA', 'SA', 'KW'].includes(destination)
        ? 6_500
        : 2_950;
  return Math.round(fee * FX[currency]);
}

/** A basket of `picks` at phase `f`, with the delivery fee to `destination`. */
export function basketOf(
  picks: ReadonlyArray<readonly [ItemKey, number]>,
  f: number,
  currency: Currency,
  fulfilment: Fulfilment,
  destination: string | undefined,
): Basket {
  const merged = new Map<ItemKey, number>();
  for (const [k, q] of picks) if (q > 0) merged.set(k, (merged.get(k) ?? 0) + q);
  const lines = [...merged].map(([k, quantity]) => {
    const it = ITEMS[k];
    return { sku: it.sku, name: it.name, category: it.category, quantity, price: unitPrice(it, f, currency) };
  });
  const goods = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const fee = shippingFee(destination, fulfilment, goods, currency);
  return { lines, currency, shippingFee: fee, amount: goods + fee };
}

/** Trims a basket's quantities (largest line first) until its goods fit under `cap`, keeping at least one unit. */
export function fitUnder(
  picks: Array<[ItemKey, number]>,
  f: number,
  currency: Currency,
  cap: number,
): Array<[ItemKey, number]> {
  const out = picks.map(([k, q]) => [k, q] as [ItemKey, number]);
  const value = ([k, q]: [ItemKey, number]) => unitPrice(ITEMS[k], f, currency) * q;
  for (let guard = 0; guard < 400 && out.reduce((s, l) => s + value(l), 0) > cap; guard++) {
    let line: [ItemKey, number] | undefined;
    for (const l of out) if (l[1] > 0 && (!line || value(l) > value(line))) line = l;
    if (!line) break;
    if (line[1] > 1) line[1] -= 1;
    else if (out.filter(([, q]) => q > 0).length > 1) line[1] = 0;
    else break;
  }
  return out.filter(([, q]) => q > 0);
}

/** A stacker's usual basket: sovereigns, Britannias, Krugerrands, bars and silver tubes. */
export function stackerPicks(rng: Rng, size: 'small' | 'usual' | 'large'): Array<[ItemKey, number]> {
  const n = size === 'small' ? 1 : size === 'usual' ? rng.int(1, 2) : rng.int(2, 3);
  const out: Array<[ItemKey, number]> = [];
  for (let i = 0; i < n; i++) {
    const k = rng.weightedPick<ItemKey>([
      ['sovereign', 26],
      ['britannia', 18],
      ['krugerrand', 10],
      ['halfSovereign', 6],
      ['bar1oz', 8],
      ['bar20g', 4],
      ['bar50g', size === 'small' ? 0 : 4],
      ['bar100g', size === 'small' ? 0 : 5],
      ['silverTube', 10],
      ['mapleTube', 5],
      ['silverKilo', 4],
      ['silverBritannia', 4],
    ]);
    const big = size === 'large';
    const q =
      k === 'sovereign' || k === 'halfSovereign'
        ? rng.int(1, big ? 20 : size === 'usual' ? 6 : 3)
        : k === 'silverBritannia'
          ? rng.int(5, big ? 100 : 25)
          : k === 'bar100g' || k === 'bar50g' || k === 'silverKilo'
            ? rng.int(1, big ? 4 : 1)
            : rng.int(1, big ? 6 : size === 'usual' ? 2 : 1);
    out.push([k, q]);
  }
  return out;
}
