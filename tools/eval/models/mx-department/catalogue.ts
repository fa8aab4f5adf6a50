import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** What the store sells, at its Buen Fin prices in centavos (IVA included), and how an order is delivered. */

export type Category =
  | 'phones'
  | 'tv'
  | 'consoles'
  | 'laptops'
  | 'appliances'
  | 'small_appliances'
  | 'fashion'
  | 'toys'
  | 'perfume'
  | 'accessories'
  | 'gift_card';

const P = (sku: string, name: string, category: Category, pesos: number): Product<Category> =>
  product(sku, name, category, pesos * 100);

export const CATALOGUE = {
  phones: [
    P('TEL-A55-256', 'Smartphone Galaxy A55 256 GB', 'phones', 7_499),
    P('TEL-IP16-128', 'iPhone 16 128 GB', 'phones', 17_999),
    P('TEL-IP16P-256', 'iPhone 16 Pro 256 GB', 'phones', 25_999),
    P('TEL-MOTOG85', 'Moto G85 5G', 'phones', 4_299),
    P('TEL-RN14', 'Redmi Note 14 Pro', 'phones', 5_199),
  ],
  tv: [
    P('TV-43-SMART', 'Pantalla 43" Smart TV', 'tv', 4_999),
    P('TV-55-4K', 'Pantalla 55" 4K UHD', 'tv', 7_999),
    P('TV-65-QLED', 'Pantalla 65" QLED', 'tv', 12_999),
    P('TV-75-4K', 'Pantalla 75" 4K', 'tv', 19_999),
  ],
  consoles: [
    P('CON-PS5-SLIM', 'PlayStation 5 Slim', 'consoles', 9_499),
    P('CON-NSW2', 'Nintendo Switch 2', 'consoles', 9_999),
    P('CON-NSW-OLED', 'Nintendo Switch OLED', 'consoles', 6_799),
    P('CON-XSX', 'Xbox Series X', 'consoles', 11_299),
  ],
  laptops: [
    P('LAP-14-ESC', 'Laptop 14" escolar', 'laptops', 6_299),
    P('LAP-15-R5', 'Laptop 15.6" Ryzen 5', 'laptops', 11_499),
    P('LAP-MBA-M3', 'MacBook Air 13" M3', 'laptops', 20_999),
  ],
  appliances: [
    P('LB-REF-19', 'Refrigerador 19 pies', 'appliances', 14_499),
    P('LB-LAV-20', 'Lavadora 20 kg', 'appliances', 8_999),
    P('LB-EST-6Q', 'Estufa 6 quemadores', 'appliances', 7_499),
    P('LB-MINISPLIT', 'Minisplit 1 ton inverter', 'appliances', 8_199),
  ],
  small_appliances: [
    P('EL-FREIDORA', 'Freidora de aire 5 L', 'small_appliances', 1_399),
    P('EL-MICRO', 'Horno de microondas 1.1 pies', 'small_appliances', 1_899),
    P('EL-LICUADORA', 'Licuadora 10 velocidades', 'small_appliances', 999),
    P('EL-CAFETERA', 'Cafetera de cápsulas', 'small_appliances', 1_599),
  ],
  fashion: [
    P('MOD-TENIS-RUN', 'Tenis para correr', 'fashion', 1_599),
    P('MOD-CHAMARRA', 'Chamarra acolchada', 'fashion', 1_199),
    P('MOD-JEANS', 'Jeans corte recto', 'fashion', 749),
    P('MOD-VESTIDO', 'Vestido casual', 'fashion', 899),
    P('MOD-PLAYERAS3', 'Playeras básicas 3 piezas', 'fashion', 399),
    P('MOD-BOLSA', 'Bolsa de mano', 'fashion', 1_399),
  ],
  toys: [
    P('JUG-LEGO-CITY', 'Set de construcción ciudad', 'toys', 1_199),
    P('JUG-MUNECA', 'Muñeca con accesorios', 'toys', 549),
    P('JUG-CARRO-RC', 'Carro a control remoto', 'toys', 849),
    P('JUG-PELUCHE', 'Peluche 40 cm', 'toys', 329),
    P('JUG-LOTERIA', 'Juego de mesa familiar', 'toys', 449),
  ],
  perfume: [
    P('PER-DAMA-100', 'Perfume dama 100 ml', 'perfume', 2_399),
    P('PER-CAB-100', 'Perfume caballero 100 ml', 'perfume', 2_099),
    P('PER-SET', 'Set de regalo fragancia', 'perfume', 1_499),
  ],
  accessories: [
    P('ACC-FUNDA', 'Funda para celular', 'accessories', 99),
    P('ACC-CARGADOR', 'Cargador USB-C 20 W', 'accessories', 279),
    P('ACC-AUDIFONOS', 'Audífonos inalámbricos', 'accessories', 1_199),
    P('ACC-SMARTWATCH', 'Smartwatch deportivo', 'accessories', 2_799),
    P('ACC-CONTROL', 'Control inalámbrico para consola', 'accessories', 1_399),
  ],
  gift_card: [
    P('EGC-100', 'Tarjeta de regalo electrónica $100', 'gift_card', 100),
    P('EGC-200', 'Tarjeta de regalo electrónica $200', 'gift_card', 200),
    P('EGC-500', 'Tarjeta de regalo electrónica $500', 'gift_card', 500),
    P('EGC-1000', 'Tarjeta de regalo electrónica $1,000', 'gift_card', 1_000),
    P('EGC-2000', 'Tarjeta de regalo electrónica $2,000', 'gift_card', 2_000),
  ],
} as const satisfies Record<Category, readonly Product<Category>[]>;

