import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';

/**
 * What the shop sells, in rand cents with VAT: sliced biltong by the kilo (beef, chilli, kudu), slabs and
 * sticks, droëwors, chilli bites, rusks, Mrs Ball's chutney, rooibos, boerewors and biltong spice, braai salt,
 * South African sweets, Amarula gift boxes, gift boxes, braai packs, corporate year-end hampers and e-gift
 * cards. Meat goes only to South Africa and its customs-union neighbours (Namibia, Botswana); liqueur only
 * within South Africa; everything else ships abroad, priced in the buyer's currency from the rand price with an
 * export margin, VAT-free.
 */

export type Category =
  | 'biltong'
  | 'droewors'
  | 'chilli_bites'
  | 'rusks'
  | 'condiments'
  | 'rooibos'
  | 'spices'
  | 'sweets'
  | 'liqueur'
  | 'gift_box'
  | 'braai_pack'
  | 'hamper'
  | 'gift_card';

export type Currency = 'ZAR' | 'GBP' | 'EUR' | 'USD' | 'CAD' | 'AUD' | 'NZD';

export interface Item extends Product<Category> {
  meat: boolean;
  alcohol: boolean;
  /** Shipping weight, grams. */
  grams: number;
}

const item = (sku: string, name: string, category: Category, rand: number, grams: number, flags = '') => ({
  ...product(sku, name, category, Math.round(rand * 100)),
  meat: flags.includes('m'),
  alcohol: flags.includes('a'),
  grams,
});

export const CATALOGUE = {
  biltong250: item('BLT-250', 'Beef biltong, sliced, 250 g', 'biltong', 135, 300, 'm'),
  biltong500: item('BLT-500', 'Beef biltong, sliced, 500 g', 'biltong', 259, 550, 'm'),
  biltongKilo: item('BLT-1KG', 'Beef biltong, sliced, 1 kg', 'biltong', 499, 1050, 'm'),
  biltongWet: item('BLT-1KG-WET', 'Beef biltong, medium-wet, by the kilo', 'biltong', 520, 1050, 'm'),
  slab: item('BLT-SLAB', 'Whole beef biltong slab, about 1 kg', 'biltong', 479, 1050, 'm'),
  chilliBiltong: item('BLT-CHILLI-500', 'Chilli biltong, 500 g', 'biltong', 275, 550, 'm'),
  kudu: item('BLT-KUDU-500', 'Kudu biltong, 500 g', 'biltong', 345, 550, 'm'),
  sticks: item('BLT-STICKS-1KG', 'Biltong sticks (stokkies), 1 kg', 'biltong', 469, 1050, 'm'),
  chips: item('BLT-CHIPS-80', 'Biltong chips, 80 g', 'biltong', 49, 100, 'm'),
  wors250: item('DRW-250', 'Droëwors, 250 g', 'droewors', 115, 300, 'm'),
  wors500: item('DRW-500', 'Droëwors, 500 g', 'droewors', 215, 550, 'm'),
  worsKilo: item('DRW-1KG', 'Droëwors, 1 kg', 'droewors', 409, 1050, 'm'),
  taster: item('CHB-50', 'Chilli bites tasting pack, 50 g', 'chilli_bites', 35, 70, 'm'),
  chilliBites: item('CHB-250', 'Chilli bites, 250 g', 'chilli_bites', 129, 300, 'm'),
  ouma: item('RSK-OUMA-500', 'Ouma buttermilk rusks, 500 g', 'rusks', 64, 550),
  rusks: item('RSK-HOME-1KG', 'Homemade buttermilk rusks, 1 kg', 'rusks', 149, 1100),
  muesli: item('RSK-MUESLI-750', 'Muesli rusks, 750 g', 'rusks', 119, 800),
  chutney: item('MBC-ORIG-470', "Mrs Ball's original chutney, 470 g", 'condiments', 45, 650),
  peach: item('MBC-PEACH-470', "Mrs Ball's peach chutney, 470 g", 'condiments', 45, 650),
  chakalaka: item('CHK-410', 'Chakalaka, 410 g', 'condiments', 26, 450),
  monkeyGland: item('SAU-MONKEY-375', 'Monkey gland sauce, 375 ml', 'condiments', 42, 450),
  rooibos: item('RBS-80', 'Rooibos tea, 80 bags', 'rooibos', 69, 250),
  rooibosLoose: item('RBS-LOOSE-500', 'Organic rooibos, loose, 500 g', 'rooibos', 125, 550),
  worsSpice: item('SPC-WORS-1KG', 'Boerewors spice, 1 kg', 'spices', 145, 1050),
  braaiSalt: item('SPC-BRAAI-200', 'Braai salt, 200 g', 'spices', 55, 250),
  biltongSpice: item('SPC-BILTONG-1KG', 'Biltong spice, 1 kg', 'spices', 139, 1050),
  periPeri: item('SPC-PERI-200', 'Peri-peri rub, 200 g', 'spices', 59, 250),
  crisp: item('SWT-PEPCRISP-4', 'Peppermint Crisp, 4 bars', 'sweets', 92, 220),
  toffees: item('SWT-WILSONS-500', "Wilson's toffees, 500 g", 'sweets', 79, 550),
  chappies: item('SWT-CHAPPIES-100', 'Chappies bubblegum, 100 pack', 'sweets', 55, 400),
  nikNaks: item('SWT-NIKNAKS-6', 'Nik Naks cheese, 6 × 55 g', 'sweets', 69, 400),
  sweetBox: item('SWT-BOX', 'Sweet tooth box', 'sweets', 249, 1200),
  amarula: item('AMR-BOX-750', 'Amarula gift box, 750 ml with two glasses', 'liqueur', 349, 1900, 'a'),
  loverBox: item('GB-BILTONG', "Biltong lover's box", 'gift_box', 645, 1600, 'm'),
  braaiMaster: item('GB-BRAAIMASTER', 'Braai master gift box', 'gift_box', 795, 2500, 'm'),
  amarulaBox: item('GB-AMARULA', 'Amarula & biltong gift box', 'gift_box', 695, 2400, 'ma'),
  homeBox: item('GB-HOME', 'Taste of home pantry box', 'gift_box', 895, 3500),
  oumaBox: item('GB-OUMA', "Ouma's kitchen box: rusks, rooibos and chutney", 'gift_box', 595, 2600),
  braaiPack: item(
    'BP-CLASSIC',
    'Braai pack: wors spice, braai salt, chutney, chakalaka, droëwors',
    'braai_pack',
    395,
    2200,
    'm',
  ),
  festivePack: item('BP-FESTIVE', 'Festive braai pack', 'braai_pack', 595, 3200, 'm'),
  hamperClassic: item('HMP-CLASSIC', 'Classic year-end hamper', 'hamper', 850, 3500, 'm'),
  hamperExec: item('HMP-EXEC', 'Executive biltong hamper', 'hamper', 1250, 4500, 'm'),
  hamperPremium: item('HMP-PREMIUM', 'Premium hamper with Amarula', 'hamper', 1650, 5500, 'ma'),
  hamperPantry: item('HMP-PANTRY', 'Pantry hamper, no meat', 'hamper', 650, 3500),
  card250: item('GC-250', 'E-gift card, R250', 'gift_card', 250, 0),
  card500: item('GC-500', 'E-gift card, R500', 'gift_card', 500, 0),
  card1000: item('GC-1000', 'E-gift card, R1,000', 'gift_card', 1000, 0),
} as const satisfies Record<string, Item>;

