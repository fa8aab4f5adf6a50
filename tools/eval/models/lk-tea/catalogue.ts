import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the shop sells, priced in rupee cents (LKR has two decimals): single-estate teas from its own Kandy
 * estate and neighbours in Nuwara Eliya, Uva, Dimbula and Ruhuna, gift tins and wooden chests, Avurudu and
 * Vesak hampers, bulk catering packs, Ceylon cinnamon (alba and C5 quills), cardamom and pepper, handloom and
 * batik textiles. Abroad the same product is shown in the site currency at the shop's rate, rounded to .99.
 */

export type Category =
  'tea' | 'gift_tin' | 'chest' | 'hamper' | 'bulk_tea' | 'spice' | 'handloom' | 'batik' | 'sample';

const P = product<Category>;

export const SAMPLE = [
  P('TS-050', 'Estate tasting pouch 50 g', 'sample', 95_000),
  P('TS-BAG', 'Pekoe tea bags ×10', 'sample', 65_000),
];

export const TEA = [
  P('T-KAN-BOP', 'Kandy BOP 250 g', 'tea', 145_000),
  P('T-NUW-OP1', 'Nuwara Eliya OP1 200 g', 'tea', 265_000),
  P('T-UVA-BOP', 'Uva highgrown BOPF 400 g', 'tea', 210_000),
  P('T-DIM-FBOP', 'Dimbula FBOP 250 g', 'tea', 235_000),
  P('T-RUH-FF', 'Ruhuna FBOPF Ex Special 250 g', 'tea', 310_000),
  P('T-SLV-TIP', 'Silver Tips 50 g', 'tea', 690_000),
  P('T-GRN-SEN', 'Ceylon Green 100 g', 'tea', 180_000),
  P('T-CHAI', 'Cinnamon masala chai 200 g', 'tea', 195_000),
];

export const GIFT = [
  P('G-TIN-3', 'Avurudu gift tin trio', 'gift_tin', 540_000),
  P('G-TIN-ELE', 'Elephant caddy gift tin 100 g', 'gift_tin', 290_000),
  P('G-CHEST-S', 'Teak tea chest, 6 estates', 'chest', 1_250_000),
  P('G-CHEST-L', 'Estate chest with silver tips', 'chest', 2_480_000),
  P('G-HAMP-AV', 'Avurudu hamper: tea, kokis mix, spices', 'hamper', 1_650_000),
  P('G-HAMP-VS', 'Vesak hamper: tea and lantern kit', 'hamper', 980_000),
];

export const BULK = [
  P('B-BOPF-5K', 'Catering BOPF 5 kg', 'bulk_tea', 1_450_000),
  P('B-DUST-5K', 'Dust No.1 5 kg (dansal / canteen)', 'bulk_tea', 1_080_000),
  P('B-BAG-500', 'Hotel tea bags ×500', 'bulk_tea', 1_650_000),
  P('B-OP-1K', 'Orange Pekoe 1 kg', 'bulk_tea', 520_000),
];

export const SPICE = [
  P('S-CIN-ALBA', 'Cinnamon Alba quills 100 g', 'spice', 420_000),
  P('S-CIN-C5', 'Cinnamon C5 100 g', 'spice', 240_000),
  P('S-CARD', 'Cardamom 100 g', 'spice', 380_000),
  P('S-PEP', 'Black pepper 250 g', 'spice', 160_000),
  P('S-CLOVE', 'Cloves 100 g', 'spice', 190_000),
];

export const TEXTILE = [
  P('X-HL-SAREE', 'Handloom cotton saree', 'handloom', 1_850_000),
  P('X-HL-SARONG', 'Handloom sarong', 'handloom', 450_000),
  P('X-HL-RUNNER', 'Handloom table runner', 'handloom', 320_000),
  P('X-BT-SAREE', 'Batik silk saree', 'batik', 3_400_000),
  P('X-BT-SHIRT', 'Batik shirt', 'batik', 680_000),
  P('X-BT-WALL', 'Batik wall hanging', 'batik', 950_000),
];

