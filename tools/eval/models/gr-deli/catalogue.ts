import { type BasketLine, lineOf, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Zone } from './places.js';

/**
 * The deli's shelves, prices in euro cents with Greek VAT: olive oil (bottles and tins), olives, honey, feta
 * and other cheeses in vacuum packs, wine, ouzo, tsipouro and liqueurs, Christmas and New Year sweets, pantry
 * goods, ready-made hampers and e-gift cards; trade packs for restaurants. What may go where: chilled cheese
 * only inside the EU, no alcohol to the US or Australia, no honey to Australia, fresh vasilopita only in Greece.
 */

export type Category =
  | 'olive_oil'
  | 'olives'
  | 'honey'
  | 'cheese'
  | 'wine'
  | 'spirits'
  | 'sweets'
  | 'pantry'
  | 'hamper'
  | 'gift_card'
  | 'trade';

type Rule = 'chilled' | 'alcohol' | 'honey' | 'fresh' | 'digital';

export interface Item extends Product<Category> {
  grams: number;
  glass: boolean;
  rules: readonly Rule[];
}

const item = (
  sku: string,
  name: string,
  category: Category,
  price: number,
  grams: number,
  glass: boolean,
  ...rules: Rule[]
): Item => ({ sku, name, category, price, grams, glass, rules });

