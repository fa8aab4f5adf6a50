import { localPrice, shippingFeeEur } from './money.js';
import type { Rng, Weighted } from './random.js';
import type { LineItem } from './types.js';

/**
 * The store's catalog: consumer electronics, accessories, home, fashion and gifts. `resale` marks goods that
 * sell quickly second-hand for close to list price (what fraudsters want); `popularity` is the honest demand
 * weight (cheap accessories sell far more often than laptops).
 */

export type Category =
  | 'phone'
  | 'laptop'
  | 'tablet'
  | 'console'
  | 'audio'
  | 'wearable'
  | 'gift_card'
  | 'sneakers'
  | 'accessory'
  | 'computing'
  | 'smart_home'
  | 'appliance'
  | 'fashion'
  | 'home'
  | 'books_toys'
  | 'beauty';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  /** EUR cents. */
  price: number;
  resale: boolean;
  popularity: number;
  /** E-mailed, nothing to ship. */
  digital?: boolean;
}

const p = (
  sku: string,
  name: string,
  category: Category,
  euros: number,
  resale: boolean,
  popularity: number,
  digital = false,
): Product => ({
  sku,
  name,
  category,
  price: Math.round(euros * 100),
  resale,
  popularity,
  ...(digital ? { digital } : {}),
});

export const CATALOG: readonly Product[] = [
  p('PH-IP17P-256', 'iPhone 17 Pro 256 GB', 'phone', 1299, true, 5),
  p('PH-IP17-128', 'iPhone 17 128 GB', 'phone', 949, true, 6),
  p('PH-IP16E-128', 'iPhone 16e 128 GB', 'phone', 699, true, 4),
  p('PH-S26U-256', 'Galaxy S26 Ultra 256 GB', 'phone', 1449, true, 3),
  p('PH-S26-128', 'Galaxy S26 128 GB', 'phone', 949, true, 4),
  p('PH-PX10P', 'Pixel 10 Pro', 'phone', 1099, true, 2),
  p('PH-A56', 'Galaxy A56 5G', 'phone', 449, false, 6),
  p('LT-MBA13-M4', 'MacBook Air 13" M4', 'laptop', 1199, true, 4),
  p('LT-MBP14-M5', 'MacBook Pro 14" M5', 'laptop', 1999, true, 2),
  p('LT-XPS13', 'Dell XPS 13', 'laptop', 1399, true, 1.5),
  p('LT-X1C', 'ThinkPad X1 Carbon', 'laptop', 1799, true, 1.2),
  p('LT-IDEA5', 'Lenovo IdeaPad Slim 5', 'laptop', 699, false, 3.5),
  p('TB-IPADAIR', 'iPad Air 11"', 'tablet', 699, true, 3),
  p('TB-IPAD', 'iPad 11"', 'tablet', 399, true, 5),
  p('TB-TABS10', 'Galaxy Tab S10 FE', 'tablet', 549, false, 2),
  p('CN-PS5PRO', 'PlayStation 5 Pro', 'console', 799, true, 2.5),
  p('CN-PS5D', 'PlayStation 5 Digital Edition', 'console', 499, true, 3.5),
  p('CN-SW2', 'Nintendo Switch 2', 'console', 469, true, 5),
  p('CN-XSX', 'Xbox Series X', 'console', 599, true, 1.5),
  p('CN-DECK', 'Steam Deck OLED 512 GB', 'console', 569, true, 1.5),
  p('GM-MK', 'Mario Kart World (Switch 2)', 'console', 79.99, false, 8),
  p('GM-FC26', 'EA Sports FC 26 (PS5)', 'console', 69.99, false, 7),
  p('AU-APP3', 'AirPods Pro 3', 'audio', 249, true, 9),
  p('AU-AP4', 'AirPods 4', 'audio', 149, true, 7),
  p('AU-XM6', 'Sony WH-1000XM6', 'audio', 449, true, 2.5),
  p('AU-QCU', 'Bose QuietComfort Ultra', 'audio', 449, true, 1.5),
  p('AU-FLIP7', 'JBL Flip 7', 'audio', 149, false, 6),
  p('AU-EARB', 'Wired earbuds USB-C', 'audio', 19.99, false, 10),
  p('WR-AW11', 'Apple Watch Series 11', 'wearable', 449, true, 3),
  p('WR-FR265', 'Garmin Forerunner 265', 'wearable', 349, true, 2),
  p('WR-FITB', 'Fitbit Charge 6', 'wearable', 139, false, 3),
  p('GC-STORE-25', 'Gift card 25 €', 'gift_card', 25, true, 6, true),
  p('GC-STORE-50', 'Gift card 50 €', 'gift_card', 50, true, 5, true),
  p('GC-STORE-100', 'Gift card 100 €', 'gift_card', 100, true, 3, true),
  p('GC-STORE-200', 'Gift card 200 €', 'gift_card', 200, true, 1, true),
  p('GC-APPLE-100', 'Apple Gift Card 100 €', 'gift_card', 100, true, 1.2, true),
  p('GC-PSN-50', 'PlayStation Store 50 €', 'gift_card', 50, true, 2, true),
  p('GC-STEAM-50', 'Steam Wallet 50 €', 'gift_card', 50, true, 1.5, true),
  p('GC-GPLAY-25', 'Google Play 25 €', 'gift_card', 25, true, 1.2, true),
  p('SN-AJ1-HIGH', 'Air Jordan 1 Retro High OG', 'sneakers', 189.99, true, 2.5),
  p('SN-DUNK-LOW', 'Nike Dunk Low Retro', 'sneakers', 119.99, true, 4),
  p('SN-NB550', 'New Balance 550', 'sneakers', 129.99, true, 3.5),
  p('SN-SAMBA', 'adidas Samba OG', 'sneakers', 119.99, true, 4.5),
  p('SN-AM90', 'Nike Air Max 90', 'sneakers', 149.99, true, 2.5),
  p('AC-USBC-CBL', 'USB-C cable 2 m', 'accessory', 12.99, false, 30),
  p('AC-CHG65', '65 W USB-C charger', 'accessory', 34.99, false, 18),
  p('AC-CASE', 'Phone case', 'accessory', 19.99, false, 26),
  p('AC-GLASS', 'Screen protector 2-pack', 'accessory', 14.99, false, 22),
  p('AC-PWRBANK', 'Power bank 20 000 mAh', 'accessory', 39.99, false, 12),
  p('AC-HDMI', 'HDMI 2.1 cable', 'accessory', 9.99, false, 12),
  p('AC-MSD128', 'microSD 128 GB', 'accessory', 17.99, false, 12),
  p('AC-AIRTAG4', 'AirTag 4-pack', 'accessory', 119, true, 4),
  p('CP-MOUSE', 'Wireless mouse', 'computing', 29.99, false, 12),
  p('CP-KEYB', 'Mechanical keyboard', 'computing', 89.99, false, 6),
  p('CP-MON27', '27" QHD monitor', 'computing', 249, false, 5),
  p('CP-WEBCAM', 'Full HD webcam', 'computing', 69.99, false, 4),
  p('CP-SSD1TB', 'NVMe SSD 1 TB', 'computing', 79.99, false, 7),
  p('CP-ROUTER', 'FRITZ!Box 7690', 'computing', 279, false, 2),
  p('CP-PRINTER', 'Inkjet printer', 'computing', 119, false, 3),
  p('SH-BULB', 'Smart bulb E27', 'smart_home', 14.99, false, 12),
  p('SH-PLUG', 'Smart plug 2-pack', 'smart_home', 24.99, false, 10),
  p('SH-DOORBELL', 'Video doorbell', 'smart_home', 179, false, 2.5),
  p('SH-VACUUM', 'Robot vacuum', 'smart_home', 399, false, 2),
  p('AP-ESPRESSO', "De'Longhi bean-to-cup coffee machine", 'appliance', 549, false, 2),
  p('AP-AIRFRYER', 'Air fryer 5.5 l', 'appliance', 119, false, 6),
  p('AP-TOOTH', 'Electric toothbrush', 'appliance', 79.99, false, 7),
  p('AP-DYSON-HD', 'Dyson Supersonic hair dryer', 'appliance', 449, true, 2),
  p('AP-KETTLE', 'Electric kettle', 'appliance', 44.99, false, 6),
  p('AP-BLENDER', 'Blender', 'appliance', 89.99, false, 3),
  p('FA-TSHIRT', 'Cotton T-shirt', 'fashion', 19.99, false, 16),
  p('FA-HOODIE', 'Hoodie', 'fashion', 49.99, false, 10),
  p('FA-JEANS', 'Jeans', 'fashion', 79.99, false, 8),
  p('FA-SOCKS', 'Socks 3-pack', 'fashion', 12.99, false, 14),
  p('FA-BACKPACK', 'Backpack', 'fashion', 59.99, false, 6),
  p('FA-JACKET', 'Winter jacket', 'fashion', 149, false, 4),
  p('HM-BEDDING', 'Bedding set', 'home', 69.99, false, 5),
  p('HM-TOWELS', 'Towel set', 'home', 29.99, false, 7),
  p('HM-BOTTLE', 'Insulated bottle', 'home', 24.99, false, 9),
  p('HM-CANDLE', 'Scented candle', 'home', 16.99, false, 8),
  p('HM-COFFEE', 'Coffee beans 1 kg', 'home', 18.9, false, 14),
  p('BT-NOVEL', 'Paperback novel', 'books_toys', 14.99, false, 14),
  p('BT-COOKBOOK', 'Cookbook', 'books_toys', 29.99, false, 5),
  p('BT-LEGO-TECH', 'LEGO Technic set', 'books_toys', 179.99, true, 2),
  p('BT-LEGO-CITY', 'LEGO City set', 'books_toys', 39.99, false, 7),
  p('BT-BOARDGAME', 'Board game', 'books_toys', 39.99, false, 7),
  p('BT-PUZZLE', 'Puzzle 1000 pieces', 'books_toys', 19.99, false, 6),
  p('BE-PERFUME', 'Eau de parfum 100 ml', 'beauty', 94.99, true, 4),
  p('BE-SKINCARE', 'Skincare set', 'beauty', 39.99, false, 7),
];

