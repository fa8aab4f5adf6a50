import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { localPrice, type Market, MARKETS } from './places.js';

/**
 * What the store sells, in Singapore cents with GST, at its 11.11 and 12.12 prices; other markets see the price
 * converted and rounded the way local prices look. Gift cards are Singapore-only e-codes sent by mail.
 */

export type Category =
  | 'phones'
  | 'laptops'
  | 'tablets'
  | 'audio'
  | 'wearables'
  | 'cameras'
  | 'drones'
  | 'gaming'
  | 'smart_home'
  | 'pc_parts'
  | 'accessories'
  | 'gift_cards';

const p = (sku: string, name: string, category: Category, sgd: number) =>
  product(sku, name, category, Math.round(sgd * 100));

export const CATALOGUE: readonly Product<Category>[] = [
  p('PH-IP17-256', 'Apple iPhone 17 256GB', 'phones', 1449),
  p('PH-IP17P-256', 'Apple iPhone 17 Pro 256GB', 'phones', 1899),
  p('PH-IP17PM-512', 'Apple iPhone 17 Pro Max 512GB', 'phones', 2399),
  p('PH-S25-256', 'Samsung Galaxy S25 256GB', 'phones', 1198),
  p('PH-ZFLIP7', 'Samsung Galaxy Z Flip7 512GB', 'phones', 1498),
  p('PH-A56', 'Samsung Galaxy A56 5G', 'phones', 549),
  p('PH-PIX10', 'Google Pixel 10 256GB', 'phones', 1249),
  p('PH-RN14P', 'Xiaomi Redmi Note 14 Pro', 'phones', 399),
  p('PH-RENO13', 'OPPO Reno13 5G', 'phones', 599),
  p('LT-MBA13-M4', 'MacBook Air 13" M4 16GB/256GB', 'laptops', 1499),
  p('LT-MBP14-M4P', 'MacBook Pro 14" M4 Pro', 'laptops', 2999),
  p('LT-ROG-G14', 'ASUS ROG Zephyrus G14', 'laptops', 2799),
  p('LT-IDEA5', 'Lenovo IdeaPad Slim 5 14"', 'laptops', 1099),
  p('LT-HP14', 'HP Pavilion 14 Ryzen 5', 'laptops', 899),
  p('LT-XPS13', 'Dell XPS 13', 'laptops', 1999),
  p('TB-IPAD11', 'iPad (A16) 128GB Wi-Fi', 'tablets', 549),
  p('TB-IPADAIR', 'iPad Air 11" M3 256GB', 'tablets', 1049),
  p('TB-TABS10', 'Samsung Galaxy Tab S10 FE', 'tablets', 699),
  p('AU-APP3', 'AirPods Pro 3', 'audio', 349),
  p('AU-XM6', 'Sony WH-1000XM6', 'audio', 549),
  p('AU-FLIP7', 'JBL Flip 7 speaker', 'audio', 179),
  p('AU-BUDS3P', 'Samsung Galaxy Buds3 Pro', 'audio', 299),
  p('AU-SOUNDC', 'Soundcore Liberty 4 NC', 'audio', 99),
  p('WR-AW11', 'Apple Watch Series 11 GPS 46mm', 'wearables', 599),
  p('WR-FR265', 'Garmin Forerunner 265', 'wearables', 649),
  p('WR-BAND9', 'Xiaomi Smart Band 9', 'wearables', 59),
  p('CM-ZVE10', 'Sony ZV-E10 II kit', 'cameras', 1399),
  p('CM-X100VI', 'Fujifilm X100VI', 'cameras', 2599),
  p('CM-HERO13', 'GoPro HERO13 Black', 'cameras', 599),
  p('CM-X5', 'Insta360 X5', 'cameras', 779),
  p('DR-MINI4P', 'DJI Mini 4 Pro Fly More', 'drones', 1399),
  p('DR-NEO', 'DJI Neo', 'drones', 299),
  p('DR-POCKET3', 'DJI Osmo Pocket 3', 'drones', 749),
  p('DR-AIR3S', 'DJI Air 3S', 'drones', 1799),
  p('GM-SWITCH2', 'Nintendo Switch 2', 'gaming', 599),
  p('GM-PS5PRO', 'PlayStation 5 Pro', 'gaming', 1049),
  p('GM-PS5SD', 'PlayStation 5 Slim Digital', 'gaming', 679),
  p('GM-DECK', 'Steam Deck OLED 512GB', 'gaming', 899),
  p('GM-DSENSE', 'DualSense controller', 'gaming', 99),
  p('GM-MKWORLD', 'Mario Kart World (Switch 2)', 'gaming', 89),
  p('SH-ROBOVAC', 'Robot vacuum and mop', 'smart_home', 399),
  p('SH-NESTMINI', 'Google Nest Mini', 'smart_home', 69),
  p('SH-TAPOCAM', 'Tapo C210 home camera', 'smart_home', 49),
  p('SH-HUE', 'Philips Hue starter kit', 'smart_home', 259),
  p('SH-DYSONV15', 'Dyson V15 Detect', 'smart_home', 1149),
  p('PC-RTX5070', 'GeForce RTX 5070 12GB', 'pc_parts', 999),
  p('PC-RTX5090', 'GeForce RTX 5090 32GB', 'pc_parts', 4299),
  p('PC-SSD2TB', 'NVMe SSD 2TB', 'pc_parts', 189),
  p('AC-USBC1M', 'USB-C cable 1 m', 'accessories', 9.9),
  p('AC-CHG20W', '20W USB-C charger', 'accessories', 29),
  p('AC-SCREEN', 'Tempered glass screen protector', 'accessories', 19.9),
  p('AC-PBANK', 'Power bank 10,000 mAh', 'accessories', 39.9),
  p('AC-CASE', 'Phone case', 'accessories', 24.9),
  p('AC-SD256', 'microSD card 256GB', 'accessories', 45),
  p('GC-APPLE50', 'Apple Gift Card S$50 (e-code)', 'gift_cards', 50),
  p('GC-APPLE100', 'Apple Gift Card S$100 (e-code)', 'gift_cards', 100),
  p('GC-APPLE200', 'Apple Gift Card S$200 (e-code)', 'gift_cards', 200),
  p('GC-GPLAY30', 'Google Play S$30 (e-code)', 'gift_cards', 30),
  p('GC-STEAM10', 'Steam Wallet S$10 (e-code)', 'gift_cards', 10),
  p('GC-STEAM50', 'Steam Wallet S$50 (e-code)', 'gift_cards', 50),
  p('GC-PSN50', 'PlayStation Store S$50 (e-code)', 'gift_cards', 50),
  p('GC-STORE100', 'Merlion Gadgets e-voucher S$100', 'gift_cards', 100),
];

