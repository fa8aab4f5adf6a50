import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency, type Market, MARKETS } from './places.js';

/**
 * What the store sells, priced in euro cents VAT included (the Polish and Romanian price lists are converted and
 * end in ,99), how it travels (two-person crew, parcel or collect) and what a basket costs with its services.
 */

export type Category =
  | 'sofa'
  | 'bed'
  | 'mattress'
  | 'wardrobe'
  | 'dining'
  | 'storage'
  | 'office'
  | 'kitchen'
  | 'appliance'
  | 'textile'
  | 'lighting'
  | 'decor'
  | 'gift_card';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  /** Euro cents, VAT included. */
  eur: number;
  /** Travels with a two-person crew. */
  bulky: boolean;
  /** Needs assembly or installation the customer may book. */
  assembly?: boolean;
}

const p = (
  sku: string,
  name: string,
  category: Category,
  eur: number,
  bulky: boolean,
  assembly = false,
): Product => ({
  sku,
  name,
  category,
  eur,
  bulky,
  assembly,
});

export const PRODUCTS: readonly Product[] = [
  p('SOF-3-LINO', 'Divano 3 posti Lino, tessuto', 'sofa', 69_900, true),
  p('SOF-ANG-NORA', 'Sofá rinconera Nora chaise longue', 'sofa', 119_900, true),
  p('SOF-BED-OSLO', 'Sofa bed Oslo with storage', 'sofa', 54_900, true),
  p('SOF-REC-ELKA', 'Fotel relaks Elka', 'sofa', 39_900, true),
  p('BED-160-ARIA', 'Letto contenitore Aria 160×200', 'bed', 59_900, true, true),
  p('BED-140-PINE', 'Cama Pino 140×190', 'bed', 27_900, true, true),
  p('BED-BUNK-KIDS', 'Bunk bed Kids with drawers', 'bed', 44_900, true, true),
  p('MAT-160-MEMORY', 'Materasso memory 160×200', 'mattress', 49_900, true),
  p('MAT-90-POCKET', 'Colchón muelles ensacados 90×190', 'mattress', 21_900, true),
  p('MAT-140-HYBRID', 'Materac hybrydowy 140×200', 'mattress', 39_900, true),
  p('MAT-TOPPER', 'Topper 160×200', 'mattress', 8_900, false),
  p('WAR-3D-SLIDE', 'Armadio ante scorrevoli 3 ante', 'wardrobe', 74_900, true, true),
  p('WAR-2D-BASIC', 'Szafa dwudrzwiowa Basic', 'wardrobe', 22_900, true, true),
  p('DIN-TAB-OAK6', 'Dining table oak 6 seats', 'dining', 64_900, true, true),
  p('DIN-CHAIR-VERA', 'Sedia Vera (set 2)', 'dining', 15_900, false),
  p('DIN-EXT-140', 'Mesa extensible 140–180', 'dining', 32_900, true, true),
  p('STO-TV-ROVERE', 'Mobile TV Rovere', 'storage', 24_900, true, true),
  p('STO-CHEST-6', 'Komoda 6 szuflad', 'storage', 18_900, true, true),
  p('STO-SHELF-5', 'Bookcase 5 shelves', 'storage', 7_900, false, true),
  p('OFF-DESK-120', 'Desk 120 cm', 'office', 12_900, false, true),
  p('OFF-CHAIR-ERGO', 'Ergonomic office chair', 'office', 17_900, false),
  p('KIT-MOD-240', 'Cucina componibile 240 cm con elettrodomestici', 'kitchen', 289_900, true, true),
  p('KIT-MOD-300', 'Cocina modular 300 cm', 'kitchen', 349_900, true, true),
  p('APP-FRIDGE-NF', 'Frigorifero combinato No Frost 186 cm', 'appliance', 64_900, true, true),
  p('APP-FRIDGE-SBS', 'Side-by-side fridge freezer', 'appliance', 129_900, true, true),
  p('APP-WASH-9', 'Lavatrice 9 kg A', 'appliance', 47_900, true, true),
  p('APP-DRYER-HP', 'Secadora bomba de calor 8 kg', 'appliance', 59_900, true, true),
  p('APP-DISH-60', 'Zmywarka 60 cm', 'appliance', 44_900, true, true),
  p('APP-OVEN-PYRO', 'Forno pirolitico', 'appliance', 52_900, true, true),
  p('APP-HOB-IND', 'Induction hob 60 cm', 'appliance', 34_900, false, true),
  p('APP-AC-12K', 'Climatizzatore 12000 BTU', 'appliance', 69_900, true, true),
  p('TEX-DUVET', 'Duvet 4 seasons 200×200', 'textile', 5_900, false),
  p('TEX-PILLOW-2', 'Pillows memory (2)', 'textile', 3_900, false),
  p('TEX-SHEETS', 'Cotton sheet set', 'textile', 3_499, false),
  p('TEX-RUG-160', 'Rug 160×230', 'textile', 9_900, false),
  p('TEX-CUSHION', 'Cushion cover', 'textile', 799, false),
  p('LIG-FLOOR', 'Floor lamp', 'lighting', 6_900, false),
  p('LIG-PENDANT', 'Pendant lamp', 'lighting', 4_900, false),
  p('LIG-BULB-4', 'LED bulbs (4)', 'lighting', 999, false),
  p('DEC-MIRROR', 'Wall mirror 60×160', 'decor', 7_900, false),
  p('DEC-CANDLE', 'Scented candle', 'decor', 499, false),
  p('DEC-POT', 'Plant pot 20 cm', 'decor', 699, false),
  p('DEC-FRAME-3', 'Photo frames (3)', 'decor', 1_499, false),
  p('GC-100', 'Gift card 100', 'gift_card', 10_000, false),
  p('GC-250', 'Gift card 250', 'gift_card', 25_000, false),
];