export const BY_SKU: ReadonlyMap<string, Product> = new Map(CATALOG.map((x) => [x.sku, x]));

export function product(sku: string): Product {
  const found = BY_SKU.get(sku);
  if (!found) throw new Error(`unknown sku ${sku}`);
  return found;
}

/** What one shopper tends to buy: category leanings and how much they lean to pricier things. */
export interface Taste {
  categories: Partial<Record<Category, number>>;
  /** Exponent on price in the pick weight: negative thrifty, positive big-ticket. */
  priceTilt: number;
}

export function randomTaste(rng: Rng): Taste {
  const all: Category[] = [
    'phone',
    'laptop',
    'tablet',
    'console',
    'audio',
    'wearable',
    'gift_card',
    'sneakers',
    'accessory',
    'computing',
    'smart_home',
    'appliance',
    'fashion',
    'home',
    'books_toys',
    'beauty',
  ];
  const categories: Partial<Record<Category, number>> = {};
  for (const c of rng.shuffle(all).slice(0, rng.int(2, 4))) categories[c] = rng.between(1.5, 4);
  return { categories, priceTilt: rng.normal(-0.42, 0.2) };
}

export interface Basket {
  items: LineItem[];
  /** EUR cents before shipping and discounts. */
  subtotalEur: number;
  digitalOnly: boolean;
}