export const ITEMS: readonly Item[] = [
  item('OO-KAL-500', 'Kalamata PDO extra virgin olive oil 500 ml', 'olive_oil', 1190, 950, true),
  item('OO-KAL-750', 'Kalamata PDO extra virgin olive oil 750 ml', 'olive_oil', 1590, 1300, true),
  item('OO-SIT-1L', 'Sitia PDO extra virgin olive oil 1 L tin', 'olive_oil', 1890, 1100, false),
  item('OO-KOR-3L', 'Koroneiki extra virgin olive oil 3 L tin', 'olive_oil', 3900, 3000, false),
  item('OO-KOR-5L', 'Koroneiki extra virgin olive oil 5 L tin', 'olive_oil', 5900, 4900, false),
  item('OO-AGO-250', 'Agourelaio early-harvest olive oil 250 ml', 'olive_oil', 1450, 550, true),
  item('OO-LES-500', 'Lesvos organic extra virgin olive oil 500 ml', 'olive_oil', 1350, 950, true),
  item('OL-KAL-400', 'Kalamata olives in brine 400 g jar', 'olives', 590, 700, true),
  item('OL-THR-250', 'Throumba olives of Thassos 250 g', 'olives', 650, 280, false),
  item('OL-PST-180', 'Olive paste with oregano 180 g', 'olives', 490, 320, true),
  item('HN-THY-450', 'Cretan thyme honey 450 g', 'honey', 1290, 650, true, 'honey'),
  item('HN-FIR-450', 'Vanilla fir honey of Mainalo PDO 450 g', 'honey', 1490, 650, true, 'honey'),
  item('HN-PIN-900', 'Pine honey of Thassos 900 g', 'honey', 1690, 1150, true, 'honey'),
  item('HN-CMB-400', 'Honeycomb in a wooden frame 400 g', 'honey', 1990, 500, false, 'honey'),
  item('CH-FET-400', 'PDO feta in brine, vacuum pack 400 g', 'cheese', 690, 450, false, 'chilled'),
  item('CH-FET-1K', 'Barrel-aged PDO feta, vacuum pack 1 kg', 'cheese', 1490, 1050, false, 'chilled'),
  item('CH-GRV-500', 'Graviera of Naxos PDO 500 g', 'cheese', 1190, 520, false, 'chilled'),
  item('CH-KAS-400', 'Kasseri PDO 400 g', 'cheese', 890, 420, false, 'chilled'),
  item('WN-ASY-750', 'Assyrtiko Santorini PDO 2024', 'wine', 3200, 1400, true, 'alcohol'),
  item('WN-XIN-750', 'Xinomavro Naoussa PDO 2020', 'wine', 2400, 1400, true, 'alcohol'),
  item('WN-AGI-750', 'Agiorgitiko Nemea PDO 2022', 'wine', 1650, 1400, true, 'alcohol'),
  item('WN-MAL-750', 'Malagousia 2024', 'wine', 1490, 1400, true, 'alcohol'),
  item('WN-VIN-500', 'Vinsanto Santorini 500 ml', 'wine', 3800, 1000, true, 'alcohol'),
  item('WN-RET-750', 'Retsina of Attica', 'wine', 990, 1400, true, 'alcohol'),
  item('SP-OUZ-700', 'Ouzo of Plomari 700 ml', 'spirits', 1590, 1300, true, 'alcohol'),
  item('SP-OUZ-PRM', 'Premium ouzo 700 ml in a gift tube', 'spirits', 2890, 1450, true, 'alcohol'),
  item('SP-TSI-700', 'Tsipouro without anise 700 ml', 'spirits', 1790, 1300, true, 'alcohol'),
  item('SP-MAS-500', 'Mastiha liqueur of Chios 500 ml', 'spirits', 2150, 1000, true, 'alcohol'),
  item('SP-KIT-500', 'Kitron of Naxos 500 ml', 'spirits', 1890, 1000, true, 'alcohol'),
  item('SW-VAS-1K', 'Vasilopita with the lucky coin, 1 kg', 'sweets', 2200, 1100, false, 'fresh'),
  item('SW-VAS-TS', 'Tsoureki vasilopita 800 g', 'sweets', 1800, 900, false, 'fresh'),
  item('SW-MEL-500', 'Melomakarona 500 g', 'sweets', 1200, 600, false, 'honey'),
  item('SW-KOU-500', 'Kourabiedes 500 g', 'sweets', 1290, 600, false),
  item('SW-LOU-250', 'Syros loukoumi with rose 250 g', 'sweets', 550, 300, false),
  item('SW-SPN-450', 'Bitter orange spoon sweet 450 g', 'sweets', 790, 700, true),
  item('SW-PAS-70', 'Sesame pasteli bar 70 g', 'sweets', 280, 80, false),
  item('PN-MTT-30', 'Mountain tea of Olympus 30 g', 'pantry', 390, 60, false),
  item('PN-ORG-50', 'Wild oregano bunch 50 g', 'pantry', 350, 80, false),
  item('PN-SAF-1G', 'Krokos Kozanis PDO saffron 1 g', 'pantry', 990, 40, false),
  item('PN-TRA-500', 'Sour trahanas 500 g', 'pantry', 590, 520, false),
  item('PN-HYL-500', 'Hilopites egg pasta 500 g', 'pantry', 450, 520, false),
  item('PN-FAV-500', 'Fava of Santorini PDO 500 g', 'pantry', 890, 520, false),
  item('PN-MST-10', 'Chios mastic tears 10 g', 'pantry', 1190, 40, false),
  item(
    'HM-KER',
    'Gift box "Kerasma": olive oil 250 ml, thyme honey, loukoumi',
    'hamper',
    3900,
    1500,
    true,
    'honey',
  ),
  item(
    'HM-AGO',
    'Christmas hamper "Agora": oil, feta, honey, Agiorgitiko, melomakarona',
    'hamper',
    8900,
    5200,
    true,
    'chilled',
    'alcohol',
  ),
  item(
    'HM-SYM',
    'Premium hamper "Symposio": Assyrtiko, Vinsanto, agourelaio, fir honey, graviera',
    'hamper',
    16900,
    6000,
    true,
    'chilled',
    'alcohol',
  ),
  item(
    'HM-NOS',
    'Export hamper "Nostos": oil tin, olives, herbs, pasteli, spoon sweet',
    'hamper',
    6900,
    3400,
    true,
  ),
  item(
    'HM-XEN',
    'Corporate hamper "Xenia": oil, honey, Malagousia, sweets, branded card',
    'hamper',
    5500,
    3800,
    true,
    'alcohol',
  ),
  item(
    'HM-XNL',
    'Corporate hamper "Xenia Lux": oil tin, fir honey, Xinomavro, ouzo, sweets',
    'hamper',
    8500,
    5600,
    true,
    'alcohol',
  ),
  item(
    'HM-PRO',
    'New Year box: vasilopita, Malagousia, melomakarona',
    'hamper',
    4900,
    3000,
    true,
    'fresh',
    'alcohol',
  ),
  item('GC-025', 'E-gift card €25', 'gift_card', 2500, 0, false, 'digital'),
  item('GC-050', 'E-gift card €50', 'gift_card', 5000, 0, false, 'digital'),
  item('GC-100', 'E-gift card €100', 'gift_card', 10000, 0, false, 'digital'),
  item('TR-OO-5L', 'Trade: Koroneiki olive oil 5 L tin, case price each', 'trade', 5200, 4900, false),
  item('TR-FET-2K', 'Trade: PDO feta tin 2 kg', 'trade', 2490, 2300, false, 'chilled'),
  item('TR-OL-2K', 'Trade: Kalamata olives tin 2 kg', 'trade', 2190, 2400, false),
  item('TR-OUZ-12', 'Trade: Ouzo of Plomari, case of 12', 'trade', 16900, 15500, true, 'alcohol'),
  item('TR-HN-1K', 'Trade: thyme honey tin 1 kg', 'trade', 2300, 1100, false, 'honey'),
  item('TR-ORG-500', 'Trade: Greek oregano 500 g bag', 'trade', 1400, 520, false),
];

