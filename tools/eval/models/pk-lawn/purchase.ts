import {
  type Address,
  type Buyer,
  type Card,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  honestDecline,
  type Match,
  secure,
  type ThreeDS,
  walletDecline,
} from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Channel } from './people.js';

/**
 * One planned purchase before events.ts renders it, and how it is paid: cash on delivery, JazzCash or
 * Easypaisa, cards under OTP, a Raast or IBFT transfer confirmed by staff, pay at the counter; abroad cards
 * under 3-D Secure, PayPal (through the label's UK company) and Apple Pay.
 */

export { DAY, HOUR, MINUTE };

export type Method =
  'cod' | 'jazzcash' | 'easypaisa' | 'card' | 'bank_transfer' | 'pay_at_store' | 'paypal' | 'apple_pay';

/** Methods paid after the order: cash at the door or the counter, a transfer staff match later. */
export const PAID_LATER: ReadonlySet<Method> = new Set(['cod', 'bank_transfer', 'pay_at_store']);

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card>;

/** A later step: fulfilment (`status`, the courier), cash or a transfer arriving, refunds, disputes. */
export type LaterEvent = Step & { status?: string; courier?: string; shipping?: Address };

export type Storefront = 'pk' | 'intl';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  /** The name on the parcel when it is not the buyer's (gifts, triangulation). */
  recipient?: string;
  phone: string;
  storefront: Storefront;
  /** The method chosen at checkout. */
  method: Method;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  channel: Channel;
  locale: string;
  company?: { name: string; ntn: string };
  giftMessage?: string;
  /** The flagship a pickup order is collected from. */
  pickupStore?: string;
}

export const firstAuth = (rng: Rng): number => rng.int(15_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 5 * MINUTE);

export interface CardTry {
  ok: boolean;
  afterMs: number;
  entry?: Entry;
  match?: Match;
  decline?: Decline;
  threeDS?: ThreeDS;
}