/** Pick weights per taste, computed once per shopper rather than once per basket line. */
const tasteWeights = new WeakMap<Taste, Weighted<Product>>();

function pickProduct(rng: Rng, taste: Taste): Product {
  let weights = tasteWeights.get(taste);
  if (!weights) {
    weights = CATALOG.map((prod) => {
      const lean = taste.categories[prod.category] ?? 1;
      return [prod, prod.popularity * lean * Math.pow(prod.price / 5000, taste.priceTilt)] as const;
    });
    tasteWeights.set(taste, weights);
  }
  return rng.weighted(weights);
}

function quantityFor(rng: Rng, prod: Product): number {
  if (prod.price < 2500)
    return rng.weighted([
      [1, 72],
      [2, 19],
      [3, 6],
      [4, 2],
      [6, 1],
    ]);
  if (prod.price < 10000)
    return rng.weighted([
      [1, 90],
      [2, 9],
      [3, 1],
    ]);
  return rng.weighted([
    [1, 97],
    [2, 3],
  ]);
}

function basketOf(lines: Array<[Product, number]>, currency: string): Basket {
  const merged = new Map<string, [Product, number]>();
  for (const [prod, qty] of lines) {
    const had = merged.get(prod.sku);
    merged.set(prod.sku, [prod, (had?.[1] ?? 0) + qty]);
  }
  const items: LineItem[] = [];
  let subtotalEur = 0;
  let digitalOnly = true;
  for (const [prod, quantity] of merged.values()) {
    items.push({ sku: prod.sku, quantity, price: localPrice(prod.price, currency) });
    subtotalEur += prod.price * quantity;
    if (!prod.digital) digitalOnly = false;
  }
  return { items, subtotalEur, digitalOnly };
}

