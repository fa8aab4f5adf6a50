import { type Rng } from '../kit/random.js';
import { byCategory, type Category, isTaxed, type Line, line, PRODUCTS, type Product } from './catalog.js';
import { PROVINCES, type Province } from './places.js';

/** A basket and its bill: lines, a discount code, the delivery fee and sales tax, in CAD cents. */

export interface Basket {
  lines: Line[];
  subtotal: number;
  discount: number;
  code?: string;
  fee: number;
  tax: number;
  amount: number;
  currency: 'CAD';
}

export type Fulfilment = 'delivery' | 'pickup' | 'email' | 'subscription';

/** Delivery is $6.99 under $80, $3.99 under $120, free above; pickup, e-mail and the meal-kit plan free. */
export function deliveryFee(subtotal: number, how: Fulfilment): number {
  if (how !== 'delivery') return 0;
  return subtotal < 8000 ? 699 : subtotal < 12000 ? 399 : 0;
}

/** The bill: discount off the subtotal (never below zero), tax on taxed lines after it, and on the fee. */
export function bill(
  lines: Line[],
  province: Province,
  how: Fulfilment,
  promo?: { code: string; off: number },
): Basket {
  const subtotal = lines.reduce((a, l) => a + l.price * l.quantity, 0);
  const discount = promo ? Math.min(promo.off, subtotal) : 0;
  const taxedShare = lines.filter((l) => isTaxed(l.category)).reduce((a, l) => a + l.price * l.quantity, 0);
  const after = subtotal > 0 ? (subtotal - discount) / subtotal : 0;
  const fee = deliveryFee(subtotal - discount, how);
  const rate = PROVINCES[province].tax;
  const tax = Math.round((taxedShare * after + fee) * rate);
  return {
    lines,
    subtotal,
    discount,
    ...(promo ? { code: promo.code } : {}),
    fee,
    tax,
    amount: subtotal - discount + fee + tax,
    currency: 'CAD',
  };
}

function add(rng: Rng, out: Map<string, Line>, product: Product, max = 3): void {
  const found = out.get(product.sku);
  if (found) found.quantity = Math.min(found.quantity + 1, 6);
  else out.set(product.sku, line(product, rng.chance(0.2) ? rng.int(2, max) : 1));
}

const STAPLES: ReadonlyArray<readonly [Category, number]> = [
  ['produce', 26],
  ['dairy', 20],
  ['meat', 12],
  ['bakery', 8],
  ['pantry', 14],
  ['snacks', 8],
  ['frozen', 7],
  ['household', 5],
];

export interface BasketStyle {
  /** Distinct products, roughly. */
  items: number;
  province: Province;
  alcohol?: boolean;
  baby?: boolean;
  holiday?: boolean;
}

/** A grocery basket: staples in proportion, wine and beer where allowed, baby things, holiday dishes. */
export function groceryLines(rng: Rng, style: BasketStyle): Line[] {
  const out = new Map<string, Line>();
  for (let i = 0; i < style.items; i++) add(rng, out, rng.pick(byCategory(rng.weightedPick(STAPLES))));
  if (style.baby) {
    add(rng, out, rng.pick(byCategory('baby')));
    if (rng.chance(0.5)) add(rng, out, rng.pick(byCategory('baby')));
  }
  if (style.alcohol && PROVINCES[style.province].alcohol)
    for (let i = rng.int(1, style.holiday ? 4 : 2); i > 0; i--)
      add(rng, out, rng.pick(byCategory('alcohol')), 4);
  if (style.holiday) {
    const feast = ['MT-TUR', 'MT-HAM', 'MT-TRT', 'BK-BCH', 'BK-SHB', 'DA-EGN', 'DA-OKA', 'SN-CHO', 'PA-MAP'];
    for (const sku of rng.shuffle(feast).slice(0, rng.int(2, 5))) {
      const product = PRODUCTS.find((x) => x.sku === sku);
      if (product) add(rng, out, product, 2);
    }
  }
  return [...out.values()];
}

/** Products picked by sku (for the planners' fixed baskets). */
export function linesOf(rng: Rng, skus: ReadonlyArray<readonly [string, number, number]>): Line[] {
  return skus.flatMap(([sku, lo, hi]) => {
    const product = PRODUCTS.find((x) => x.sku === sku);
    return product ? [line(product, rng.int(lo, hi))] : [];
  });
}