/** One card authorisation, its checks as the card's issuer and the storefront's acquirer give them. */
export function cardAttempt(rng: Rng, card: Card, storefront: Storefront, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const authFailed = t.decline === 'authentication_failed' || t.decline === 'otp_timeout';
  return {
    method: entry === 'wallet' ? 'apple_pay' : 'card',
    card,
    ok: t.ok,
    avs: avs(rng, card, storefront, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card.country, t.ok, authFailed),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export interface Payer {
  cards: readonly Card[];
  storefront: Storefront;
  signedIn: boolean;
}

/**
 * An honest buyer paying online by `method`: a decline is retried the way people do (card switched on for
 * online use in the banking app, the OTP answered this time, the wallet prompt approved, another card or
 * PayPal); one in eight gives up. Methods paid later have no attempts at checkout.
 */
export function honestPay(rng: Rng, method: Method, payer: Payer, declineShare = 0.07): Attempt[] {
  if (PAID_LATER.has(method)) return [];
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare);
  if (method === 'jazzcash' || method === 'easypaisa' || method === 'paypal') {
    if (!declined) return [other(method, true, first)];
    const why = method === 'paypal' ? 'paypal_declined' : walletDecline(rng);
    const out = [other(method, false, first, why)];
    if (!rng.chance(0.12)) out.push(other(method, true, retryGap(rng)));
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.4) ? 'saved' : 'typed';
  const { storefront } = payer;
  if (!declined) return [cardAttempt(rng, card, storefront, { ok: true, afterMs: first, entry })];
  const why = honestDecline(rng, card.country);
  const out = [cardAttempt(rng, card, storefront, { ok: false, afterMs: first, entry, decline: why })];
  if (rng.chance(0.12)) return out;
  if (why === 'ecommerce_not_enabled' || why === 'authentication_failed' || why === 'incorrect_cvc') {
    out.push(cardAttempt(rng, card, storefront, { ok: true, afterMs: rng.int(2, 15) * MINUTE }));
    return out;
  }
  if (storefront === 'intl' && rng.chance(0.4)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card);
  if (next) out.push(cardAttempt(rng, next, storefront, { ok: true, afterMs: retryGap(rng) }));
  else if (storefront === 'pk')
    out.push(other(rng.chance(0.6) ? 'jazzcash' : 'easypaisa', true, retryGap(rng)));
  return out;
}

/** When the attempts end (ms after the order). */
export const attemptsEnd = (attempts: readonly Attempt[]): number =>
  attempts.reduce((t, a) => t + Math.max(1000, a.afterMs), 0);

export const isPaid = (attempts: readonly Attempt[]): boolean => attempts.some((a) => a.ok);

/** An unpaid online checkout is released an hour or two after the last try. */
export const releaseUnpaid = (rng: Rng, attempts: readonly Attempt[]): LaterEvent => ({
  type: 'order.cancelled',
  afterMs: attemptsEnd(attempts) + rng.int(60, 150) * MINUTE,
  reason: 'payment_failed',
});

const COURIERS = ['TCS', 'Leopards', 'M&P', 'PostEx', 'Trax'] as const;
export const courierFor = (rng: Rng, f: Fulfilment): string =>
  f === 'dhl_express'
    ? 'DHL Express'
    : f === 'express'
      ? 'Rider (same day)'
      : f === 'cargo'
        ? 'TCS Cargo'
        : rng.pick(COURIERS);

export interface Delivery {
  fulfilment: Fulfilment;
  method: Method;
  /** Days from dispatch to the door (Lahore next day, smaller towns up to five, DHL four to eight). */
  transitDays: readonly [number, number];
  /** Hours from the order to dispatch (longer in the last week's rush). */
  dispatchHours: readonly [number, number];
}

/** Transit and dispatch for a destination: same city, other metros, towns, abroad. */
export function deliveryFor(
  f: Fulfilment,
  method: Method,
  city: string | undefined,
  rush: boolean,
): Delivery {
  const dispatchHours: readonly [number, number] =
    f === 'express' ? [1, 5] : f === 'pickup' ? [3, 20] : rush ? [24, 96] : [12, 48];
  const transitDays: readonly [number, number] =
    f === 'dhl_express'
      ? [4, 8]
      : f === 'express' || f === 'pickup'
        ? [0, 0]
        : city === 'Lahore'
          ? [1, 2]
          : city === 'Karachi' || city === 'Islamabad' || city === 'Rawalpindi'
            ? [2, 3]
            : [3, 5];
  return { fulfilment: f, method, transitDays, dispatchHours };
}

/**
 * Shipped, then delivered (cash taken at the door or the counter for cash orders), from `from` ms after the
 * order: a COD order is first confirmed by a WhatsApp message or call, a transfer first matched by staff.
 */
export function fulfil(rng: Rng, d: Delivery, from = 0): LaterEvent[] {
  const out: LaterEvent[] = [];
  let t = from;
  if (d.method === 'cod') {
    t += rng.int(20, 8 * 60) * MINUTE;
    out.push({ type: 'order.updated', afterMs: t, status: 'confirmed' });
  }
  if (d.method === 'bank_transfer') {
    t += rng.int(40, 18 * 60) * MINUTE;
    out.push({ type: 'payment.succeeded', afterMs: t });
  }
  const courier = courierFor(rng, d.fulfilment);
  t += rng.int(d.dispatchHours[0] * 60, d.dispatchHours[1] * 60) * MINUTE;
  if (d.fulfilment === 'pickup') {
    out.push({ type: 'order.updated', afterMs: t, status: 'ready_for_pickup' });
    t += rng.int(30, 30 * 60) * MINUTE;
    out.push({ type: 'order.updated', afterMs: t, status: 'collected' });
  } else if (d.fulfilment === 'email') {
    out.push({ type: 'order.updated', afterMs: t, status: 'delivered' });
    return out;
  } else {
    out.push({ type: 'order.updated', afterMs: t, status: 'shipped', courier });
    t +=
      d.transitDays[0] * DAY +
      rng.int(3 * 60, (d.transitDays[1] - d.transitDays[0]) * 24 * 60 + 10 * 60) * MINUTE;
    out.push({ type: 'order.updated', afterMs: t, status: 'delivered', courier });
  }
  if (d.method === 'cod' || d.method === 'pay_at_store')
    out.push({ type: 'payment.succeeded', afterMs: t + 60_000 });
  return out;
}

/**
 * A COD parcel refused at the door or never claimed: out for delivery, refused, back to the warehouse and the
 * order cancelled (the label pays the courier both ways).
 */
export function refusedAtDoor(rng: Rng, d: Delivery, reason: string, confirmed = true): LaterEvent[] {
  let t = rng.int(20, 8 * 60) * MINUTE;
  const out: LaterEvent[] = confirmed ? [{ type: 'order.updated', afterMs: t, status: 'confirmed' }] : [];
  const courier = courierFor(rng, d.fulfilment);
  t += rng.int(d.dispatchHours[0] * 60, d.dispatchHours[1] * 60) * MINUTE;
  out.push({ type: 'order.updated', afterMs: t, status: 'shipped', courier });
  t += (d.transitDays[1] + rng.int(0, 1)) * DAY;
  out.push({ type: 'order.updated', afterMs: t, status: 'delivery_failed', courier, reason });
  t += rng.int(3, 9) * DAY;
  out.push({ type: 'order.cancelled', afterMs: t, reason: 'returned_to_origin' });
  return out;
}

/** A COD order nobody confirms: the number is off or wrong, and the order is cancelled within two days. */
export const unconfirmed = (rng: Rng): LaterEvent[] => [
  { type: 'order.cancelled', afterMs: rng.int(10, 48) * HOUR, reason: 'unconfirmed_phone_unreachable' },
];

/** The last moment of a plan, for steps that come after delivery. */
export const lastOf = (later: readonly LaterEvent[]): number => Math.max(0, ...later.map((l) => l.afterMs));
