import { type BasketLine, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/**
 * What the house sells, priced in baht with 7 % VAT included. The foreign storefronts show their own rounded
 * prices (x.99), from fixed list rates; shipping is by Kerry, Flash or Thailand Post at home, the shop's
 * messenger to Bangkok hotels, EMS World or DHL Express abroad, and freight for trade orders of whole bolts.
 */

export type Category = 'scarf' | 'tie' | 'home' | 'fabric' | 'tailored' | 'apparel' | 'souvenir' | 'gift';

const p = (sku: string, name: string, category: Category, baht: number) => product(sku, name, category, baht);

export const CATALOGUE = {
  scarfSolid: p('SCF-CLS', 'Classic Thai silk scarf, solid colour', 'scarf', 1290),
  scarfIkat: p('SCF-MDM', 'Mudmee ikat silk scarf', 'scarf', 2450),
  stole: p('SCF-STL', 'Long hand-woven silk stole', 'scarf', 3200),
  scarfElephant: p('SCF-ELE', 'Elephant-print silk scarf', 'scarf', 890),
  scarfSquare: p('SCF-SQR', 'Silk chiffon square scarf', 'scarf', 1590),
  shawl: p('SCF-SHW', 'Silk and cotton shawl', 'scarf', 1990),
  tie: p('TIE-SLK', 'Thai silk tie', 'tie', 890),
  tieElephant: p('TIE-ELE', 'Elephant motif silk tie', 'tie', 990),
  tieSet: p('TIE-SET', 'Silk tie and pocket square set', 'tie', 1490),
  bowTie: p('TIE-BOW', 'Silk bow tie', 'tie', 750),
  cushion16: p('CSH-16', 'Silk cushion cover 16 × 16 in', 'home', 690),
  cushion20: p('CSH-20', 'Silk cushion cover 20 × 20 in', 'home', 890),
  cushionElephant: p('CSH-ELE', 'Embroidered elephant cushion cover', 'home', 790),
  runner: p('HOM-RUN', 'Silk table runner', 'home', 1450),
  placemats: p('HOM-PLM', 'Set of 6 silk placemats', 'home', 1650),
  bedspread: p('HOM-BED', 'Thai silk bedspread, queen', 'home', 8900),
  metrePlain: p('FAB-PLN-M', 'Plain-weave Thai silk, per metre', 'fabric', 1150),
  metreShot: p('FAB-SHT-M', 'Shot two-tone Thai silk, per metre', 'fabric', 1380),
  metreMudmee: p('FAB-MDM-M', 'Mudmee silk, per metre', 'fabric', 2350),
  boltPlain: p('FAB-PLN-B', 'Plain Thai silk bolt, 20 m', 'fabric', 21000),
  boltUpholstery: p('FAB-UPH-B', 'Upholstery-weight silk bolt, 20 m', 'fabric', 28500),
  boltMudmee: p('FAB-MDM-B', 'Mudmee silk bolt, 20 m', 'fabric', 42000),
  mtmShirt: p('MTM-SHT', 'Made-to-measure silk shirt', 'tailored', 3900),
  mtmDress: p('MTM-DRS', 'Made-to-measure silk dress', 'tailored', 6900),
  mtmJacket: p('MTM-JKT', 'Made-to-measure silk jacket', 'tailored', 9800),
  mtmChutThai: p('MTM-CHT', 'Made-to-measure chut thai', 'tailored', 14500),
  shirt: p('RTW-SHT', 'Ready-to-wear silk shirt', 'apparel', 2900),
  blouse: p('RTW-BLS', 'Silk blouse', 'apparel', 2650),
  robe: p('RTW-KIM', 'Silk kimono robe', 'apparel', 3450),
  phaSin: p('RTW-PSN', 'Pha sin wrap skirt', 'apparel', 2200),
  keyring: p('SOU-KEY', 'Elephant silk keyring', 'souvenir', 150),
  pouch: p('SOU-POU', 'Elephant-print coin pouch', 'souvenir', 190),
  bookmark: p('SOU-BKM', 'Silk bookmark', 'souvenir', 120),
  tote: p('SOU-TOT', 'Elephant-print tote bag', 'souvenir', 490),
  trousers: p('SOU-PNT', 'Elephant-print lounge trousers', 'souvenir', 350),
  ornament: p('SOU-ORN', 'Silk elephant Christmas ornament', 'souvenir', 250),
  giftBox: p('GFT-BOX', 'New Year gift box: scarf and tie', 'gift', 2390),
  giftScarf: p('GFT-SCF', 'Gift-boxed silk scarf', 'gift', 1590),
  giftTrio: p('GFT-TRI', 'Gift box of three silk pouches', 'gift', 990),
} as const satisfies Record<string, Product<Category>>;

export type Item = keyof typeof CATALOGUE;

/** Baht per unit of each currency, as the storefront's list prices were set. */
const RATE: Readonly<Record<Currency, number>> = { THB: 1, USD: 34, EUR: 37, GBP: 43.5, AUD: 22.5 };

/** A baht price in the currency's minor unit: baht in satang; abroad, rounded to a whole unit less a cent. */
export function priceIn(baht: number, currency: Currency): number {
  if (currency === 'THB') return Math.round(baht * 100);
  return Math.max(1, Math.round(baht / RATE[currency])) * 100 - 1;
}

/** Whole currency units (baht, dollars, …) in minor units. */
export const units = (amount: number, currency: Currency): number =>
  currency === 'THB' ? Math.round(amount * 100) : Math.round((amount * 100) / RATE[currency]);

export type Line = BasketLine<Category>;

export function lineOf(item: Item, quantity: number, currency: Currency): Line {
  const prod = CATALOGUE[item];
  return {
    sku: prod.sku,
    name: prod.name,
    category: prod.category,
    quantity,
    price: priceIn(prod.price, currency),
  };
}

/** How a parcel travels. */
export type Delivery =
  | 'kerry'
  | 'flash'
  | 'thailand_post_ems'
  | 'hotel_messenger'
  | 'showroom_pickup'
  | 'office_delivery'
  | 'ems_world'
  | 'dhl_express'
  | 'freight';

export interface Basket {
  amount: number;
  currency: Currency;
  lines: Line[];
  shippingFee: number;
  discount: number;
  code?: string;
}

/** Items total, minor units. */
export const itemsTotal = (lines: readonly Line[]): number =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);

