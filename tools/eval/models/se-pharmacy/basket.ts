import { type Cart, type Category, type Line, MEDICINE } from './catalogue.js';
import { type Market, MARKETS } from './places.js';

/**
 * A basket's money: discount codes (never on medicines or gift cards), the delivery fee by site and delivery
 * (free above a threshold) and the amount charged: items − discount + delivery.
 */

export type Delivery =
  | 'instabox'
  | 'budbee_box'
  | 'budbee_home_evening'
  | 'postnord_service_point'
  | 'postnord_home'
  | 'click_and_collect'
  | 'email';

/** Deliveries that end in a locker or a shop counter rather than at the door. */
export const PICKUP: ReadonlySet<Delivery> = new Set([
  'instabox',
  'budbee_box',
  'postnord_service_point',
  'click_and_collect',
]);

/** Fee and free-from threshold per site and delivery, minor units. */
const FEES: Readonly<Record<Market, Readonly<Record<Delivery, readonly [number, number]>>>> = {
  SE: {
    instabox: [1900, 24900],
    budbee_box: [1900, 24900],
    budbee_home_evening: [4900, 49900],
    postnord_service_point: [2900, 29900],
    postnord_home: [5900, 79900],
    click_and_collect: [0, 0],
    email: [0, 0],
  },
  FI: {
    instabox: [390, 3900],
    budbee_box: [390, 3900],
    budbee_home_evening: [690, 5900],
    postnord_service_point: [490, 3900],
    postnord_home: [890, 7900],
    click_and_collect: [0, 0],
    email: [0, 0],
  },
  NO: {
    instabox: [3900, 49900],
    budbee_box: [3900, 49900],
    budbee_home_evening: [7900, 79900],
    postnord_service_point: [4900, 49900],
    postnord_home: [9900, 99900],
    click_and_collect: [0, 0],
    email: [0, 0],
  },
  DK: {
    instabox: [2900, 39900],
    budbee_box: [2900, 39900],
    budbee_home_evening: [4900, 59900],
    postnord_service_point: [3900, 39900],
    postnord_home: [5900, 69900],
    click_and_collect: [0, 0],
    email: [0, 0],
  },
};

export interface Code {
  pct: number;
  /** Categories it applies to; none means every category but medicines and gift cards. */
  on?: ReadonlySet<Category>;
}

export const CODES: Readonly<Record<string, Code>> = {
  /** The payday sale, 25–27 January: beauty, skincare, brushes and hair tools. */
  LONEDAG20: { pct: 0.2, on: new Set(['skincare', 'beauty', 'oral_care', 'hair_tools']) },
  /** The January newsletter: vitamins. */
  VINTERHALSA: { pct: 0.15, on: new Set(['vitamins']) },
  /** A new customer's first order, after signing up to the newsletter. */
  VALKOMMEN15: { pct: 0.15 },
  /** Finland's site: the same welcome offer. */
  TERVETULOA15: { pct: 0.15 },
};

export interface Basket {
  lines: Line[];
  currency: string;
  subtotal: number;
  code?: string;
  discount: number;
  shippingFee: number;
  amount: number;
}

const eligible = (l: Line, c: Code) =>
  !MEDICINE.has(l.category) && l.category !== 'gift_card' && (!c.on || c.on.has(l.category));

export function basketOf(cart: Cart, delivery: Delivery, code?: string): Basket {
  const lines = cart.lines.map((l) => ({ ...l }));
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const c = code ? CODES[code] : undefined;
  const discount = c
    ? Math.round(lines.filter((l) => eligible(l, c)).reduce((s, l) => s + l.price * l.quantity, 0) * c.pct)
    : 0;
  const [fee, freeFrom] = FEES[cart.market][delivery];
  const after = subtotal - discount;
  const shippingFee = after >= freeFrom ? 0 : fee;
  return {
    lines,
    currency: MARKETS[cart.market].currency,
    subtotal,
    ...(c && discount > 0 ? { code } : {}),
    discount: c && discount > 0 ? discount : 0,
    shippingFee,
    amount: after + shippingFee,
  };
}

/** An amount in Swedish kronor, roughly, for thresholds that do not care about the currency. */
export function inKronor(amount: number, currency: string): number {
  const rate: Record<string, number> = { SEK: 1, EUR: 11.2, NOK: 0.97, DKK: 1.5 };
  return (amount / 100) * (rate[currency] ?? 1);
}
