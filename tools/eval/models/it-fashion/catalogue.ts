import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/**
 * What the boutique sells in the sale: its designers' handbags, shoes, ready-to-wear, small leather goods,
 * sunglasses and jewellery, each with its full price in euros and its markdown (30, 40 or 50 %, some items
 * taken a further 20 % at the second markdown). Regional price lists are set per currency and rounded to whole
 * units; every price is in the currency's minor unit.
 */

export type Category =
  'handbags' | 'shoes' | 'ready_to_wear' | 'small_leather_goods' | 'sunglasses' | 'jewellery';

export interface Item extends Product<Category> {
  /** Full price in euros (whole euros). */
  full: number;
  /** Sale markdown, percent. */
  markdown: number;
  /** Sized items (shoes, clothes) add the size to the SKU. */
  sizes?: readonly string[];
  /** Sold out fast: the bags resellers and daigou buyers chase. */
  hot?: boolean;
  /** Evening wear, the pieces wardrobers borrow. */
  evening?: boolean;
}

const SHOE = ['35', '36', '36.5', '37', '37.5', '38', '38.5', '39', '40', '41', '42', '43', '44'];
const RTW = ['36', '38', '40', '42', '44', '46', '48', '50'];

const item = (
  sku: string,
  name: string,
  category: Category,
  full: number,
  markdown: number,
  more: Partial<Pick<Item, 'sizes' | 'hot' | 'evening'>> = {},
): Item => ({ ...product(sku, name, category, full * 100), full, markdown, ...more });

export const CATALOGUE: readonly Item[] = [
  item('VSC-HB-1101', 'Viscardi Nappa quilted shoulder bag, medium', 'handbags', 3450, 30, { hot: true }),
  item('VSC-HB-1102', 'Viscardi Nappa quilted shoulder bag, mini', 'handbags', 2650, 30, { hot: true }),
  item('ORS-HB-2210', 'Orsolini Calfskin top-handle bag', 'handbags', 2890, 40),
  item('ORS-HB-2214', 'Orsolini Raffia and leather tote', 'handbags', 1650, 40),
  item('CAS-HB-3301', 'Castellani Intrecciato bucket bag', 'handbags', 3900, 30, { hot: true }),
  item('CAS-HB-3305', 'Castellani Crocodile-embossed clutch', 'handbags', 1890, 50),
  item('AUR-HB-4402', 'Maison Aurelia Canvas logo shopper', 'handbags', 1450, 40),
  item('AUR-HB-4410', 'Maison Aurelia Suede saddle bag', 'handbags', 2350, 50),
  item('LNZ-HB-5501', 'Lanzi Python-effect chain bag', 'handbags', 4900, 30),
  item('VSC-SH-1201', 'Viscardi Slingback pumps 85', 'shoes', 790, 40, { sizes: SHOE }),
  item('VSC-SH-1204', 'Viscardi Leather ballet flats', 'shoes', 650, 40, { sizes: SHOE }),
  item('ORS-SH-2301', 'Orsolini Platform sandals', 'shoes', 920, 50, { sizes: SHOE, evening: true }),
  item('CAS-SH-3401', 'Castellani Horsebit loafers', 'shoes', 850, 30, { sizes: SHOE }),
  item('AUR-SH-4501', 'Maison Aurelia Leather sneakers', 'shoes', 590, 40, { sizes: SHOE, hot: true }),
  item('LNZ-SH-5601', 'Lanzi Crystal-embellished mules', 'shoes', 1250, 50, { sizes: SHOE, evening: true }),
  item('VSC-RW-1301', 'Viscardi Silk midi dress', 'ready_to_wear', 2400, 40, { sizes: RTW, evening: true }),
  item('VSC-RW-1305', 'Viscardi Linen blazer', 'ready_to_wear', 1850, 40, { sizes: RTW }),
  item('ORS-RW-2401', 'Orsolini Sequinned evening gown', 'ready_to_wear', 3800, 50, {
    sizes: RTW,
    evening: true,
  }),
  item('ORS-RW-2405', 'Orsolini Cotton poplin shirt', 'ready_to_wear', 490, 40, { sizes: RTW }),
  item('CAS-RW-3501', 'Castellani Cashmere-silk knit polo', 'ready_to_wear', 890, 30, { sizes: RTW }),
  item('CAS-RW-3505', 'Castellani Tailored linen trousers', 'ready_to_wear', 690, 40, { sizes: RTW }),
  item('AUR-RW-4601', 'Maison Aurelia Printed silk shirt', 'ready_to_wear', 980, 50, { sizes: RTW }),
  item('AUR-RW-4605', 'Maison Aurelia Draped jersey dress', 'ready_to_wear', 1450, 50, {
    sizes: RTW,
    evening: true,
  }),
  item('LNZ-RW-5701', 'Lanzi Lace cocktail dress', 'ready_to_wear', 2950, 40, { sizes: RTW, evening: true }),
  item('LNZ-RW-5705', 'Lanzi Swim shorts', 'ready_to_wear', 290, 30, { sizes: RTW }),
  item('VSC-SL-1401', 'Viscardi Card holder', 'small_leather_goods', 220, 30),
  item('VSC-SL-1402', 'Viscardi Zip-around wallet', 'small_leather_goods', 590, 30),
  item('ORS-SL-2501', 'Orsolini Leather key ring', 'small_leather_goods', 145, 40),
  item('CAS-SL-3601', 'Castellani Bifold wallet', 'small_leather_goods', 450, 30),
  item('AUR-SL-4701', 'Maison Aurelia Canvas pouch', 'small_leather_goods', 290, 40),
  item('AUR-SL-4705', 'Maison Aurelia Bag charm', 'small_leather_goods', 180, 50),
  item('LNZ-SL-5801', 'Lanzi Leather belt', 'small_leather_goods', 390, 40, {
    sizes: ['75', '80', '85', '90', '95'],
  }),
  item('VSC-SG-1501', 'Viscardi Cat-eye acetate sunglasses', 'sunglasses', 420, 30),
  item('CAS-SG-3701', 'Castellani Aviator sunglasses', 'sunglasses', 380, 40),
  item('AUR-SG-4801', 'Maison Aurelia Oversized square sunglasses', 'sunglasses', 340, 40),
  item('LNZ-SG-5901', 'Lanzi Shield sunglasses', 'sunglasses', 540, 50),
  item('VSC-JW-1601', 'Viscardi Gold-tone chain necklace', 'jewellery', 650, 30),
  item('ORS-JW-2601', 'Orsolini Pearl drop earrings', 'jewellery', 390, 40),
  item('CAS-JW-3801', 'Castellani Sterling silver cuff', 'jewellery', 890, 30),
  item('LNZ-JW-5001', 'Lanzi 18k gold signet ring', 'jewellery', 2900, 30, {
    sizes: ['48', '50', '52', '54', '56'],
  }),
  item('AUR-JW-4901', 'Maison Aurelia Enamel bangle', 'jewellery', 250, 50),
];

