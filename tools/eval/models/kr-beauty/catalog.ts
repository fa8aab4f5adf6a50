import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the shop sells, in whole won (KRW has no minor unit in practice; prices include VAT), and how baskets
 * are put together and priced: domestic parcels free from ₩30,000, EMS/K-Packet abroad by zone and weight, free
 * abroad from ₩150,000 during the sale.
 */

export type Category =
  | 'mask'
  | 'skincare'
  | 'suncare'
  | 'cleanser'
  | 'makeup'
  | 'hair_body'
  | 'gift_set'
  | 'limited_set'
  | 'subscription'
  | 'device';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  price: number;
  /** How often it lands in an ordinary basket. */
  pop: number;
}

const p = (sku: string, name: string, category: Category, price: number, pop: number): Product => ({
  sku,
  name,
  category,
  price,
  pop,
});

export const PRODUCTS: readonly Product[] = [
  p('MSK-SNAIL-1', 'Snail mucin sheet mask (1 sheet)', 'mask', 1_500, 10),
  p('MSK-CICA-1', 'Cica calming sheet mask (1 sheet)', 'mask', 2_000, 8),
  p('MSK-RICE-10', 'Rice water sheet mask, 10 pack', 'mask', 15_000, 9),
  p('MSK-SLEEP', 'Overnight lip sleeping mask', 'mask', 18_000, 6),
  p('SKN-TONER-RICE', 'Rice toner 150 ml', 'skincare', 22_000, 12),
  p('SKN-ESS-SNAIL', 'Snail 96 mucin essence 100 ml', 'skincare', 25_000, 14),
  p('SKN-AMP-CICA', 'Centella ampoule 55 ml', 'skincare', 28_000, 10),
  p('SKN-SER-VITC', 'Vitamin C serum 30 ml', 'skincare', 32_000, 8),
  p('SKN-CRM-GINSENG', 'Ginseng renewing cream 60 ml', 'skincare', 89_000, 3),
  p('SKN-CRM-BARRIER', 'Ceramide barrier cream 80 ml', 'skincare', 27_000, 10),
  p('SKN-PAD-TONER', 'Exfoliating toner pads, 70 pads', 'skincare', 24_000, 9),
  p('SUN-RELIEF', 'Rice + probiotics sun cream SPF50+', 'suncare', 18_000, 13),
  p('SUN-STICK', 'Airy sun stick SPF50+', 'suncare', 21_000, 6),
  p('CLN-OIL', 'Heartleaf cleansing oil 200 ml', 'cleanser', 23_000, 9),
  p('CLN-FOAM', 'Low-pH gel cleanser 150 ml', 'cleanser', 14_000, 10),
  p('MKP-CUSHION', 'Glow cushion foundation + refill', 'makeup', 38_000, 7),
  p('MKP-TINT', 'Juicy lasting lip tint', 'makeup', 13_000, 11),
  p('MKP-PALETTE', 'Mood eye palette', 'makeup', 29_000, 4),
  p('HB-SHAMPOO', 'Scalp care shampoo 500 ml', 'hair_body', 19_000, 4),
  p('HB-HAND', 'Hand cream trio', 'hair_body', 12_000, 5),
  p('GFT-MINI', 'Bestseller mini kit (5 pcs)', 'gift_set', 39_000, 5),
  p('GFT-HOLIDAY', 'Holiday glow gift box', 'gift_set', 69_000, 4),
  p('GFT-HANBANG', 'Hanbang ginseng luxury set', 'gift_set', 159_000, 1),
  p('LTD-1111', '11.11 limited edition snow set (max 2)', 'limited_set', 59_000, 0),
  p('LTD-COLLAB', 'Idol collaboration cushion set, numbered (max 2)', 'limited_set', 79_000, 0),
  p('SUB-MONTH', 'Glow box monthly subscription', 'subscription', 29_000, 0),
  p('SUB-3MONTH', 'Glow box, three months prepaid', 'subscription', 79_000, 0),
  p('DEV-LED', 'LED therapy mask', 'device', 329_000, 0.6),
  p('DEV-MICRO', 'Microcurrent facial device', 'device', 189_000, 0.6),
];

const BY_SKU = new Map(PRODUCTS.map((x) => [x.sku, x]));
export const product = (sku: string): Product => {
  const x = BY_SKU.get(sku);
  if (!x) throw new Error(`no product ${sku}`);
  return x;
};

export type Line = BasketLine<Category>;

export interface Basket {
  lines: Line[];
  /** Postage charged. */
  shipping: number;
  /** Coupon or promo-code discount. */
  discount: number;
  /** Loyalty points spent (1 point = ₩1). */
  points: number;
  amount: number;
  currency: 'KRW';
}

export const line = (sku: string, quantity = 1): Line => {
  const x = product(sku);
  return { sku, name: x.name, category: x.category, quantity, price: x.price };
};

const EVERYDAY = PRODUCTS.filter((x) => x.pop > 0);

/** `count` different everyday products, more popular ones first, mostly one of each. */
export function everyday(rng: Rng, count: number, bulk = 1): Line[] {
  const chosen = new Set<string>();
  const out: Line[] = [];
  for (let i = 0; i < count * 3 && out.length < count; i++) {
    const x = rng.weightedPick(EVERYDAY.map((e) => [e, e.pop] as const));
    if (chosen.has(x.sku)) continue;
    chosen.add(x.sku);
    const q = bulk > 1 ? rng.int(Math.ceil(bulk / 2), bulk) : rng.chance(0.15) ? rng.int(2, 3) : 1;
    out.push(line(x.sku, x.category === 'mask' && bulk === 1 && rng.chance(0.4) ? q + rng.int(2, 8) : q));
  }
  return out;
}

/** An ordinary basket: one to six products, sometimes a gift set. */
export function ordinary(rng: Rng): Line[] {
  const n = rng.weightedPick([
    [1, 20],
    [2, 28],
    [3, 24],
    [4, 14],
    [5, 8],
    [6, 6],
  ] as const);
  const lines = everyday(rng, n);
  return lines;
}

export const subtotal = (lines: readonly Line[]): number =>
  lines.reduce((sum, l) => sum + l.price * l.quantity, 0);

/** Postage by destination zone and parcel size (item count). */
export function postage(country: string, lines: readonly Line[], sale = true): number {
  const sub = subtotal(lines);
  const items = lines.reduce((n, l) => n + l.quantity, 0);
  if (country === 'KR') return sub >= 30_000 ? 0 : 3_000;
  if (sale && sub >= 150_000) return 0;
  const near = ['JP', 'CN', 'HK', 'TW', 'SG', 'MY', 'ID', 'PH', 'VN'].includes(country);
  const base = near ? 9_000 : 19_000;
  return base + Math.min(6, Math.floor(items / 4)) * (near ? 1_500 : 3_000);
}

/** The basket priced: postage, then the discount (a share of the goods) and points, in whole won. */
export function priced(
  lines: Line[],
  shipTo: string,
  { percent = 0, flat = 0, points = 0 }: { percent?: number; flat?: number; points?: number } = {},
): Basket {
  const goods = subtotal(lines);
  const shipping = postage(shipTo, lines);
  const discount = Math.min(goods, Math.round((goods * percent) / 100 / 10) * 10 + flat);
  const spend = Math.min(points, goods - discount);
  return {
    lines,
    shipping,
    discount,
    points: spend,
    amount: goods + shipping - discount - spend,
    currency: 'KRW',
  };
}
