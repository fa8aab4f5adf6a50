import { type BasketLine } from '../kit/purchase.js';
import { type Basket, type Category, PRODUCTS } from './catalog.js';
import { type Region } from './places.js';
import { type Delivery } from './purchase.js';

/** What an order costs: items, freight by region and size, Pix discount and coupons (centavos). */

const R = (reais: number) => Math.round(reais * 100);

/** Freight: free in Greater São Paulo for bulky items and on baskets from R$ 199; dearer further north. */
const BULKY_FREIGHT: Readonly<Record<Region, number>> = {
  sp_capital: 0,
  sp_interior: R(29.9),
  rio: R(49.9),
  sudeste: R(59.9),
  sul: R(69.9),
  nordeste: R(129.9),
  centro_norte: R(149.9),
};
const PARCEL_FREIGHT: Readonly<Record<Region, number>> = {
  sp_capital: R(12.9),
  sp_interior: R(14.9),
  rio: R(16.9),
  sudeste: R(18.9),
  sul: R(21.9),
  nordeste: R(29.9),
  centro_norte: R(34.9),
};

export const itemsTotal = (lines: ReadonlyArray<BasketLine<Category>>): number =>
  lines.reduce((sum, l) => sum + l.price * l.quantity, 0);

export function freightFor(
  lines: ReadonlyArray<BasketLine<Category>>,
  region: Region,
  delivery: Delivery,
): number {
  if (delivery === 'digital') return 0;
  const bulky = lines.some((l) => PRODUCTS.find((p) => p.sku === l.sku)?.bulky);
  if (bulky) return BULKY_FREIGHT[region];
  if (itemsTotal(lines) >= R(199)) return 0;
  return delivery === 'locker' ? R(9.9) : PARCEL_FREIGHT[region];
}

/** Coupons: 10 % off (up to R$ 300), R$ 50 off a first purchase from R$ 300, R$ 30 off in the app. */
export function couponDiscount(code: string | undefined, items: number): number {
  if (code === 'BLACK10') return Math.min(Math.round(items * 0.1), R(300));
  if (code === 'PRIMEIRACOMPRA') return items >= R(300) ? R(50) : 0;
  if (code === 'APP30') return items >= R(200) ? R(30) : 0;
  return 0;
}

/** Items plus freight, less 5 % for paying by Pix and any coupon. */
export function basketOf(
  lines: Array<BasketLine<Category>>,
  freight: number,
  opts: { pix?: boolean; coupon?: string } = {},
): Basket {
  const items = itemsTotal(lines);
  const discount = (opts.pix ? Math.round(items * 0.05) : 0) + couponDiscount(opts.coupon, items);
  return { lines, amount: items + freight - discount, currency: 'BRL', freight, discount };
}