export type Sku = keyof typeof CATALOGUE;

/** Rand per unit of each currency the shop prices in (its December rates). */
export const RATES: Readonly<Record<Currency, number>> = {
  ZAR: 1,
  GBP: 23.2,
  EUR: 19.8,
  USD: 17.9,
  CAD: 12.9,
  AUD: 11.7,
  NZD: 10.6,
};

/** The currency of each market the shop ships to; everywhere else buys in rand. */
export const CURRENCY_OF: Readonly<Record<string, Currency>> = {
  ZA: 'ZAR',
  NA: 'ZAR',
  BW: 'ZAR',
  GB: 'GBP',
  IE: 'EUR',
  NL: 'EUR',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
};

/** Countries that take the shop's meat (the Southern African Customs Union by road); the rest get pantry lines. */
export const MEAT_COUNTRIES = new Set(['ZA', 'NA', 'BW']);

/** Whether an item may go to `country`: meat only within the customs union, liqueur only within South Africa. */
export const shipsTo = (x: Item, country: string): boolean =>
  (!x.meat || MEAT_COUNTRIES.has(country)) && (!x.alcohol || country === 'ZA');

/** A unit price in `currency`: rand as listed; abroad a 30 % export margin, rounded to .49 or .99. */
export function priceIn(x: Item, currency: Currency): number {
  if (currency === 'ZAR') return x.price;
  const halves = Math.max(1, Math.round(((x.price / 100) * 1.3 * 2) / RATES[currency]));
  return halves * 50 - 1;
}

/** `quantity` of an item as a basket line in `currency`. */
export function lineIn(x: Item, currency: Currency, quantity = 1): BasketLine<Category> {
  return { ...lineOf(x, quantity), price: priceIn(x, currency) };
}

export const itemOf = (sku: string): Item | undefined =>
  Object.values(CATALOGUE).find((x: Item) => x.sku === sku);
