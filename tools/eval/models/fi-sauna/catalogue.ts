import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the shop sells, with Finnish prices in euro cents (VAT 25.5 % included). Other currencies are the shop's
 * own price lists: the euro price converted and rounded to whole kronor or dollars.
 */

export type Category =
  | 'wood_stove'
  | 'electric_stove'
  | 'stove_parts'
  | 'sauna_kit'
  | 'hot_tub'
  | 'hot_tub_parts'
  | 'accessory'
  | 'textile'
  | 'scent'
  | 'outdoor_kitchen'
  | 'gift_card';

export const CATALOGUE = {
  woodSmall: product('WS-13', 'Wood-burning sauna stove 13 kW, 6–13 m³', 'wood_stove', 64_900),
  woodMid: product('WS-20', 'Wood-burning sauna stove 20 kW with glass door', 'wood_stove', 98_900),
  woodPanorama: product('WS-24P', 'Wood-burning stove 24 kW, through-wall panorama', 'wood_stove', 149_000),
  woodWater: product('WS-16W', 'Wood-burning stove 16 kW with 35 l water tank', 'wood_stove', 119_000),
  elecWall: product('ES-6', 'Electric sauna stove 6 kW, wall-mounted', 'electric_stove', 39_900),
  elecFloor: product('ES-9', 'Electric sauna stove 9 kW, floor model', 'electric_stove', 69_900),
  elecTower: product('ES-10T', 'Electric tower stove 10.5 kW, 100 kg stones', 'electric_stove', 159_000),
  control: product('CU-WIFI', 'Stove control unit with Wi-Fi', 'stove_parts', 49_900),
  stones: product('ST-20', 'Sauna stones, olivine diabase 20 kg', 'stove_parts', 3_490),
  chimney: product('CH-115', 'Insulated chimney kit 115 mm, 2 m', 'stove_parts', 58_900),
  shield: product('HS-1', 'Stove heat shield, steel', 'stove_parts', 18_900),
  barrel: product('BS-2.4', 'Barrel sauna kit 2.4 m, thermowood', 'sauna_kit', 599_000),
  barrelLarge: product('BS-3.6', 'Barrel sauna kit 3.6 m with porch', 'sauna_kit', 849_000),
  garden: product('GS-4', 'Garden sauna cabin kit 4 m², log 44 mm', 'sauna_kit', 1_190_000),
  gardenLarge: product('GS-9', 'Garden sauna with dressing room 9 m²', 'sauna_kit', 1_790_000),
  tubWood: product('HT-W6', 'Wood-fired hot tub, 6 persons', 'hot_tub', 389_000),
  tubDeluxe: product('HT-D8', 'Wood-fired hot tub with jets and LED, 8 persons', 'hot_tub', 599_000),
  tubHeater: product('HT-H', 'External hot tub heater 40 kW', 'hot_tub_parts', 69_000),
  tubCover: product('HT-C', 'Insulated hot tub cover', 'hot_tub_parts', 29_900),
  bucket: product('AC-BL', 'Wooden sauna bucket and ladle set', 'accessory', 4_990),
  thermo: product('AC-TH', 'Sauna thermometer and hygrometer', 'accessory', 3_990),
  lamp: product('AC-LED', 'Sauna LED lighting kit', 'accessory', 12_900),
  headrest: product('AC-HR', 'Aspen headrest', 'accessory', 2_990),
  vihta: product('AC-VH', 'Birch whisk (vihta), dried', 'accessory', 1_290),
  towel: product('TX-LT', 'Linen sauna towel', 'textile', 3_490),
  seatCover: product('TX-SC', 'Linen seat cover, 2 pcs', 'textile', 2_490),
  robe: product('TX-RB', 'Waffle sauna robe', 'textile', 7_900),
  scentBirch: product('SC-BI', 'Löyly scent, birch, 100 ml', 'scent', 990),
  scentTar: product('SC-TA', 'Löyly scent, tar, 100 ml', 'scent', 990),
  scentSet: product('SC-GS', 'Löyly scent gift set, 4 × 50 ml', 'scent', 2_990),
  pan: product('OK-PN48', 'Griddle pan 48 cm for open fire', 'outdoor_kitchen', 8_900),
  firePit: product('OK-FP', 'Fire pit with griddle stand', 'outdoor_kitchen', 24_900),
  smoker: product('OK-SM', 'Fish smoker, stainless', 'outdoor_kitchen', 18_900),
  gift50: product('GC-50', 'Gift card 50 €', 'gift_card', 5_000),
  gift100: product('GC-100', 'Gift card 100 €', 'gift_card', 10_000),
} satisfies Record<string, Product<Category>>;

