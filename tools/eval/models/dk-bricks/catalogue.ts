import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/**
 * What the shop sells, priced in Danish kroner (øre, VAT included) and converted to its other price lists with
 * shop-style rounding: the flagship launch and this season's sets, store exclusives, retired and collectible sets
 * (sealed or complete), single and collectible minifigures, bulk parts by the element or the kilo, acrylic display
 * cases and lighting, accessories, classroom kits and e-gift cards.
 */

export type Category =
  | 'launch_set'
  | 'new_set'
  | 'exclusive'
  | 'retired_set'
  | 'minifigure'
  | 'rare_minifigure'
  | 'bulk_parts'
  | 'display_case'
  | 'accessory'
  | 'education'
  | 'gift_card';

type Item = Product<Category>;
export type Line = BasketLine<Category>;

const kr = (x: number) => Math.round(x * 100);
const p = (sku: string, name: string, category: Category, price: number): Item =>
  product(sku, name, category, kr(price));

/** The flagship of the season and the Copenhagen modular: limited per customer. */
export const FLAGSHIP = p(
  '77001',
  'Ultimate Collector Imperial Star Cruiser (7,541 pcs)',
  'launch_set',
  5999,
);
export const MODULAR = p('10351', 'Icons Nyhavn Harbour Houses modular', 'launch_set', 1799);
/** The season's star: the flagship once it is on sale, else the modular. */
export const starOf = (onSale: boolean): Item => (onSale ? FLAGSHIP : MODULAR);
/** The store exclusive released at midnight on Black Friday. */
export const EXCLUSIVE = p('BK-0001', 'Brikkeriet exclusive: Copenhagen Tram, numbered', 'exclusive', 1199);
/** How many of each a customer account may buy: two flagships, three modulars, one exclusive. */
export const LIMITS: Readonly<Record<string, number>> = {
  [FLAGSHIP.sku]: 2,
  [MODULAR.sku]: 3,
  [EXCLUSIVE.sku]: 1,
};

export const NEW_SETS: readonly Item[] = [
  p('60414', 'City Fire Station with helicopter', 'new_set', 799),
  p('60431', 'City Police Station', 'new_set', 599),
  p('60436', 'City Advent Calendar 2026', 'new_set', 249),
  p('42166', 'Friends Heartlake Café', 'new_set', 349),
  p('42167', 'Friends Horse Stable', 'new_set', 549),
  p('42194', 'Technic Off-Road Truck', 'new_set', 1299),
  p('42199', 'Technic Motorbike', 'new_set', 749),
  p('42205', 'Technic Hypercar 1:8', 'new_set', 3199),
  p('31158', 'Creator 3-in-1 Winter Dragon', 'new_set', 149),
  p('31162', 'Creator 3-in-1 Cosy Cabin', 'new_set', 449),
  p('10332', 'Icons Town Bookshop modular', 'new_set', 1799),
  p('10340', 'Icons Winter Village Bakery', 'new_set', 899),
  p('10342', 'Botanicals Orchid', 'new_set', 399),
  p('10344', 'Botanicals Winter Bouquet', 'new_set', 449),
  p('60440', 'Space Moon Research Base', 'new_set', 899),
  p('75402', 'Galaxy Wars Starfighter', 'new_set', 499),
  p('75405', 'Galaxy Wars Advent Calendar', 'new_set', 299),
  p('76430', 'Wizarding Castle Great Hall', 'new_set', 1499),
  p('76433', 'Wizarding Castle Owlery', 'new_set', 349),
  p('10420', 'Duplo Big Train Set', 'new_set', 599),
  p('10421', 'Duplo Farm Animals', 'new_set', 349),
  p('11033', 'Classic Creative Brick Box', 'new_set', 299),
  p('71821', 'Ninja Dragon Temple', 'new_set', 699),
  p('71825', 'Ninja Mech Battle', 'new_set', 229),
  p('76914', 'Speed Champions Race Car', 'new_set', 179),
  p('21062', 'Architecture Copenhagen Skyline', 'new_set', 499),
  p('21351', 'Ideas Vintage Typewriter', 'new_set', 1799),
  p('31215', 'Art World Map Mosaic', 'new_set', 1999),
];

export const BRICK_BOX = bySku(NEW_SETS, '11033');
export const HYPERCAR = bySku(NEW_SETS, '42205');