const BY_SKU = new Map(PRODUCTS.map((x) => [x.sku, x]));
export const product = (sku: string): Product => {
  const found = BY_SKU.get(sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
};
export const ofCategory = (...cats: Category[]): Product[] =>
  PRODUCTS.filter((x) => cats.includes(x.category));

/** The local list price in minor units: euros as they are, złoty and lei converted and ending in ,99. */
export function localPrice(eur: number, m: Market): number {
  const rate = MARKETS[m].rate;
  if (rate === 1) return eur;
  return Math.max(99, Math.round((eur * rate) / 1000) * 1000 - 1);
}

export type Fulfilment = 'two_person' | 'parcel' | 'collect';

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  /** Lines less discount plus delivery and assembly: what is charged. */
  amount: number;
  discount: number;
  code?: string;
  deliveryFee: number;
  assemblyFee: number;
  /** The VAT inside the amount. */
  vat: number;
}

/** Sale prices in the January window: a share of lines carry 20–50 % off. */
export function line(rng: Rng, x: Product, m: Market, quantity = 1, sale = 0.45): BasketLine<Category> {
  const list = localPrice(x.eur, m);
  const off = x.category !== 'gift_card' && rng.chance(sale) ? rng.pick([0.2, 0.3, 0.4, 0.5]) : 0;
  const price = off ? Math.max(99, Math.round((list * (1 - off)) / 100) * 100 - 1) : list;
  return { sku: x.sku, name: x.name, category: x.category, quantity, price };
}

const sum = (lines: readonly BasketLine[]) => lines.reduce((a, l) => a + l.price * l.quantity, 0);

/**
 * The basket's money: a two-person delivery is €39 (free from €999), parcels €4.90 (free from €59), collect
 * free; assembly €49 plus €20 an item when booked; a code takes its share off the lines.
 */
export function basketOf(
  lines: BasketLine<Category>[],
  m: Market,
  fulfilment: Fulfilment,
  { assembly = false, code, codeShare = 0 }: { assembly?: boolean; code?: string; codeShare?: number } = {},
): Basket {
  const info = MARKETS[m];
  const goods = sum(lines);
  const eur = (x: number) => localPrice(x, m);
  const deliveryFee =
    fulfilment === 'collect'
      ? 0
      : fulfilment === 'two_person'
        ? goods >= eur(99_900)
          ? 0
          : eur(3_900)
        : goods >= eur(5_900)
          ? 0
          : eur(490);
  const assembled = lines.filter((l) => product(l.sku).assembly).reduce((a, l) => a + l.quantity, 0);
  const assemblyFee = assembly && assembled > 0 ? eur(4_900) + (assembled - 1) * eur(2_000) : 0;
  const discount = code ? Math.round(goods * codeShare) : 0;
  const amount = goods - discount + deliveryFee + assemblyFee;
  const vat = Math.round((amount * info.vat) / (100 + info.vat));
  return {
    lines,
    currency: info.currency,
    amount,
    discount,
    ...(code ? { code } : {}),
    deliveryFee,
    assemblyFee,
    vat,
  };
}

/** Whether the basket needs a two-person crew. */
export const needsCrew = (lines: readonly BasketLine[]): boolean => lines.some((l) => product(l.sku).bulky);