const ASIA = new Set(['SG', 'HK', 'JP', 'KR']);

/**
 * Shipping: free at home from ฿1,500 (else ฿50, ฿80 with the cash-on-delivery fee); the hotel messenger ฿100,
 * free from ฿3,000; EMS World free from about $150, DHL Express always charged; freight for bolts by weight.
 */
export function shippingFee(
  delivery: Delivery,
  items: number,
  currency: Currency,
  to: string,
  cod: boolean,
  bolts = 0,
): number {
  const baht = (items / 100) * RATE[currency];
  switch (delivery) {
    case 'kerry':
    case 'flash':
    case 'thailand_post_ems':
      return cod ? units(baht >= 1500 ? 30 : 80, currency) : baht >= 1500 ? 0 : units(50, currency);
    case 'hotel_messenger':
      return baht >= 3000 ? 0 : units(100, currency);
    case 'showroom_pickup':
    case 'office_delivery':
      return 0;
    case 'ems_world':
      return baht >= 5100 ? 0 : priceIn(ASIA.has(to) ? 610 : 850, currency);
    case 'dhl_express':
      return priceIn(ASIA.has(to) ? 1190 : 1590, currency);
    case 'freight':
      return to === 'TH'
        ? units(Math.min(3000, 400 + 60 * bolts), currency)
        : priceIn(2500 + 380 * bolts, currency);
  }
}

/** The basket's money: items, less the code's percentage, plus shipping. */
export function basketOf(
  lines: Line[],
  currency: Currency,
  fee: (items: number) => number,
  code?: { code: string; percent: number },
): Basket {
  const items = itemsTotal(lines);
  const discount = code ? Math.round((items * code.percent) / 100) : 0;
  const shipping = fee(items - discount);
  return {
    amount: items - discount + shipping,
    currency,
    lines,
    shippingFee: shipping,
    discount,
    ...(code ? { code: code.code } : {}),
  };
}

/** A few different items from `items`, each once or a few times. */
export function pickLines(
  rng: Rng,
  currency: Currency,
  items: readonly Item[],
  count: number,
  quantity: () => number = () => 1,
): Line[] {
  const chosen = rng.shuffle(items).slice(0, Math.max(1, count));
  return chosen.map((i) => lineOf(i, quantity(), currency));
}

export const SCARVES: readonly Item[] = [
  'scarfSolid',
  'scarfIkat',
  'stole',
  'scarfElephant',
  'scarfSquare',
  'shawl',
];
export const TIES: readonly Item[] = ['tie', 'tieElephant', 'tieSet', 'bowTie'];
export const HOME: readonly Item[] = ['cushion16', 'cushion20', 'cushionElephant', 'runner', 'placemats'];
export const APPAREL: readonly Item[] = ['shirt', 'blouse', 'robe', 'phaSin'];
export const SOUVENIRS: readonly Item[] = ['keyring', 'pouch', 'bookmark', 'tote', 'trousers', 'ornament'];
export const GIFTS: readonly Item[] = ['giftBox', 'giftScarf', 'giftTrio'];
export const METRES: readonly Item[] = ['metrePlain', 'metreShot', 'metreMudmee'];
export const BOLTS: readonly Item[] = ['boltPlain', 'boltUpholstery', 'boltMudmee'];
export const TAILORED: readonly Item[] = ['mtmShirt', 'mtmDress', 'mtmJacket'];
