import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency, FEES, localPrice } from './places.js';

/**
 * What Wieszak sells over Black Week, with Black Week prices in grosze (most lines 20–50 % off; limited
 * sneakers and gift cards never are). Prices are converted to each market's currency at the season's rate and
 * rounded to its shelf prices. Sizes are part of the SKU, so a bracketer's basket holds one style in several.
 */

export type Category =
  'clothing' | 'kids' | 'shoes' | 'sneakers' | 'limited_sneakers' | 'bags' | 'accessories' | 'gift_card';

export const CATALOGUE: readonly Product<Category>[] = [
  product('TSH-1021', 'Organic cotton T-shirt', 'clothing', 3999),
  product('SCK-0301', 'Socks, 3-pack', 'accessories', 1999),
  product('HOD-2210', 'Oversized hoodie', 'clothing', 12999),
  product('JNS-3305', 'Straight-leg jeans', 'clothing', 15999),
  product('SWT-4410', 'Merino crew-neck sweater', 'clothing', 17999),
  product('SHR-1207', 'Oxford shirt', 'clothing', 9999),
  product('DRS-5120', 'Knit midi dress', 'clothing', 18999),
  product('DRS-5188', 'Satin evening dress', 'clothing', 38999),
  product('SUI-6001', 'Wool-blend suit jacket', 'clothing', 49999),
  product('JKT-7003', 'Quilted winter jacket', 'clothing', 39999),
  product('PRK-7110', 'Down parka', 'clothing', 64999),
  product('COT-7201', 'Wool coat', 'clothing', 84999),
  product('LEG-1150', 'Thermal leggings', 'clothing', 5999),
  product('KID-0810', 'Kids’ snowsuit', 'kids', 19999),
  product('KID-0822', 'Kids’ pyjama set', 'kids', 5999),
  product('KID-0835', 'Kids’ fleece jacket', 'kids', 8999),
  product('KID-0850', 'Kids’ snow boots', 'kids', 14999),
  product('BOT-2301', 'Leather ankle boots', 'shoes', 29999),
  product('BOT-2344', 'Waterproof winter boots', 'shoes', 34999),
  product('BOT-2370', 'Chelsea boots', 'shoes', 32999),
  product('HEL-2402', 'Block-heel pumps', 'shoes', 22999),
  product('LOA-2455', 'Leather loafers', 'shoes', 24999),
  product('SLP-2490', 'Felt slippers', 'shoes', 5999),
  product('SNK-3101', 'Everyday white sneakers', 'sneakers', 24999),
  product('SNK-3150', 'Retro runner sneakers', 'sneakers', 32999),
  product('SNK-3199', 'Trail running shoes', 'sneakers', 37999),
  product('LTD-9001', 'Retro High OG “Chicago” (limited, 1 per customer)', 'limited_sneakers', 89999),
  product('LTD-9002', 'Collab runner “Fog” (limited, 1 per customer)', 'limited_sneakers', 109_999),
  product('BAG-4101', 'Canvas tote', 'bags', 14999),
  product('BAG-4150', 'City backpack', 'bags', 17999),
  product('BAG-4202', 'Leather shoulder bag', 'bags', 49999),
  product('BAG-4290', 'Designer-label crossbody bag', 'bags', 139_999),
  product('ACC-5001', 'Wool beanie', 'accessories', 3999),
  product('ACC-5012', 'Cashmere-blend scarf', 'accessories', 7999),
  product('ACC-5020', 'Leather gloves', 'accessories', 8999),
  product('ACC-5033', 'Leather belt', 'accessories', 7999),
  product('ACC-5060', 'Sunglasses', 'accessories', 19999),
  product('ACC-5090', 'Automatic watch', 'accessories', 89999),
  product('GFT-0050', 'E-gift card 50 zł', 'gift_card', 5000),
  product('GFT-0100', 'E-gift card 100 zł', 'gift_card', 10000),
  product('GFT-0200', 'E-gift card 200 zł', 'gift_card', 20000),
  product('GFT-0500', 'E-gift card 500 zł', 'gift_card', 50000),
];

export const byCategory = (c: Category): Product<Category>[] => CATALOGUE.filter((p) => p.category === c);
export const bySku = (sku: string): Product<Category> => {
  const found = CATALOGUE.find((p) => p.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
};

const SIZES: Partial<Record<Category, readonly string[]>> = {
  clothing: ['XS', 'S', 'M', 'L', 'XL'],
  kids: ['104', '110', '116', '122', '128', '134'],
  shoes: ['36', '37', '38', '39', '40', '41', '42', '43', '44'],
  sneakers: ['38', '39', '40', '41', '42', '43', '44', '45'],
  limited_sneakers: ['40', '41', '42', '43', '44', '45'],
};

/** Sizes of a category (none for bags, accessories, gift cards). */
export const sizesOf = (c: Category): readonly string[] => SIZES[c] ?? [];

/** A line of `p` in `currency`, in a size when the product has sizes. */
export function line(
  rng: Rng,
  p: Product<Category>,
  currency: Currency,
  quantity = 1,
  size?: string,
): BasketLine<Category> {
  const sizes = sizesOf(p.category);
  const s = size ?? (sizes.length > 0 ? rng.pick(sizes) : undefined);
  const l = lineOf({ ...p, price: localPrice(p.price, currency) }, quantity);
  return s ? { ...l, sku: `${p.sku}-${s}`, name: `${p.name}, ${s}` } : l;
}

export type Delivery = 'parcel_locker' | 'courier' | 'store_pickup' | 'email';

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  /** The order's total: items − discount + shipping fee. */
  amount: number;
  items: number;
  discountCode?: string;
  discount: number;
  shippingFee: number;
}

/**
 * A basket in `currency`: a code takes its share off everything but gift cards; delivery is free from the
 * threshold (the cash-on-delivery fee is always paid), and e-mailed gift cards travel free.
 */
export function basketOf(
  lines: BasketLine<Category>[],
  currency: Currency,
  delivery: Delivery,
  cod: boolean,
  code?: { code: string; off: number },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discountable = lines
    .filter((l) => l.category !== 'gift_card')
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = code ? Math.round(discountable * code.off) : 0;
  const fees = FEES[currency];
  const base =
    delivery === 'email' || delivery === 'store_pickup' || items - discount >= fees.freeFrom
      ? 0
      : delivery === 'parcel_locker'
        ? fees.locker
        : fees.courier;
  const shippingFee = base + (cod ? fees.cod : 0);
  return {
    lines,
    currency,
    items,
    amount: items - discount + shippingFee,
    discount,
    shippingFee,
    ...(code && discount > 0 ? { discountCode: code.code } : {}),
  };
}

/** Category weights for an ordinary basket. */
export const EVERYDAY: ReadonlyArray<readonly [Category, number]> = [
  ['clothing', 42],
  ['shoes', 18],
  ['sneakers', 12],
  ['bags', 7],
  ['accessories', 15],
  ['kids', 4],
  ['gift_card', 2],
];

/** A few lines drawn by category weights: one to `max` products, mostly one of each. */
export function everydayLines(
  rng: Rng,
  currency: Currency,
  max: number,
  weights: ReadonlyArray<readonly [Category, number]> = EVERYDAY,
): BasketLine<Category>[] {
  const count = Math.min(max, 1 + Math.floor(rng.exp(0.9)));
  const out: BasketLine<Category>[] = [];
  for (let i = 0; i < count; i++) {
    const c = rng.weightedPick(weights);
    const p = rng.pick(byCategory(c));
    out.push(line(rng, p, currency, c === 'accessories' && rng.chance(0.15) ? 2 : 1));
  }
  return out;
}