export type Currency = 'LKR' | 'USD' | 'GBP' | 'EUR' | 'AUD';

/** Rupees to one unit of each currency (the shop's April list rates). */
export const RATE: Readonly<Record<Currency, number>> = { LKR: 1, USD: 298, GBP: 378, EUR: 322, AUD: 192 };

/** A rupee-cent price in `currency`'s minor units: rupees as they are, abroad at the rate and ending in .99. */
export const priceIn = (lkrCents: number, c: Currency): number =>
  c === 'LKR' ? lkrCents : Math.max(99, Math.round(lkrCents / RATE[c] / 100) * 100 - 1);

export interface Basket {
  lines: Array<BasketLine<Category>>;
  currency: Currency;
  shippingFee: number;
  discount: number;
  code?: string;
  amount: number;
}

export type Pick = ReadonlyArray<readonly [Product<Category>, number]>;

/** Lines from products and quantities, in `currency`. */
export function linesIn(pick: Pick, currency: Currency): Array<BasketLine<Category>> {
  return pick.map(([p, q]) => ({ ...lineOf(p, q), price: priceIn(p.price, currency) }));
}

/** Delivery: within Sri Lanka by courier (free from Rs 15,000), abroad by EMS or DHL. */
export function shippingFee(currency: Currency, items: number, toLk: boolean, pickup: boolean): number {
  if (pickup) return 0;
  if (toLk) {
    const lkr = items >= priceIn(1_500_000, currency) ? 0 : 45_000;
    return lkr === 0 ? 0 : priceIn(lkr, currency);
  }
  return { LKR: 750_000, USD: 2_499, GBP: 1_999, EUR: 2_299, AUD: 3_899 }[currency];
}

export function basketOf(
  pick: Pick,
  currency: Currency,
  to: { toLk: boolean; pickup: boolean },
  code?: { code: string; percent: number },
): Basket {
  const lines = linesIn(pick, currency);
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = code ? Math.round((items * code.percent) / 100) : 0;
  const fee = shippingFee(currency, items, to.toLk, to.pickup);
  return {
    lines,
    currency,
    shippingFee: fee,
    discount,
    ...(code ? { code: code.code } : {}),
    amount: items - discount + fee,
  };
}

/** A few home-use items: tea, spices, now and then a textile. */
export function everyday(rng: Rng): Pick {
  const out: Array<readonly [Product<Category>, number]> = [[rng.pick(TEA), rng.int(1, 3)]];
  if (rng.chance(0.55)) out.push([rng.pick(SPICE), rng.int(1, 2)]);
  if (rng.chance(0.25)) out.push([rng.pick(TEA), 1]);
  if (rng.chance(0.12)) out.push([rng.pick(TEXTILE), 1]);
  return dedupe(out);
}

/** A gift: tins, a chest or a hamper, maybe with spices or a sarong. */
export function gift(rng: Rng, big = false): Pick {
  const out: Array<readonly [Product<Category>, number]> = [[rng.pick(GIFT), big ? rng.int(1, 3) : 1]];
  if (rng.chance(0.4)) out.push([rng.pick(SPICE), 1]);
  if (rng.chance(0.2)) out.push([rng.pick(TEXTILE), 1]);
  if (rng.chance(0.3)) out.push([rng.pick(TEA), rng.int(1, 2)]);
  return dedupe(out);
}

export function dedupe(pick: Array<readonly [Product<Category>, number]>): Pick {
  const m = new Map<string, [Product<Category>, number]>();
  for (const [p, q] of pick) {
    const had = m.get(p.sku);
    m.set(p.sku, [p, (had?.[1] ?? 0) + q]);
  }
  return [...m.values()];
}

export const CODES = [
  { code: 'AVURUDU15', percent: 15 },
  { code: 'SUBHA10', percent: 10 },
  { code: 'VESAK10', percent: 10 },
];
