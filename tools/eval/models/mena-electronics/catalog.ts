import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { localFee, localPrice, type MarketCode, MARKETS, type Method } from './markets.js';

/**
 * The catalogue, priced in dirhams (UAE shelf prices, late 2026), with how often each product is bought.
 * Gift cards are codes sent by e-mail: an order of only gift cards has no shipping address.
 */

export type Category =
  | 'phones'
  | 'laptops'
  | 'tablets'
  | 'consoles'
  | 'watches'
  | 'audio'
  | 'accessories'
  | 'appliances'
  | 'gift_cards';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  aed: number;
  /** Popularity among ordinary shoppers. */
  weight: number;
}

const p = (sku: string, name: string, category: Category, aed: number, weight: number): Product => ({
  sku,
  name,
  category,
  aed,
  weight,
});

export const PRODUCTS: readonly Product[] = [
  p('APL-IP17-256', 'iPhone 17 256GB', 'phones', 3399, 9),
  p('APL-IP17P-256', 'iPhone 17 Pro 256GB', 'phones', 4299, 7),
  p('APL-IP17PM-256', 'iPhone 17 Pro Max 256GB', 'phones', 5099, 8),
  p('APL-IP17PM-1T', 'iPhone 17 Pro Max 1TB', 'phones', 7099, 2),
  p('SAM-S26U-512', 'Galaxy S26 Ultra 512GB', 'phones', 5699, 4),
  p('SAM-S26-256', 'Galaxy S26 256GB', 'phones', 3299, 3),
  p('SAM-A56-256', 'Galaxy A56 5G 256GB', 'phones', 1449, 7),
  p('SAM-A26-128', 'Galaxy A26 128GB', 'phones', 899, 6),
  p('SAM-ZFD7-512', 'Galaxy Z Fold7 512GB', 'phones', 7499, 1),
  p('XIA-RN15P-256', 'Redmi Note 15 Pro 256GB', 'phones', 1199, 6),
  p('HON-400-512', 'HONOR 400 512GB', 'phones', 1799, 3),
  p('INF-HOT60-256', 'Infinix HOT 60 256GB', 'phones', 599, 4),
  p('APL-MBA13-M4', 'MacBook Air 13" M4 16GB/512GB', 'laptops', 4999, 4),
  p('APL-MBP14-M5', 'MacBook Pro 14" M5 24GB/1TB', 'laptops', 7999, 1.5),
  p('LEN-IDP5-R7', 'Lenovo IdeaPad Slim 5 Ryzen 7', 'laptops', 2599, 3),
  p('HP-VIC16-4060', 'HP Victus 16 RTX 4060', 'laptops', 4299, 2),
  p('ASU-ROG-S16', 'ASUS ROG Strix G16 RTX 5070', 'laptops', 6999, 1),
  p('DEL-INS15-I5', 'Dell Inspiron 15 Core i5', 'laptops', 2199, 2.5),
  p('APL-IPAD11-128', 'iPad 11th gen 128GB', 'tablets', 1399, 4),
  p('APL-IPADAIR-M3', 'iPad Air 11" M3 256GB', 'tablets', 2899, 2),
  p('SAM-TABS10FE', 'Galaxy Tab S10 FE', 'tablets', 1799, 2),
  p('SNY-PS5S-DISC', 'PlayStation 5 Slim Disc', 'consoles', 1899, 5),
  p('SNY-PS5-PRO', 'PlayStation 5 Pro', 'consoles', 2999, 2.5),
  p('NIN-SW2', 'Nintendo Switch 2', 'consoles', 1899, 3),
  p('MS-XSX-1TB', 'Xbox Series X 1TB', 'consoles', 2299, 1),
  p('SNY-DS-EDGE', 'DualSense Edge controller', 'consoles', 849, 2),
  p('APL-AWS11-45', 'Apple Watch Series 11 45mm', 'watches', 1749, 4),
  p('APL-AWU3', 'Apple Watch Ultra 3', 'watches', 3399, 1.5),
  p('SAM-GW8-44', 'Galaxy Watch8 44mm', 'watches', 1199, 2.5),
  p('HUA-GT5-46', 'HUAWEI WATCH GT 5 46mm', 'watches', 899, 2.5),
  p('APL-APP3', 'AirPods Pro 3', 'audio', 999, 10),
  p('APL-AP4', 'AirPods 4', 'audio', 599, 7),
  p('SAM-BUDS3P', 'Galaxy Buds3 Pro', 'audio', 799, 2.5),
  p('SNY-WH1000XM6', 'Sony WH-1000XM6', 'audio', 1599, 1.5),
  p('JBL-FLIP7', 'JBL Flip 7', 'audio', 499, 5),
  p('APL-20W-USBC', 'Apple 20W USB-C charger', 'accessories', 79, 18),
  p('ANK-PB-20K', 'Anker power bank 20,000 mAh', 'accessories', 169, 14),
  p('GEN-USBC-CBL', 'USB-C cable 1m', 'accessories', 39, 18),
  p('GEN-SCRN-GLS', 'Tempered glass screen protector', 'accessories', 49, 16),
  p('SPG-CASE-IP17', 'Spigen case for iPhone 17', 'accessories', 99, 16),
  p('SAN-MSD-256', 'SanDisk microSD 256GB', 'accessories', 119, 6),
  p('LOG-MXM3S', 'Logitech MX Master 3S', 'accessories', 399, 4),
  p('DYS-V15', 'Dyson V15 Detect', 'appliances', 2999, 1.5),
  p('DYS-AIRWRAP', 'Dyson Airwrap multi-styler', 'appliances', 2199, 2),
  p('PHL-AF-XXL', 'Philips Airfryer XXL', 'appliances', 699, 5),
  p('NES-VERTUO', 'Nespresso Vertuo Next', 'appliances', 649, 3),
  p('ROB-S8', 'Roborock S8 robot vacuum', 'appliances', 1999, 1.5),
  p('SAM-TV65-QLED', 'Samsung 65" QLED 4K TV', 'appliances', 3299, 1.5),
  p('LG-AC-18K', 'LG DUALCOOL inverter split AC 1.5 t', 'appliances', 2499, 1),
  p('PSN-GC-100', 'PlayStation Store gift card (100)', 'gift_cards', 100, 2),
  p('PSN-GC-500', 'PlayStation Store gift card (500)', 'gift_cards', 500, 0.5),
  p('APL-GC-200', 'Apple gift card (200)', 'gift_cards', 200, 1.5),
  p('GPL-GC-100', 'Google Play gift card (100)', 'gift_cards', 100, 1),
];

