import { type Address, type Buyer, DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { TZ } from './calendar.js';
import { type Basket, basketOf, deliveryFee, itemsTotal, type Line } from './catalogue.js';
import { type Gadget } from './people.js';
import { type Tier } from './places.js';
import {
  chooseMethod,
  type Finance,
  type Fulfilment,
  honestJourney,
  type LaterEvent,
  localPay,
  type Method,
  paidAfter,
  type Paying,
  type Purchase,
  triedUntil,
} from './purchase.js';
import { payerOf, type Shopper } from './world.js';

/** Putting a purchase together: promotions, the basket's money, and an honest local checkout from start to end. */

export interface Promo {
  code?: string;
  discount?: number;
}

const thousands = (x: number) => Math.floor(x / 1000) * 1000;

/**
 * The promotions a checkout may carry: the payment partners' own (VNPay QR, ZaloPay, MoMo), 12.12's sitewide
 * 5 % (up to 1,000,000 ₫), the pre-Tết sale's 300,000 ₫ off 5,000,000 ₫, and the members' 1 %.
 */
export function promoFor(rng: Rng, at: number, method: Method, items: number): Promo {
  const d = new Date(at + TZ * HOUR);
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  const r = rng.next();
  if (method === 'vnpay_qr' && items >= 1_000_000 && r < 0.35)
    return {
      code: 'VNPAYSM',
      discount: items >= 20_000_000 ? 500_000 : items >= 5_000_000 ? 200_000 : 30_000,
    };
  if (method === 'zalopay' && r < 0.3)
    return { code: 'ZLPSM', discount: Math.min(200_000, thousands(items * 0.1)) };
  if (method === 'momo' && r < 0.25)
    return { code: 'MOMOSM', discount: items >= 2_000_000 ? 100_000 : 20_000 };
  if (month === 11 && day === 12 && r < 0.55)
    return { code: 'SALE1212', discount: Math.min(1_000_000, thousands(items * 0.05)) };
  if (month === 11 && day >= 15 && items >= 5_000_000 && r < 0.4)
    return { code: 'TETSOM', discount: 300_000 };
  if (r < 0.07) return { code: 'SMEMBER', discount: Math.min(300_000, thousands(items * 0.01)) };
  return {};
}

export interface Parts {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  phone: string;
  billing: Address;
  shipping?: Address;
  recipient?: string;
  fulfilment: Fulfilment;
  shop?: string;
  ip: string;
  device: Gadget;
  locale?: string;
  basket: Basket;
  paying: Paying;
  later: LaterEvent[];
  finance?: Finance;
  company?: { name: string; taxCode: string };
}

export function build(x: Parts): Purchase {
  return {
    at: x.at,
    fraud: x.fraud,
    kind: x.kind,
    basket: x.basket,
    billing: { ...x.billing },
    attempts: x.paying.attempts,
    later: x.later,
    buyer: x.buyer,
    phone: x.phone,
    method: x.paying.method,
    ...(x.shipping ? { shipping: { ...x.shipping } } : {}),
    ...(x.recipient ? { recipient: x.recipient } : {}),
    fulfilment: x.fulfilment,
    ...(x.shop ? { shop: x.shop } : {}),
    ip: x.ip,
    device: { userAgent: x.device.userAgent, ...(x.device.id ? { id: x.device.id } : {}) },
    channel: x.device.app ? 'app' : 'web',
    locale: x.locale ?? 'vi-VN',
    ...(x.finance ? { finance: x.finance } : {}),
    ...(x.company ? { company: x.company } : {}),
  };
}

/** The delivery fee a basket pays for its fulfilment. */
export const feeFor = (lines: readonly Line[], f: Fulfilment): number =>
  f === 'digital' || f === 'pickup' ? 0 : deliveryFee(lines, f === 'express_2h');

export interface LocalOrder {
  at: number;
  kind: string;
  lines: Line[];
  fulfilment: Fulfilment;
  ip: string;
  /** Where it goes (the shopper's home unless given); none for pickup and codes. */
  shipping?: Address;
  shipTier?: Tier;
  recipient?: string;
  shop?: string;
  forced?: Method;
  bias?: Partial<Record<Method, number>>;
  declineShare?: number;
  refusal?: number;
  remote?: boolean;
  promo?: Promo;
  locale?: string;
}

/** An honest Vietnamese checkout: method, promotion, money, payment attempts and what follows. */
export function localOrder(rng: Rng, s: Shopper, o: LocalOrder): Purchase {
  const digital = o.fulfilment === 'digital';
  const pickup = o.fulfilment === 'pickup';
  const items = itemsTotal(o.lines);
  const payer = payerOf(s);
  const method =
    o.forced ??
    chooseMethod(rng, payer, { amount: items, digital, pickup, ...(o.bias ? { bias: o.bias } : {}) });
  const promo = o.promo ?? promoFor(rng, o.at, method, items);
  const basket = basketOf(o.lines, { ...promo, shippingFee: feeFor(o.lines, o.fulfilment) });
  const paying = localPay(
    rng,
    payer,
    {
      amount: basket.amount,
      digital,
      pickup,
      ...(o.declineShare !== undefined ? { declineShare: o.declineShare } : {}),
    },
    method,
  );
  const paidAt = paidAfter(paying.attempts);
  const later = honestJourney(rng, {
    fulfilment: o.fulfilment,
    tier: o.shipTier ?? s.place.tier,
    ...(paidAt !== undefined ? { paidAt } : {}),
    triedUntil: triedUntil(paying.attempts),
    ...(paying.settle ? { settle: paying.settle } : {}),
    ...(paying.unpaidTransfer ? { unpaidTransfer: true } : {}),
    amount: basket.amount,
    method: paying.attempts.find((a) => a.ok)?.method ?? method,
    ...(o.refusal !== undefined ? { refusal: o.refusal } : {}),
    ...(o.remote ? { remote: true } : {}),
  });
  const shipping = digital || pickup ? undefined : (o.shipping ?? s.home);
  return build({
    at: o.at,
    kind: o.kind,
    fraud: false,
    buyer: s.buyer,
    phone: s.phone,
    billing: s.home,
    ...(shipping ? { shipping } : {}),
    ...(o.recipient ? { recipient: o.recipient } : {}),
    fulfilment: o.fulfilment,
    ...(o.shop ? { shop: o.shop } : {}),
    ip: o.ip,
    device: s.device,
    ...(o.locale ? { locale: o.locale } : {}),
    basket,
    paying,
    later,
  });
}

/** Days and hours, for planners. */
export { DAY, HOUR };