export type Line = BasketLine<Category>;

/** Home delivery, store pickup, a pickup point, a scheduled appliance delivery, or an e-mailed gift card. */
export type Fulfilment = 'home' | 'click_collect' | 'pickup_point' | 'scheduled' | 'email';

export const pick = (rng: Rng, c: Category, quantity = 1): Line => lineOf(rng.pick(CATALOGUE[c]), quantity);

/** `n` lines of the categories, drawn by weight, no SKU twice. */
export function linesOf(
  rng: Rng,
  n: number,
  weights: Readonly<Partial<Record<Category, number>>>,
  quantity: () => number = () => 1,
): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < n * 3 && out.length < n; i++) {
    const line = pick(
      rng,
      rng.weightedPick(Object.entries(weights) as Array<[Category, number]>),
      quantity(),
    );
    if (!out.some((l) => l.sku === line.sku)) out.push(line);
  }
  return out;
}

/** Free shipping from $599; $99 below; a pickup point $49; store pickup, appliances and e-mail free. */
export function shippingFee(f: Fulfilment, items: number): number {
  if (f === 'home') return items >= 59_900 ? 0 : 9_900;
  if (f === 'pickup_point') return 4_900;
  return 0;
}

/** How an order must be delivered: e-gift cards by e-mail alone; big appliances and large TVs by appointment. */
export function fulfilmentFor(lines: readonly Line[], wanted: Fulfilment): Fulfilment {
  if (lines.every((l) => l.category === 'gift_card')) return 'email';
  const big = lines.some((l) => l.category === 'appliances' || (l.category === 'tv' && l.price >= 1_299_900));
  if (big && wanted !== 'click_collect') return 'scheduled';
  return wanted === 'email' ? 'home' : wanted;
}

/** The Buen Fin codes: 10 % off up to $500 from $2,000; the welcome code takes $150 off a first order from $800. */
export const CODES = { BUENFIN10: 'BUENFIN10', BIENVENIDA150: 'BIENVENIDA150' } as const;
export type Code = keyof typeof CODES;

export function discountFor(code: Code | undefined, items: number): number {
  if (code === 'BUENFIN10') return items >= 200_000 ? Math.min(50_000, Math.round(items / 10)) : 0;
  if (code === 'BIENVENIDA150') return items >= 80_000 ? 15_000 : 0;
  return 0;
}

export interface Basket {
  lines: Line[];
  amount: number;
  currency: 'MXN';
  shippingFee: number;
  discount: number;
  code?: Code;
}

/** The basket's money: items less the code's discount plus shipping. */
export function basketOf(lines: Line[], f: Fulfilment, code?: Code): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = discountFor(code, items);
  const fee = shippingFee(f, items);
  return {
    lines,
    amount: items - discount + fee,
    currency: 'MXN',
    shippingFee: fee,
    discount,
    ...(code && discount > 0 ? { code } : {}),
  };
}