export const bySku = (sku: string): Product => {
  const found = PRODUCTS.find((x) => x.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
};

export const inCategory = (...cs: Category[]): Product[] => PRODUCTS.filter((x) => cs.includes(x.category));

export interface Basket {
  lines: Array<BasketLine<Category>>;
  amount: number;
  currency: string;
  /** Only codes by e-mail: nothing to ship. */
  digital: boolean;
}

/** A product by popularity from `from` (the whole catalogue but gift cards by default). */
export function product(rng: Rng, from: readonly Product[] = PHYSICAL): Product {
  return rng.weightedPick(from.map((x) => [x, x.weight] as const));
}

export const PHYSICAL = PRODUCTS.filter((x) => x.category !== 'gift_cards');
export const FLAGSHIPS = PRODUCTS.filter((x) => x.aed >= 2900 && x.category !== 'appliances');
export const RESALEABLE = PRODUCTS.filter(
  (x) => ['phones', 'consoles', 'watches', 'laptops', 'tablets'].includes(x.category) && x.aed >= 1700,
);
const ADD_ONS = inCategory('accessories', 'audio');

/** Accessories that go with a device: a case, glass, charger or earbuds. */
function addOnFor(rng: Rng, main: Product): Product {
  if (main.category === 'phones')
    return bySku(rng.pick(['SPG-CASE-IP17', 'GEN-SCRN-GLS', 'APL-20W-USBC', 'APL-APP3', 'ANK-PB-20K']));
  if (main.category === 'consoles') return bySku(rng.pick(['SNY-DS-EDGE', 'PSN-GC-100']));
  return product(rng, ADD_ONS);
}

/** A line of `quantity` of `x` at the storefront's price, `off` a sale discount (0.2: 20 % off). */
export const line = (x: Product, market: MarketCode, quantity = 1, off = 0): BasketLine<Category> => ({
  sku: x.sku,
  name: x.name,
  category: x.category,
  quantity,
  price: localPrice(x.aed * (1 - off), market),
});

/** White Friday's doorbusters and their discounts (limited stock, one per customer). */
export const DEALS: ReadonlyArray<readonly [string, number]> = [
  ['SNY-PS5S-DISC', 0.26],
  ['APL-IP17P-256', 0.12],
  ['APL-APP3', 0.3],
  ['SAM-S26U-512', 0.28],
  ['DYS-AIRWRAP', 0.25],
  ['SAM-TV65-QLED', 0.35],
  ['APL-AWS11-45', 0.22],
  ['NIN-SW2', 0.15],
  ['PHL-AF-XXL', 0.4],
  ['SAM-A56-256', 0.3],
];

/**
 * The order total: the lines, plus delivery under AED 100 (AED 15) and the storefront's COD fee. Gift-card
 * only orders pay neither.
 */
export function basketOf(lines: Array<BasketLine<Category>>, market: MarketCode, method: Method): Basket {
  const digital = lines.every((l) => l.category === 'gift_cards');
  const goods = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const small = goods < localFee(100, market);
  const fees =
    (digital ? 0 : small ? localFee(15, market) : 0) +
    (method === 'cod' ? localFee(MARKETS[market].codFee, market) : 0);
  return { lines, amount: goods + fees, currency: MARKETS[market].currency, digital };
}

/** An ordinary basket: one main product, sometimes an add-on or two, rarely two of the main one. */
export function everyday(rng: Rng, market: MarketCode, method: Method, from?: readonly Product[]): Basket {
  const main = product(rng, from);
  const lines = [line(main, market, main.aed < 200 && rng.chance(0.25) ? 2 : rng.chance(0.03) ? 2 : 1)];
  if (main.aed >= 500 && rng.chance(0.35)) lines.push(line(addOnFor(rng, main), market));
  if (rng.chance(0.12)) {
    const extra = product(rng, ADD_ONS);
    if (!lines.some((l) => l.sku === extra.sku)) lines.push(line(extra, market));
  }
  return basketOf(lines, market, method);
}

/** Gift-card codes: `n` cards of one or two denominations. */
export function giftCards(rng: Rng, market: MarketCode, n: number): Basket {
  const cards = inCategory('gift_cards');
  const first = product(rng, cards);
  const lines = [line(first, market, n)];
  if (n > 1 && rng.chance(0.3)) {
    const second = product(rng, cards);
    if (second.sku !== first.sku) lines.push(line(second, market, rng.int(1, 2)));
  }
  return basketOf(lines, market, 'card');
}