/** Family sets under about 900 kr, what parents and grandparents buy for children. */
export const FAMILY_SETS = NEW_SETS.filter((x) => x.price <= kr(900) && !x.name.startsWith('Botanicals'));
/** Adult sets: Icons, Ideas, Technic flagships, Botanicals, Architecture, Art. */
export const ADULT_SETS = NEW_SETS.filter((x) =>
  /Icons|Ideas|Botanicals|Architecture|Art|Hypercar|Off-Road/.test(x.name),
);

export const RETIRED: readonly Item[] = [
  p('R75192', 'Retired 2017 UCS Millennium freighter, sealed', 'retired_set', 13999),
  p('R71043', 'Retired 2018 wizarding castle micro-scale, sealed', 'retired_set', 4999),
  p('R10243', 'Retired Parisian Restaurant modular, sealed', 'retired_set', 3999),
  p('R75827', 'Retired Ghost Hunters Firehouse HQ, sealed', 'retired_set', 4499),
  p('R10214', 'Retired 2010 Tower Bridge, complete with box', 'retired_set', 5999),
  p('R21313', 'Retired Ideas Ship in a Bottle, sealed', 'retired_set', 1299),
  p('R42083', 'Retired Technic Hypercar 1:8 (2018), sealed', 'retired_set', 4999),
  p('R70620', 'Retired Ninja City, sealed', 'retired_set', 3499),
  p('R21309', 'Retired Ideas Saturn V, sealed', 'retired_set', 2499),
  p('R71040', 'Retired Fairytale Castle, sealed', 'retired_set', 5499),
  p('R10182', 'Retired 2007 Café Corner, used, complete', 'retired_set', 8999),
  p('R10255', 'Retired Assembly Square, sealed', 'retired_set', 3299),
  p('R10249', 'Retired Winter Toy Shop, sealed', 'retired_set', 1599),
  p('R75252', 'Retired UCS Imperial Star Destroyer (2019), sealed', 'retired_set', 8499),
  p('R10179', 'Retired 2007 UCS Millennium freighter, used, complete', 'retired_set', 24999),
];

export const MINIFIGS: readonly Item[] = [
  p('CMF27', 'Collectible Minifigures series 27, blind bag', 'minifigure', 39),
  p('CMF27-BOX', 'Collectible Minifigures series 27, box of 36', 'minifigure', 1299),
  p('MF-KNIGHT', 'Minifigure: classic castle knight', 'minifigure', 49),
  p('MF-ASTRO', 'Minifigure: classic space astronaut, red', 'minifigure', 59),
  p('MF-TROOPER', 'Minifigure: clone trooper, winter', 'minifigure', 99),
  p('MF-WIZARD', 'Minifigure: wizard professor', 'minifigure', 79),
  p('MF-KEY', 'Minifigure keyring: astronaut', 'minifigure', 49),
];
export const BLIND_BAG = bySku(MINIFIGS, 'CMF27');
export const CHEAPEST = MINIFIGS.filter((x) => x.price <= kr(59) && x.sku !== 'CMF27-BOX');

export const RARE_MINIFIGS: readonly Item[] = [
  p('RMF-CHROME', 'Rare 2012 chrome-gold protocol droid minifigure', 'rare_minifigure', 1899),
  p('RMF-SDCC', 'Convention exclusive superhero minifigure (2013)', 'rare_minifigure', 2499),
  p('RMF-MRGOLD', 'Collectible Mr. Gold, numbered', 'rare_minifigure', 3999),
  p('RMF-CLOUD', 'Cloud city hero minifigure (2003)', 'rare_minifigure', 1499),
  p('RMF-BOBA', 'Bounty hunter minifigure, printed arms', 'rare_minifigure', 899),
];