export type Item = keyof typeof CATALOGUE;
export type Line = BasketLine<Category>;

export const ACCESSORIES: readonly Item[] = [
  'bucket',
  'thermo',
  'lamp',
  'headrest',
  'vihta',
  'towel',
  'seatCover',
  'robe',
  'scentBirch',
  'scentTar',
  'scentSet',
  'stones',
  'pan',
  'smoker',
];
export const STOVES: readonly Item[] = [
  'woodSmall',
  'woodMid',
  'woodPanorama',
  'woodWater',
  'elecWall',
  'elecFloor',
  'elecTower',
];
export const KITS: readonly Item[] = ['barrel', 'barrelLarge', 'garden', 'gardenLarge'];
export const TUBS: readonly Item[] = ['tubWood', 'tubDeluxe'];

export type Currency = 'EUR' | 'SEK' | 'NOK' | 'USD' | 'CAD';
const RATE: Record<Currency, number> = { EUR: 1, SEK: 11.3, NOK: 11.7, USD: 1.1, CAD: 1.52 };

/** The price of a euro-priced amount in the shop's list for `currency`. */
export function priced(cents: number, currency: Currency): number {
  if (currency === 'EUR') return cents;
  return Math.round((cents * RATE[currency]) / 100) * 100;
}

export function line(item: Item, currency: Currency, quantity = 1): Line {
  const p = CATALOGUE[item];
  return { ...lineOf(p, quantity), price: priced(p.price, currency) };
}

export type Delivery = 'freight_slot' | 'posti_locker' | 'posti_parcel' | 'courier' | 'pickup' | 'email';

export interface Basket {
  lines: Line[];
  currency: Currency;
  shippingFee: number;
  code?: string;
  discount?: number;
  amount: number;
}

const BULKY: ReadonlySet<Category> = new Set(['sauna_kit', 'hot_tub', 'wood_stove', 'electric_stove']);

/** How a basket must travel: a stove, kit or tub by freight with a booked slot, the rest as a parcel. */
export const needsFreight = (lines: readonly Line[]) => lines.some((l) => BULKY.has(l.category));

/** Delivery fees in euro cents, by how and where; parcels free from 100 € in Finland. */
export function deliveryFee(d: Delivery, country: string, lines: readonly Line[], itemsEur: number): number {
  const home = country === 'FI';
  const near = ['EE', 'LV', 'LT', 'SE'].includes(country);
  if (d === 'pickup' || d === 'email') return 0;
  if (d === 'posti_locker') return home ? (itemsEur >= 10_000 ? 0 : 690) : 1_490;
  if (d === 'posti_parcel') return home ? (itemsEur >= 10_000 ? 0 : 990) : near ? 1_990 : 2_990;
  if (d === 'courier') return 4_900;
  const kits = lines.some((l) => l.category === 'sauna_kit' || l.category === 'hot_tub');
  if (home) return kits ? 29_000 : 8_900;
  if (near) return kits ? 59_000 : 19_000;
  return kits ? 149_000 : 39_000;
}

/** A basket priced in `currency`, with its delivery fee and an optional code taking `pct` % off the goods. */
export function basketOf(
  lines: Line[],
  currency: Currency,
  delivery: Delivery,
  country: string,
  code?: { code: string; pct: number },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const itemsEur = lines.reduce((s, l) => s + CATALOGUE[itemKey(l.sku)].price * l.quantity, 0);
  const shippingFee = priced(deliveryFee(delivery, country, lines, itemsEur), currency);
  const discount = code ? Math.round((items * code.pct) / 100) : 0;
  return {
    lines,
    currency,
    shippingFee,
    ...(code ? { code: code.code, discount } : {}),
    amount: items - discount + shippingFee,
  };
}

const BY_SKU = new Map(Object.entries(CATALOGUE).map(([k, p]) => [p.sku, k as Item]));
const itemKey = (sku: string): Item => BY_SKU.get(sku) ?? 'bucket';

/** One to four accessories, the kind a cottage weekend or a gift needs. */
export function accessories(rng: Rng, currency: Currency, max = 4): Line[] {
  const n = rng.int(1, max);
  const picked = rng.shuffle(ACCESSORIES).slice(0, n);
  return picked.map((i) => line(i, currency, i.startsWith('scent') || i === 'vihta' ? rng.int(1, 3) : 1));
}