export const CATEGORY_ITEMS = (category: Category): Item[] =>
  CATALOGUE.filter((i) => i.category === category);
export const HOT = CATALOGUE.filter((i) => i.hot);
export const EVENING = CATALOGUE.filter((i) => i.evening);
/** The cheapest items, which card testers try cards on. */
export const CHEAPEST = CATALOGUE.filter((i) => i.full <= 220);

/** Regional price lists: euros times this, rounded to 5 units (10 for yuan). */
const LIST: Readonly<Record<Currency, readonly [number, number]>> = {
  EUR: [1, 5],
  USD: [1.12, 5],
  GBP: [0.88, 5],
  CNY: [8.6, 10],
};

/** An item's unit price in the currency's minor unit, after its markdown (and the second markdown's 20 %). */
export function priceOf(i: Item, currency: Currency, second: boolean): number {
  const [rate, round] = LIST[currency];
  const list = Math.round((i.full * rate) / round) * round;
  const off = (1 - i.markdown / 100) * (second && i.markdown >= 40 ? 0.8 : 1);
  return Math.round(list * off) * 100;
}

/** A basket line: the item (in a size when sized) at its sale price. */
export function lineFor(
  rng: Rng,
  i: Item,
  currency: Currency,
  second: boolean,
  quantity = 1,
  size?: string,
): BasketLine<Category> {
  const s = i.sizes ? (size ?? rng.pick(i.sizes)) : undefined;
  const base = lineOf(i, quantity);
  return {
    ...base,
    sku: s ? `${i.sku}-${s.replace('.', 'H')}` : i.sku,
    name: s ? `${i.name}, size ${s}` : i.name,
    price: priceOf(i, currency, second),
  };
}

/** What people pick, by category. */
export const CATEGORY_WEIGHTS: ReadonlyArray<readonly [Category, number]> = [
  ['handbags', 24],
  ['shoes', 22],
  ['ready_to_wear', 30],
  ['small_leather_goods', 10],
  ['sunglasses', 7],
  ['jewellery', 7],
];

export function pickItem(rng: Rng, weights = CATEGORY_WEIGHTS): Item {
  return rng.pick(CATEGORY_ITEMS(rng.weightedPick(weights)));
}

/** How likely an honest buyer sends a line of this category back within the 30 days. */
export const RETURN_RATE: Readonly<Record<Category, number>> = {
  handbags: 0.08,
  shoes: 0.2,
  ready_to_wear: 0.26,
  small_leather_goods: 0.04,
  sunglasses: 0.07,
  jewellery: 0.07,
};