export const BULK: readonly Item[] = [
  p('PAB-1KG', 'Pick a Brick mixed bricks, 1 kg', 'bulk_parts', 299),
  p('PAB-PLATES', 'Plates assortment, 500 g', 'bulk_parts', 179),
  p('TPIN-250', 'Technic pins, 250 pcs', 'bulk_parts', 69),
  p('3004-RED-100', 'Brick 1x2 bright red, 100 pcs', 'bulk_parts', 89),
  p('3070-DB', 'Tile 1x1 dark blue', 'bulk_parts', 1.5),
  p('3024-TAN', 'Plate 1x1 tan', 'bulk_parts', 0.75),
  p('3023-DBG', 'Plate 1x2 dark bluish grey', 'bulk_parts', 0.9),
  p('3069-BLK', 'Tile 1x2 black', 'bulk_parts', 1.25),
  p('98138-TRANS', 'Round tile 1x1 trans-clear', 'bulk_parts', 1.1),
  p('3001-WHT', 'Brick 2x4 white', 'bulk_parts', 2.5),
  p('3666-GRN', 'Plate 1x6 green', 'bulk_parts', 1.75),
  p('4073-MET', 'Round plate 1x1 metallic silver', 'bulk_parts', 0.8),
  p('2431-RBR', 'Tile 1x4 reddish brown', 'bulk_parts', 1.6),
  p('3062-YEL', 'Round brick 1x1 yellow', 'bulk_parts', 1.0),
];
export const PICK_A_BRICK = bySku(BULK, 'PAB-1KG');
export const ELEMENTS = BULK.filter((x) => x.price < kr(5));
export const BULK_PACKS = BULK.filter((x) => x.price >= kr(5));

export const DISPLAY: readonly Item[] = [
  p('DC-UCS-XL', 'Acrylic display case for the Imperial Star Cruiser', 'display_case', 1499),
  p('DC-MOD', 'Acrylic display case for a modular building', 'display_case', 699),
  p('DC-MF16', 'Minifigure display frame, 16 figures', 'display_case', 249),
  p('DC-HELM', 'Wall-mounted case for a helmet bust', 'display_case', 349),
  p('LED-MOD', 'LED lighting kit for modular buildings', 'display_case', 599),
  p('LED-UCS', 'LED lighting kit for the Imperial Star Cruiser', 'display_case', 899),
];

export const UCS_CASE = bySku(DISPLAY, 'DC-UCS-XL');
export const UCS_LIGHTS = bySku(DISPLAY, 'LED-UCS');
export const MODULAR_CASE = bySku(DISPLAY, 'DC-MOD');
export const MODULAR_LIGHTS = bySku(DISPLAY, 'LED-MOD');

export const ACCESSORIES: readonly Item[] = [
  p('ACC-HEAD', 'Storage head, large', 'accessory', 249),
  p('ACC-BASE', 'Baseplate 48x48 light grey', 'accessory', 149),
  p('ACC-BOOK', 'Ideas book: 500 builds', 'accessory', 199),
  p('ACC-SEP', 'Brick separator', 'accessory', 19),
  p('ACC-WRAP', 'Gift wrapping with card', 'accessory', 29),
];

