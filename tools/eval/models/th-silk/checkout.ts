import { type Address, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { ordinaryAfter } from './after.js';
import { seasonDayOf } from './calendar.js';
import { type Basket, basketOf, type Delivery, type Line, shippingFee } from './catalogue.js';
import { type Currency } from './places.js';
import {
  type Attempt,
  honestPay,
  type LaterEvent,
  type Method,
  type Payer,
  type Purchase,
  type Tailoring,
} from './purchase.js';

/** A checkout before payment: who, where from, what, how it travels and how it will be paid. */
export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  ip: string;
  device: Device;
  locale: string;
  delivery: Delivery;
  method: Method;
  currency: Currency;
  lines: Line[];
  code?: { code: string; percent: number };
  company?: { name: string; taxId?: string };
  giftMessage?: string;
  tailoring?: Tailoring;
  /** Whole bolts, for freight. */
  bolts?: number;
}

/** The draft's basket: items, the code's discount, shipping to where the parcel goes. */
export const priced = (d: Draft): Basket =>
  basketOf(
    d.lines,
    d.currency,
    (items) =>
      shippingFee(
        d.delivery,
        items,
        d.currency,
        d.shipping?.country ?? d.billing.country,
        d.method === 'cod',
        d.bolts ?? 0,
      ),
    d.code,
  );

export function purchaseOf(d: Draft, basket: Basket, attempts: Attempt[], later: LaterEvent[]): Purchase {
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    billing: d.billing,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    buyer: d.buyer,
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    delivery: d.delivery,
    method: d.method,
    attempts,
    later,
    ...(d.company ? { company: d.company } : {}),
    ...(d.giftMessage ? { giftMessage: d.giftMessage } : {}),
    ...(d.tailoring ? { tailoring: d.tailoring } : {}),
  };
}

/** How an honest checkout goes on: paid as people pay, then fulfilled as orders are. */
export function honestCheckout(
  rng: Rng,
  d: Draft,
  payer: Payer,
  o: { declineShare: number; provincial?: boolean; leadDays?: readonly [number, number] },
): Purchase {
  const basket = priced(d);
  const attempts = honestPay(rng, d.method, payer, o.declineShare);
  const to = d.shipping?.country ?? 'TH';
  const later = ordinaryAfter(rng, {
    attempts,
    method: d.method,
    amount: basket.amount,
    abroad: to !== 'TH',
    delivery: d.delivery,
    provincial: o.provincial ?? (to !== 'TH' || d.shipping?.city !== 'Bangkok'),
    cod: d.method === 'cod',
    ...(o.leadDays ? { leadDays: o.leadDays } : {}),
  });
  return purchaseOf(d, basket, attempts, later);
}

/** A season's code for a Thai buyer on that day, used by about a third of those who could. */
export function thaiCode(rng: Rng, at: number): { code: string; percent: number } | undefined {
  const d = seasonDayOf(at) ?? 0;
  if (!rng.chance(0.35)) return undefined;
  if (d >= 20 && d <= 24) return { code: 'LOYKRATHONG10', percent: 10 };
  if (d >= 31 && d <= 35) return { code: 'PAPA10', percent: 10 };
  if (d >= 41 && d <= 42) return { code: '1212SILK', percent: 12 };
  if (d >= 45 && d <= 61) return { code: 'NEWYEAR10', percent: 10 };
  return undefined;
}

/** A code for a buyer abroad: Black Friday weekend, then the Christmas offer until the last posting date. */
export function abroadCode(rng: Rng, at: number, tz: number): { code: string; percent: number } | undefined {
  const d = seasonDayOf(at, tz) ?? 0;
  if (!rng.chance(0.4)) return undefined;
  if (d >= 27 && d <= 31) return { code: 'BLACKSILK20', percent: 20 };
  if (d >= 32 && d <= 42) return { code: 'XMAS15', percent: 15 };
  return undefined;
}