export function inCategory(c: Category): Product<Category>[] {
  return CATALOGUE.filter((x) => x.category === c);
}

export function item(sku: string): Product<Category> {
  const found = CATALOGUE.find((x) => x.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
}

/** What shoppers come for in the sales, by weight; gift cards only in Singapore. */
export function mainCategory(rng: Rng, m: Market): Category {
  return rng.weightedPick<Category>([
    ['phones', 24],
    ['laptops', 12],
    ['tablets', 7],
    ['audio', 16],
    ['wearables', 7],
    ['cameras', 5],
    ['drones', 3],
    ['gaming', 11],
    ['smart_home', 8],
    ['pc_parts', 2],
    ['accessories', 8],
    ['gift_cards', m === 'SG' ? 4 : 0],
  ]);
}

/** The things people add to a phone, a laptop or a console. */
const ADD_ONS: Partial<Record<Category, readonly string[]>> = {
  phones: ['AC-CASE', 'AC-SCREEN', 'AC-CHG20W', 'AU-APP3'],
  tablets: ['AC-CASE', 'AC-SCREEN', 'AC-CHG20W'],
  laptops: ['AC-USBC1M', 'PC-SSD2TB', 'AC-CHG20W'],
  gaming: ['GM-DSENSE', 'GM-MKWORLD', 'AC-SD256'],
  cameras: ['AC-SD256', 'AC-PBANK'],
  drones: ['AC-SD256'],
};

/** An ordinary sale basket: one main item, sometimes two, now and then an add-on or two. */
export function saleLines(rng: Rng, m: Market, main?: Category): BasketLine<Category>[] {
  const c = main ?? mainCategory(rng, m);
  const first = rng.pick(inCategory(c));
  const qty =
    c === 'gift_cards' ? rng.int(1, 2) : c === 'accessories' ? rng.int(1, 3) : rng.chance(0.05) ? 2 : 1;
  const lines = [lineOf(first, qty)];
  const adds = ADD_ONS[c];
  if (adds && rng.chance(0.35)) {
    for (const sku of rng.shuffle(adds).slice(0, rng.int(1, 2))) lines.push(lineOf(item(sku)));
  } else if (rng.chance(0.12)) {
    const other = rng.pick(inCategory(rng.pick<Category>(['accessories', 'audio', 'smart_home'])));
    if (other.sku !== first.sku) lines.push(lineOf(other));
  }
  return lines;
}

export type Fulfilment = 'standard' | 'same_day' | 'locker' | 'self_collect' | 'international' | 'e_code';

/** Singapore deliveries: free from S$49 (lockers from S$29), same-day S$9.90 or free from S$500, collection free. */
function feeSg(f: Fulfilment, sgCents: number): number {
  if (f === 'self_collect' || f === 'e_code') return 0;
  if (f === 'same_day') return sgCents >= 50_000 ? 0 : 990;
  if (f === 'locker') return sgCents >= 2_900 ? 0 : 199;
  return sgCents >= 4_900 ? 0 : 499;
}

export interface Voucher {
  code: string;
  /** Off, in Singapore cents; or a share of the items. */
  off?: number;
  percent?: number;
  cap?: number;
  minSpend: number;
}

export const VOUCHERS: Readonly<Record<string, Voucher>> = {
  '1111DEAL': { code: '1111DEAL', off: 1_100, minSpend: 11_100 },
  '11MEGA': { code: '11MEGA', off: 11_100, minSpend: 111_100 },
  '1212SALE': { code: '1212SALE', off: 1_200, minSpend: 12_000 },
  '12MEGA': { code: '12MEGA', off: 12_000, minSpend: 121_200 },
  WELCOME15: { code: 'WELCOME15', off: 1_500, minSpend: 10_000 },
  APPNEW50: { code: 'APPNEW50', off: 5_000, minSpend: 50_000 },
  STUDENT5: { code: 'STUDENT5', percent: 5, cap: 8_000, minSpend: 0 },
  GRABPAY12: { code: 'GRABPAY12', off: 1_200, minSpend: 20_000 },
};

/** The best sale code a shopper would type for the week and the spend, if any applies. */
export function saleCode(week: number, sgCents: number): string | undefined {
  const [mega, small] = week === 0 ? ['11MEGA', '1111DEAL'] : ['12MEGA', '1212SALE'];
  if (sgCents >= (VOUCHERS[mega]?.minSpend ?? Infinity)) return mega;
  if (sgCents >= (VOUCHERS[small]?.minSpend ?? Infinity)) return small;
  return undefined;
}

export interface Basket {
  lines: BasketLine<Category>[];
  market: Market;
  currency: string;
  /** The items at local prices, the discount and the delivery fee, in local minor units. */
  items: number;
  discount: number;
  shippingFee: number;
  code?: string;
  amount: number;
  /** The basket in Singapore cents, for thresholds. */
  sg: number;
}

/** The basket at local prices, with a voucher (when it applies) and the delivery fee. */
export function basketOf(
  lines: readonly BasketLine<Category>[],
  m: Market,
  f: Fulfilment,
  code?: string,
): Basket {
  const sg = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const local = lines.map((l) => ({ ...l, price: localPrice(l.price, m) }));
  const items = local.reduce((s, l) => s + l.price * l.quantity, 0);
  const v = code ? VOUCHERS[code] : undefined;
  const applies = v !== undefined && sg >= v.minSpend;
  const offSg = !applies
    ? 0
    : v.percent
      ? Math.min(v.cap ?? Infinity, Math.round((sg * v.percent) / 100))
      : (v.off ?? 0);
  const discount = offSg > 0 ? Math.min(items - 1, localPrice(offSg, m)) : 0;
  const info = MARKETS[m];
  const fee =
    m === 'SG' ? feeSg(f, sg) : f === 'e_code' || f === 'self_collect' || sg >= info.freeFrom ? 0 : info.fee;
  const shippingFee = fee > 0 ? localPrice(fee, m) : 0;
  return {
    lines: local,
    market: m,
    currency: info.currency,
    items,
    discount,
    shippingFee,
    ...(applies && v ? { code: v.code } : {}),
    amount: items - discount + shippingFee,
    sg,
  };
}