/** A product of a list by its SKU. */
export function bySku(list: readonly Item[], sku: string): Item {
  const found = list.find((x) => x.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
}
export const GIFT_WRAP = bySku(ACCESSORIES, 'ACC-WRAP');

export const EDUCATION: readonly Item[] = [
  p('EDU-STEAM', 'Classroom STEAM pack (8 sets, teacher guide)', 'education', 4999),
  p('EDU-ROBOT', 'Robotics starter kit with hub', 'education', 2799),
  p('EDU-EARLY', 'Early learning brick set, 480 pcs', 'education', 1199),
  p('EDU-GEARS', 'Simple machines set', 'education', 899),
];

/** E-gift cards, by face value in kroner. */
export const GIFT_CARDS: readonly Item[] = [200, 300, 500, 1000].map((v) =>
  p(`GC-${v}`, `E-gift card ${v} kr`, 'gift_card', v),
);
export const GIFT_1000 = bySku(GIFT_CARDS, 'GC-1000');

/** Price lists: kroner per unit of the currency, the Danish price divided by it and rounded the shop's way. */
const RATE: Readonly<Record<Currency, number>> = { DKK: 1, EUR: 7.46, SEK: 0.68, GBP: 8.9, USD: 8.3 };

/** A Danish price in another currency: ends in .99, kronor in 9 kr, single elements to the cent. */
export function priceIn(dkk: number, currency: Currency): number {
  if (currency === 'DKK') return dkk;
  const x = dkk / RATE[currency];
  // Single elements to the cent (öre); small items to a .49/.99 (whole kronor); the rest to a .99 (… 9 kr).
  if (x < 300) return Math.max(1, Math.round(x));
  if (currency === 'SEK') return x < 10_000 ? Math.round(x / 100) * 100 : Math.round(x / 1000) * 1000 - 100;
  if (x < 1000) return Math.max(1, Math.round(x / 50)) * 50 - 1;
  return Math.round(x / 100) * 100 - 1;
}

/** A basket line of a product in a currency. */
export const lineIn = (item: Item, currency: Currency, quantity = 1): Line => ({
  ...lineOf(item, quantity),
  price: priceIn(item.price, currency),
});

/** A gift card's face value in the buyer's currency (round amounts). */
export function giftCardLine(value: Item, currency: Currency, quantity = 1): Line {
  const dkk = value.price / 100;
  const face: Readonly<Record<Currency, number>> = {
    DKK: dkk,
    EUR: Math.round(dkk / 7.5 / 5) * 5,
    SEK: Math.round((dkk * 1.5) / 50) * 50,
    GBP: Math.round(dkk / 9 / 5) * 5,
    USD: Math.round(dkk / 8 / 5) * 5,
  };
  return {
    ...lineOf(value, quantity),
    name: `E-gift card ${face[currency]} ${currency}`,
    price: Math.max(5, face[currency]) * 100,
  };
}

export type Delivery = 'parcel_shop' | 'home' | 'express' | 'pickup' | 'international' | 'email';

/** Shipping by price list and delivery, free above a threshold (not for express or international express). */
export function shippingFee(currency: Currency, delivery: Delivery, goods: number, far = false): number {
  if (delivery === 'pickup' || delivery === 'email') return 0;
  const fees: Readonly<Record<Currency, readonly [fee: number, free: number]>> = {
    DKK: [delivery === 'home' ? 5900 : 3900, delivery === 'home' ? 79_900 : 49_900],
    SEK: [7900, 99_900],
    EUR: [1299, 15_000],
    GBP: [1499, 20_000],
    USD: [far ? 3999 : 2999, 40_000],
  };
  if (delivery === 'express') return currency === 'DKK' ? 9900 : priceIn(14_900, currency);
  // Kroner to an address abroad (a gift for family in Sweden or the US).
  if (delivery === 'international' && currency === 'DKK') return goods >= 149_900 ? 0 : 14_900;
  const [fee, free] = fees[currency];
  return goods >= free ? 0 : fee;
}

export interface Basket {
  lines: Line[];
  currency: Currency;
  /** Sum of the lines. */
  goods: number;
  code?: string;
  discount: number;
  shippingFee: number;
  amount: number;
}

/** Codes the shop runs this season: Black Week, a first-order welcome code, the club code for LUG members. */
export type Code = 'BLACKWEEK20' | 'VELKOMMEN10' | 'LUG15';
const RATES: Readonly<Record<Code, number>> = { BLACKWEEK20: 0.2, VELKOMMEN10: 0.1, LUG15: 0.15 };
/** Launch sets, exclusives, retired sets, rare figures and gift cards are never discounted. */
const DISCOUNTABLE = new Set<Category>(['new_set', 'minifigure', 'bulk_parts', 'display_case', 'accessory']);

/** A basket: lines, a code when given (on the discountable lines only), shipping on the goods after discount. */
export function basketOf(
  lines: Line[],
  currency: Currency,
  delivery: Delivery,
  opts: { code?: Code; far?: boolean } = {},
): Basket {
  const goods = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const eligible = lines
    .filter((l) => DISCOUNTABLE.has(l.category))
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = opts.code && eligible > 0 ? Math.floor(eligible * RATES[opts.code]) : 0;
  const code = discount > 0 ? opts.code : undefined;
  const fee = shippingFee(currency, delivery, goods - discount, opts.far);
  return {
    lines,
    currency,
    goods,
    ...(code ? { code } : {}),
    discount,
    shippingFee: fee,
    amount: goods - discount + fee,
  };
}

/** `count` different products from `from`, one each unless `quantity` says otherwise. */
export function some(
  rng: Rng,
  from: readonly Item[],
  count: number,
  currency: Currency,
  quantity: () => number = () => 1,
): Line[] {
  return rng
    .shuffle(from)
    .slice(0, Math.max(1, count))
    .map((x) => lineIn(x, currency, quantity()));
}