const BY_SKU = new Map(ITEMS.map((i) => [i.sku, i]));

export function sku(code: string): Item {
  const i = BY_SKU.get(code);
  if (!i) throw new Error(`no sku ${code}`);
  return i;
}

/** Whether an item may be sent to a zone (digital goods go anywhere). */
export function allowed(i: Item, zone: Zone): boolean {
  if (i.rules.includes('fresh') && zone !== 'domestic') return false;
  if (i.rules.includes('chilled') && zone !== 'domestic' && zone !== 'cyprus' && zone !== 'eu') return false;
  if (i.rules.includes('alcohol') && (zone === 'us' || zone === 'au')) return false;
  if (i.rules.includes('honey') && zone === 'au') return false;
  return true;
}

export type Line = BasketLine<Category>;

export const line = (code: string, quantity = 1): Line => lineOf(sku(code), quantity);

/** Items of some categories that may go to `zone` (no trade packs, no gift cards unless asked). */
export const shelf = (zone: Zone, categories: readonly Category[]): Item[] =>
  ITEMS.filter((i) => categories.includes(i.category) && allowed(i, zone));

/** A basket of `lines` distinct items drawn from category weights, each 1 to `most` of. */
export function fill(
  rng: Rng,
  zone: Zone,
  weights: ReadonlyArray<readonly [Category, number]>,
  lines: number,
  most = 2,
): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines * 3 && out.length < lines; i++) {
    const items = shelf(zone, [rng.weightedPick(weights)]).filter((x) => !out.some((l) => l.sku === x.sku));
    if (items.length === 0) continue;
    const it = rng.pick(items);
    out.push(lineOf(it, rng.chance(0.7) ? 1 : rng.int(1, most)));
  }
  if (out.length === 0) out.push(line('OO-KAL-500', 1));
  return out;
}

/** How the parcel travels. */
export type Fulfilment =
  'courier' | 'box_now' | 'same_day_attica' | 'shop_pickup' | 'international' | 'multi_address' | 'email';

export interface Basket {
  lines: Line[];
  subtotal: number;
  code?: string;
  discount: number;
  shippingFee: number;
  codFee: number;
  amount: number;
  currency: 'EUR';
}

/** Flat rates by zone, free above a threshold in Greece, Cyprus and the EU; heavy parcels pay per kilo abroad. */
const RATES: Readonly<Record<Zone, { base: number; free?: number; perKg: number }>> = {
  domestic: { base: 390, free: 4900, perKg: 0 },
  cyprus: { base: 990, free: 12_000, perKg: 150 },
  eu: { base: 1490, free: 15_000, perKg: 250 },
  uk: { base: 2490, perKg: 400 },
  us: { base: 3900, perKg: 900 },
  au: { base: 4900, perKg: 1100 },
};

export const COD_FEE = 250;

/** What the lines weigh, grams. */
export const weightOf = (lines: readonly Line[]): number =>
  lines.reduce((s, l) => s + sku(l.sku).grams * l.quantity, 0);

export interface Pricing {
  zone: Zone;
  fulfilment: Fulfilment;
  code?: string;
  /** Percent off the items. */
  percent?: number;
  cod?: boolean;
  /** Parcels sent for a corporate order to many addresses. */
  recipients?: number;
}

/** The basket's money: items, less the code's discount, plus shipping and the cash-on-delivery fee. */
export function basketOf(lines: Line[], p: Pricing): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = p.code && p.percent ? Math.round((subtotal * p.percent) / 100) : 0;
  const shippingFee = shippingFor(lines, subtotal - discount, p);
  const codFee = p.cod ? COD_FEE : 0;
  return {
    lines,
    subtotal,
    ...(p.code && discount > 0 ? { code: p.code } : {}),
    discount,
    shippingFee,
    codFee,
    amount: subtotal - discount + shippingFee + codFee,
    currency: 'EUR',
  };
}

function shippingFor(lines: readonly Line[], goods: number, p: Pricing): number {
  if (p.fulfilment === 'shop_pickup' || p.fulfilment === 'email') return 0;
  if (p.fulfilment === 'same_day_attica') return 690;
  if (p.fulfilment === 'multi_address') return 390 * (p.recipients ?? 1);
  const r = RATES[p.zone];
  const box = p.fulfilment === 'box_now' ? 100 : 0;
  if (r.free !== undefined && goods >= r.free) return 0;
  const kg = Math.max(0, Math.ceil(weightOf(lines) / 1000) - 5);
  return r.base - box + kg * r.perKg;
}