/** An everyday basket: mostly one or two lines, a long tail of bigger ones. */
export function everydayBasket(rng: Rng, taste: Taste, currency: string): Basket {
  const lines = rng.weighted([
    [1, 54],
    [2, 23],
    [3, 11],
    [4, 6],
    [5, 3],
    [7, 2],
    [10, 1],
  ]);
  const chosen: Array<[Product, number]> = [];
  for (let i = 0; i < lines; i++) {
    const prod = pickProduct(rng, taste);
    chosen.push([prod, quantityFor(rng, prod)]);
  }
  return basketOf(chosen, currency);
}

/** Resale goods around a target value (EUR cents): what a fraudster fills the cart with. */
export function resaleBasket(rng: Rng, targetEur: number, currency: string, categories?: Category[]): Basket {
  const pool = CATALOG.filter(
    (x) => x.resale && !x.digital && (!categories || categories.includes(x.category)),
  );
  const chosen: Array<[Product, number]> = [];
  let total = 0;
  while (total < targetEur * 0.8 && chosen.length < 5) {
    const affordable = pool.filter((x) => x.price <= Math.max(targetEur - total, 20000) * 1.15);
    const prod = rng.pick(affordable.length > 0 ? affordable : pool);
    const room = Math.max(1, Math.floor((targetEur - total) / prod.price));
    const qty = Math.min(
      room,
      rng.weighted([
        [1, 70],
        [2, 22],
        [3, 8],
      ]),
    );
    chosen.push([prod, qty]);
    total += prod.price * qty;
  }
  return basketOf(chosen, currency);
}

/** Gift cards only (digital): easy to cash out, no parcel to intercept. */
export function giftCardBasket(rng: Rng, targetEur: number, currency: string): Basket {
  const cards = CATALOG.filter((x) => x.category === 'gift_card' && x.price >= 5000);
  const chosen: Array<[Product, number]> = [];
  let total = 0;
  while (total < targetEur * 0.85 && chosen.length < 4) {
    const prod = rng.pick(cards);
    const qty = Math.max(1, Math.min(10, Math.round((targetEur - total) / prod.price / rng.int(1, 2))));
    chosen.push([prod, qty]);
    total += prod.price * qty;
  }
  return basketOf(chosen, currency);
}

/** A fixed set of lines (B2B orders, card-testing probes). */
export function fixedBasket(lines: Array<[string, number]>, currency: string): Basket {
  return basketOf(
    lines.map(([sku, qty]) => [product(sku), qty]),
    currency,
  );
}

/** Charged total in the order currency: items, shipping (none for e-mailed goods), optional voucher. */
export function orderTotal(basket: Basket, shipCountry: string, currency: string, voucherPct = 0): number {
  const itemsTotal = basket.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  const feeEur = basket.digitalOnly ? 0 : shippingFeeEur(shipCountry, basket.subtotalEur);
  const fee = feeEur === 0 ? 0 : localPrice(feeEur, currency);
  return Math.round(itemsTotal * (1 - voucherPct / 100)) + fee;
}
