import { type Rng } from '../kit/random.js';
import { type Market, price } from './places.js';
import { type BasketLine } from '../kit/purchase.js';

/**
 * The marketplace's catalogue, priced in SGD cents and converted per storefront: phones and accessories,
 * K-beauty and J-beauty, mobile-game top-ups and gift cards delivered by e-mail, small home appliances.
 */

export type Category = 'phone' | 'accessory' | 'beauty' | 'topup' | 'giftcard' | 'appliance';

interface Product {
  sku: string;
  name: string;
  category: Category;
  /** SGD cents. */
  sgd: number;
}

const P = (sku: string, name: string, category: Category, sgd: number): Product => ({
  sku,
  name,
  category,
  sgd,
});

export const PRODUCTS: readonly Product[] = [
  P('PH-IP16-128', 'iPhone 16 128GB', 'phone', 129_900),
  P('PH-IP16P-256', 'iPhone 16 Pro 256GB', 'phone', 179_900),
  P('PH-S25-256', 'Galaxy S25 256GB', 'phone', 139_800),
  P('PH-A56', 'Galaxy A56 5G', 'phone', 59_800),
  P('PH-RN14', 'Redmi Note 14 Pro', 'phone', 39_900),
  P('PH-RENO13', 'OPPO Reno13', 'phone', 64_900),
  P('AC-APP3', 'AirPods Pro (2nd gen)', 'accessory', 34_900),
  P('AC-BUDS3', 'Galaxy Buds3', 'accessory', 22_900),
  P('AC-PD65', '65W GaN charger', 'accessory', 3_990),
  P('AC-CASE', 'MagSafe clear case', 'accessory', 1_990),
  P('AC-PB20', '20,000 mAh power bank', 'accessory', 4_590),
  P('AC-CABLE', 'USB-C braided cable 2 m', 'accessory', 990),
  P('BE-COSRX', 'COSRX snail mucin essence', 'beauty', 2_390),
  P('BE-BOJ', 'Beauty of Joseon relief sun SPF50', 'beauty', 1_890),
  P('BE-LANEIGE', 'Laneige lip sleeping mask', 'beauty', 2_900),
  P('BE-SKII', 'SK-II facial treatment essence 230 ml', 'beauty', 32_900),
  P('BE-HADA', 'Hada Labo gokujyun lotion', 'beauty', 1_590),
  P('BE-ANESSA', 'Anessa perfect UV milk', 'beauty', 3_490),
  P('BE-SULWHA', 'Sulwhasoo first care serum', 'beauty', 13_900),
  P('BE-SHEET10', 'Mediheal sheet masks ×10', 'beauty', 1_490),
  P('TU-MLBB', 'Mobile Legends diamonds', 'topup', 0),
  P('TU-GENSHIN', 'Genshin Impact Genesis Crystals', 'topup', 0),
  P('TU-PUBGM', 'PUBG Mobile UC', 'topup', 0),
  P('TU-ROBLOX', 'Roblox Robux', 'topup', 0),
  P('GC-STEAM', 'Steam wallet code', 'giftcard', 0),
  P('GC-GPLAY', 'Google Play gift code', 'giftcard', 0),
  P('GC-APPLE', 'Apple gift card', 'giftcard', 0),
  P('GC-PSN', 'PlayStation Store card', 'giftcard', 0),
  P('AP-AIRFRY', 'Philips air fryer 4.1 L', 'appliance', 16_900),
  P('AP-RICE', 'Zojirushi rice cooker 1 L', 'appliance', 22_900),
  P('AP-DYSON', 'Dyson V12 cordless vacuum', 'appliance', 89_900),
  P('AP-XROBOT', 'Xiaomi robot vacuum S20', 'appliance', 39_900),
  P('AP-KETTLE', 'Electric kettle 1.7 L', 'appliance', 3_990),
  P('AP-PURIF', 'Sharp air purifier', 'appliance', 29_900),
];

/** Top-up and gift-card denominations, SGD cents. */
export const DENOMINATIONS: readonly number[] = [500, 1_000, 2_000, 3_000, 5_000, 10_000, 20_000];

export type Line = BasketLine<Category>;

export interface Basket {
  amount: number;
  currency: string;
  lines: Line[];
  /** Only top-ups and gift cards: delivered by e-mail, nothing ships. */
  digital: boolean;
}

const of = (c: Category) => PRODUCTS.filter((p) => p.category === c);

/** One line of `category`; `denom` picks the top-up or gift-card value (SGD cents). */
export function line(rng: Rng, market: Market, category: Category, quantity = 1, denom?: number): Line {
  const p = rng.pick(of(category));
  const sgd = p.sgd > 0 ? p.sgd : (denom ?? rng.weightedPick(DENOM_WEIGHTS));
  return {
    sku: p.sgd > 0 ? p.sku : `${p.sku}-${sgd / 100}`,
    name: p.name,
    category,
    quantity,
    price: price(sgd, market),
  };
}

const DENOM_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [500, 20],
  [1_000, 28],
  [2_000, 20],
  [3_000, 10],
  [5_000, 12],
  [10_000, 7],
  [20_000, 3],
];

export function basket(currency: string, lines: Line[]): Basket {
  const amount = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const digital = lines.every((l) => l.category === 'topup' || l.category === 'giftcard');
  return { amount, currency, lines, digital };
}

/** An everyday shopper's basket: mostly beauty and accessories, sometimes a phone or an appliance. */
export function everyday(rng: Rng, market: Market, currency: string, lean?: Category): Basket {
  const main =
    lean ??
    rng.weighted<Category>({ beauty: 34, accessory: 22, phone: 11, appliance: 12, topup: 14, giftcard: 7 });
  const lines = [line(rng, market, main, main === 'beauty' ? rng.int(1, 3) : 1)];
  if (main === 'beauty')
    for (let i = rng.int(0, 3); i > 0; i--) lines.push(line(rng, market, 'beauty', rng.int(1, 2)));
  if (main === 'phone' && rng.chance(0.45)) lines.push(line(rng, market, 'accessory'));
  if ((main === 'accessory' || main === 'appliance') && rng.chance(0.25))
    lines.push(line(rng, market, 'accessory'));
  return basket(currency, lines);
}
