import { type BasketLine, lineOf, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/**
 * What the shop sells, at its Kenyan shilling prices (VAT included); the dollar, pound and euro price lists
 * follow from them with a fifth added for export packing and card fees. Wholesale accounts pay 55 % of retail
 * in packs of six. Each product has a shipping weight: carvings and baskets are heavy and bulky, beadwork is
 * not. Amounts are in the currency's minor unit (cents for all four).
 */

export type Category =
  'beadwork' | 'textiles' | 'carvings' | 'baskets' | 'leather' | 'tea' | 'coffee' | 'gifts';

export interface Item extends Product<Category> {
  /** Retail price in whole shillings. */
  kes: number;
  grams: number;
}

const item = (sku: string, name: string, category: Category, kes: number, grams: number): Item => ({
  sku,
  name,
  category,
  price: kes * 100,
  kes,
  grams,
});

export const CATALOGUE = {
  keyholder: item('BD-KEY', 'Beaded Maasai key holder', 'beadwork', 350, 40),
  bracelet: item('BD-BRC', 'Maasai beaded bracelet', 'beadwork', 450, 30),
  earrings: item('BD-EAR', 'Beaded hoop earrings', 'beadwork', 650, 30),
  braceletSet: item('BD-BR5', 'Beaded bracelet stack (set of 5)', 'beadwork', 1800, 120),
  ornaments: item('BD-ORN', 'Beaded Christmas ornaments (set of 6)', 'beadwork', 1200, 150),
  coasters: item('BD-CST', 'Beaded coasters (set of 4)', 'beadwork', 1400, 220),
  animals: item('BD-GIR', 'Wire-and-bead giraffe', 'beadwork', 1600, 250),
  belt: item('BD-BLT', 'Beaded leather belt', 'beadwork', 2800, 300),
  collar: item('BD-COL', 'Maasai beaded collar necklace', 'beadwork', 4500, 350),
  weddingCollar: item('BD-WED', 'Ceremonial beaded wedding collar', 'beadwork', 12500, 900),
  kanga: item('TX-KNG', 'Kanga pair (leso)', 'textiles', 900, 350),
  kikoy: item('TX-KKY', 'Cotton kikoy sarong', 'textiles', 1500, 300),
  shuka: item('TX-SHK', 'Maasai shuka blanket', 'textiles', 1800, 600),
  kitenge: item('TX-KTG', 'Kitenge fabric (6 yards)', 'textiles', 2200, 700),
  kikoyTowel: item('TX-KTW', 'Kikoy beach towel', 'textiles', 2400, 550),
  cushions: item('TX-CSH', 'Kanga cushion covers (pair)', 'textiles', 1600, 300),
  throw: item('TX-THR', 'Kikoy throw blanket', 'textiles', 3800, 1100),
  soapBowl: item('CV-SBW', 'Kisii soapstone bowl', 'carvings', 950, 450),
  soapHippo: item('CV-HIP', 'Soapstone hippo', 'carvings', 1200, 500),
  servers: item('CV-SRV', 'Olive-wood salad servers', 'carvings', 1100, 250),
  board: item('CV-BRD', 'Olive-wood serving board', 'carvings', 2200, 900),
  soapFamily: item('CV-FAM', 'Soapstone family sculpture', 'carvings', 3500, 1400),
  woodBowl: item('CV-WBW', 'Olive-wood salad bowl', 'carvings', 4200, 1500),
  nativity: item('CV-NAT', 'Akamba wooden nativity set', 'carvings', 5500, 1800),
  chess: item('CV-CHS', 'Soapstone chess set', 'carvings', 9500, 4200),
  giraffe: item('CV-GRF', 'Akamba carved giraffe (1 m)', 'carvings', 14000, 6500),
  sculpture: item('CV-SCL', 'Large Kisii soapstone sculpture (40 cm)', 'carvings', 24000, 9000),
  babyKiondo: item('BK-SML', 'Small sisal kiondo', 'baskets', 1200, 250),
  kiondo: item('BK-MED', 'Sisal kiondo basket', 'baskets', 2800, 500),
  kiondoLeather: item('BK-LTR', 'Sisal kiondo with leather straps', 'baskets', 4500, 700),
  placemats: item('BK-PLM', 'Sisal placemats (set of 6)', 'baskets', 3000, 600),
  wallBaskets: item('BK-WAL', 'Woven wall baskets (set of 3)', 'baskets', 6500, 1300),
  sandals: item('LT-SND', 'Leather sandals', 'leather', 1900, 500),
  beadedSandals: item('LT-BSD', 'Maasai beaded leather sandals', 'leather', 2500, 550),
  journal: item('LT-JRN', 'Leather journal', 'leather', 1800, 350),
  wallet: item('LT-WLT', 'Leather wallet', 'leather', 2200, 150),
  weekender: item('LT-WKD', 'Leather weekender bag', 'leather', 14500, 2400),
  teaBags: item('TE-BAG', 'Kenyan black tea (100 bags)', 'tea', 450, 250),
  blackTea: item('TE-BLK', 'Highland black tea, loose (500 g)', 'tea', 750, 550),
  greenTea: item('TE-GRN', 'Kenyan green tea (100 g)', 'tea', 600, 150),
  purpleTea: item('TE-PRP', 'Purple tea (100 g)', 'tea', 950, 150),
  teaTins: item('TE-TIN', 'Tea gift tins (set of 3)', 'tea', 2400, 700),
  ground: item('CF-GRD', 'Ground coffee (250 g)', 'coffee', 900, 300),
  peaberry: item('CF-PB', 'Peaberry coffee beans (250 g)', 'coffee', 1100, 300),
  aa: item('CF-AA', 'Kenya AA coffee beans (500 g)', 'coffee', 1600, 550),
  hamper: item('GF-HMP', 'Tea and coffee gift hamper', 'gifts', 6800, 2500),
  corporateBox: item('GF-CRP', 'Corporate gift box (tea, coffee, kikoy, coasters)', 'gifts', 5200, 2000),
  voucher: item('GF-VCH', 'E-gift voucher', 'gifts', 2000, 0),
} as const;

export type Sku = keyof typeof CATALOGUE;
export const ITEMS: readonly Item[] = Object.values(CATALOGUE);

/** Shillings to one shop currency (for the rates the site used that season). */
export const KES_PER: Readonly<Record<Currency, number>> = { KES: 1, USD: 129, GBP: 163, EUR: 150 };

/** A shilling amount in a currency's minor unit: whole shillings, or to 50 cents under 20 and whole units above. */
export function priceIn(kes: number, currency: Currency, markup = 1.2): number {
  if (currency === 'KES') return Math.round(kes) * 100;
  const x = (kes / KES_PER[currency]) * markup;
  const step = x < 20 ? 0.5 : 1;
  return Math.round(Math.ceil(x / step) * step * 100);
}

export type Line = BasketLine<Category> & { grams: number };

/** `quantity` of an item at its retail (or wholesale) price in `currency`. */
export function lineIn(i: Item, currency: Currency, quantity = 1, wholesale = false): Line {
  const kes = wholesale ? Math.round((i.kes * 0.55) / 10) * 10 : i.kes;
  return { ...lineOf(i, quantity), price: priceIn(kes, currency), grams: i.grams };
}

/** Lines from a pool of skus, each a distinct item, quantities mostly one, at retail (or wholesale) prices. */
export function pickLines(
  rng: Rng,
  currency: Currency,
  pool: ReadonlyArray<readonly [Sku, number]>,
  lines: number,
  extra = 0.2,
  wholesale = false,
): Line[] {
  const chosen = new Set<Sku>();
  for (let i = 0; i < lines * 4 && chosen.size < lines; i++) chosen.add(rng.weightedPick(pool));
  return [...chosen].map((s) =>
    lineIn(CATALOGUE[s], currency, rng.chance(extra) ? rng.int(2, 4) : 1, wholesale),
  );
}

// ---- Shipping ----

export type Fulfilment =
  | 'rider_nairobi'
  | 'rider_mombasa'
  | 'courier_kenya'
  | 'pickup_agent'
  | 'shop_pickup'
  | 'dhl_express'
  | 'posta_ems'
  | 'dhl_freight'
  | 'agent_collection'
  | 'email';

/** Fulfilment that ends in Kenya. */
export const LOCAL: ReadonlySet<Fulfilment> = new Set([
  'rider_nairobi',
  'rider_mombasa',
  'courier_kenya',
  'pickup_agent',
  'shop_pickup',
  'agent_collection',
]);

export const weightOf = (lines: readonly Line[]): number =>
  300 + lines.reduce((g, l) => g + l.grams * l.quantity, 0);

/**
 * The delivery fee, in the order's currency. Riders in Nairobi and Mombasa KES 350 (free from KES 7,500),
 * pickup agents KES 180, countrywide couriers KES 650 (free from KES 15,000); DHL Express abroad about
 * USD 38 for the first kilo and 9 for each more (free on retail baskets from about USD 300), EMS by post
 * about USD 22 and 6, freight for wholesale USD 90 plus 4 a kilo; collection and e-mail free.
 */
export function shippingFee(f: Fulfilment, currency: Currency, itemsKes: number, grams: number): number {
  const kg = Math.max(1, Math.ceil(grams / 1000));
  const fee = (kes: number) => priceIn(kes, currency, 1);
  switch (f) {
    case 'rider_nairobi':
    case 'rider_mombasa':
      return itemsKes >= 7500 ? 0 : fee(350);
    case 'pickup_agent':
      return fee(180);
    case 'courier_kenya':
      return itemsKes >= 15_000 ? 0 : fee(650);
    case 'dhl_express':
      return itemsKes >= 40_000 ? 0 : fee(4900 + 1150 * (kg - 1));
    case 'posta_ems':
      return fee(2850 + 780 * (kg - 1));
    case 'dhl_freight':
      return fee(11_600 + 520 * kg);
    case 'shop_pickup':
    case 'agent_collection':
    case 'email':
      return 0;
  }
}

// ---- Codes ----

export type Code = 'BLACKFRIDAY15' | 'KARIBU10' | 'JAMHURI12';

export const CODE_RATE: Readonly<Record<Code, number>> = {
  BLACKFRIDAY15: 0.15,
  KARIBU10: 0.1,
  JAMHURI12: 0.12,
};

/** Black Friday weekend to Cyber Monday (day 0–3); Jamhuri Day (day 15), Kenya only; first orders any day. */
export function codeFor(day: number, firstOrder: boolean, kenyan: boolean): Code | undefined {
  if (day >= 0 && day <= 3) return 'BLACKFRIDAY15';
  if (day === 15 && kenyan) return 'JAMHURI12';
  return firstOrder ? 'KARIBU10' : undefined;
}

export interface Basket {
  lines: Line[];
  currency: Currency;
  /** Sum of the lines. */
  items: number;
  code?: Code;
  discount: number;
  shippingFee: number;
  amount: number;
  grams: number;
  wholesale: boolean;
}

/** The basket priced: lines, code, delivery; amount = items − discount + delivery. */
export function basketOf(
  lines: Line[],
  currency: Currency,
  f: Fulfilment,
  opts: { code?: Code | undefined; wholesale?: boolean } = {},
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const itemsKes = (items / 100) * (currency === 'KES' ? 1 : KES_PER[currency] / 1.2);
  const code = opts.wholesale ? undefined : opts.code;
  const raw = code ? items * CODE_RATE[code] : 0;
  const discount = currency === 'KES' ? Math.round(raw / 100) * 100 : Math.round(raw);
  const grams = weightOf(lines);
  const shipping = shippingFee(f, currency, itemsKes, grams);
  return {
    lines,
    currency,
    items,
    ...(code ? { code } : {}),
    discount,
    shippingFee: shipping,
    amount: items - discount + shipping,
    grams,
    wholesale: opts.wholesale ?? false,
  };
}

// ---- Pools: what different buyers put in their baskets ----

type Pool = ReadonlyArray<readonly [Sku, number]>;

/** A Kenyan household's Christmas shopping: gifts, the house, tea and coffee. */
export const HOME_GIFTS: Pool = [
  ['bracelet', 5],
  ['earrings', 4],
  ['braceletSet', 4],
  ['ornaments', 5],
  ['coasters', 3],
  ['animals', 3],
  ['belt', 2],
  ['collar', 2],
  ['kanga', 4],
  ['kikoy', 5],
  ['shuka', 3],
  ['kitenge', 3],
  ['kikoyTowel', 3],
  ['cushions', 3],
  ['throw', 2],
  ['soapBowl', 3],
  ['soapHippo', 2],
  ['servers', 3],
  ['board', 3],
  ['woodBowl', 2],
  ['nativity', 2],
  ['babyKiondo', 2],
  ['kiondo', 4],
  ['kiondoLeather', 2],
  ['placemats', 3],
  ['wallBaskets', 1],
  ['sandals', 3],
  ['beadedSandals', 3],
  ['journal', 2],
  ['wallet', 3],
  ['blackTea', 4],
  ['purpleTea', 3],
  ['teaTins', 3],
  ['aa', 4],
  ['peaberry', 2],
  ['ground', 2],
  ['hamper', 2],
  ['voucher', 1],
];

/** What people abroad order from Kenya: things that travel and say Kenya. */
export const EXPORT_FAVOURITES: Pool = [
  ['bracelet', 4],
  ['braceletSet', 4],
  ['earrings', 3],
  ['ornaments', 5],
  ['collar', 3],
  ['animals', 2],
  ['kikoy', 5],
  ['kanga', 3],
  ['shuka', 3],
  ['kikoyTowel', 3],
  ['throw', 2],
  ['cushions', 2],
  ['soapBowl', 3],
  ['soapHippo', 3],
  ['soapFamily', 2],
  ['servers', 3],
  ['woodBowl', 2],
  ['nativity', 2],
  ['chess', 1],
  ['kiondo', 6],
  ['kiondoLeather', 4],
  ['babyKiondo', 2],
  ['placemats', 2],
  ['wallBaskets', 2],
  ['beadedSandals', 3],
  ['wallet', 2],
  ['journal', 2],
  ['aa', 5],
  ['peaberry', 3],
  ['purpleTea', 3],
  ['blackTea', 3],
  ['teaTins', 3],
];

/** The diaspora's own taste of home. */
export const TASTE_OF_HOME: Pool = [
  ['blackTea', 6],
  ['teaBags', 5],
  ['aa', 5],
  ['ground', 3],
  ['purpleTea', 2],
  ['kanga', 5],
  ['kikoy', 4],
  ['kitenge', 4],
  ['shuka', 3],
  ['collar', 2],
  ['bracelet', 3],
  ['braceletSet', 2],
  ['kiondo', 3],
  ['beadedSandals', 2],
  ['teaTins', 2],
  ['ornaments', 2],
];

/** Gifts for family at home. */
export const GIFTS_FOR_HOME: Pool = [
  ['hamper', 6],
  ['teaTins', 4],
  ['aa', 3],
  ['blackTea', 3],
  ['shuka', 4],
  ['throw', 3],
  ['kikoy', 3],
  ['kanga', 4],
  ['kitenge', 4],
  ['cushions', 2],
  ['woodBowl', 2],
  ['nativity', 2],
  ['kiondoLeather', 2],
  ['beadedSandals', 2],
  ['wallet', 2],
  ['voucher', 2],
];

export const TEA_AND_COFFEE: Pool = [
  ['teaBags', 4],
  ['blackTea', 6],
  ['greenTea', 2],
  ['purpleTea', 3],
  ['teaTins', 1],
  ['ground', 3],
  ['peaberry', 3],
  ['aa', 6],
];

/** What a shop abroad restocks: baskets, beadwork, small carvings, textiles. */
export const WHOLESALE: Pool = [
  ['kiondo', 8],
  ['kiondoLeather', 5],
  ['babyKiondo', 4],
  ['placemats', 3],
  ['wallBaskets', 3],
  ['bracelet', 5],
  ['braceletSet', 4],
  ['earrings', 4],
  ['ornaments', 6],
  ['coasters', 3],
  ['animals', 3],
  ['collar', 2],
  ['kikoy', 5],
  ['kikoyTowel', 3],
  ['cushions', 3],
  ['shuka', 3],
  ['soapBowl', 4],
  ['soapHippo', 4],
  ['servers', 4],
  ['woodBowl', 2],
  ['nativity', 2],
  ['beadedSandals', 2],
];

/** Year-end corporate gifts. */
export const CORPORATE: Pool = [
  ['corporateBox', 8],
  ['hamper', 4],
  ['teaTins', 5],
  ['aa', 3],
  ['kikoy', 2],
  ['coasters', 2],
  ['journal', 3],
  ['wallet', 1],
];

/** A Kenyan wedding or ruracio: matching kangas and kitenge for the women, shukas and tea for the in-laws. */
export const WEDDING: Pool = [
  ['kanga', 6],
  ['kitenge', 6],
  ['shuka', 4],
  ['kikoy', 3],
  ['weddingCollar', 2],
  ['collar', 3],
  ['braceletSet', 3],
  ['blackTea', 3],
  ['teaTins', 2],
  ['kiondo', 2],
];

/** What resells: leather, big carvings, hampers. */
export const RESELLABLE: Pool = [
  ['weekender', 5],
  ['chess', 3],
  ['sculpture', 3],
  ['giraffe', 2],
  ['weddingCollar', 2],
  ['hamper', 4],
  ['kiondoLeather', 3],
  ['beadedSandals', 3],
  ['wallBaskets', 2],
  ['throw', 2],
  ['aa', 2],
];
