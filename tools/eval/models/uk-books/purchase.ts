import { type CanonicalEvent } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  paid,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Zone } from './calendar.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  newCard,
  secure,
  type ThreeDS,
} from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'klarna' | 'bank_transfer' | 'invoice';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** A later step; `payment.succeeded` settles a transfer or an invoice; `status` marks fulfilment updates. */
export interface LaterEvent {
  type: CanonicalEvent['type'];
  afterMs: number;
  reason?: string;
  amount?: number;
  shipping?: Address;
  status?: string;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  /** Who the parcel or e-gift card is for, when not the buyer. */
  recipientName?: string;
  giftRecipient?: string;
  giftNote?: string;
  fulfilment: Fulfilment;
  /** Absent for renewals the shop charges itself. */
  ip?: string;
  device?: Device;
  locale: string;
  channel: 'web' | 'subscription_renewal';
  /** How the checkout chose to pay (a transfer or an invoice has no attempt at checkout). */
  method: Method;
  company?: { name: string; purchaseOrder?: string };
  preorder?: boolean;
  zone: Zone;
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows better (a phished one-time code, a merchant-initiated charge). */
  threeDS?: ThreeDS | 'none';
  /** The wallet a `wallet` entry came through. */
  wallet?: 'apple_pay' | 'google_pay';
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (t.wallet ?? 'apple_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS = t.threeDS ?? secure(rng, card, !authFailed, amount);
  return {
    method,
    card,
    ok: t.ok,
    avs: entry === 'off_session' ? 'unchecked' : avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS === 'none' ? {} : { threeDS }),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

export interface Payer {
  cards: readonly HeldCard[];
  country: string;
  /** A saved card is offered to a signed-in buyer. */
  signedIn: boolean;
  mobile: boolean;
  student?: boolean;
  /** The browser, which decides the wallets offered: Apple Pay in Safari, Google Pay in Chrome and on Android. */
  device?: { userAgent: string };
}

function walletsOf(userAgent: string): { apple: boolean; google: boolean } {
  const apple = /iPhone|Macintosh/.test(userAgent) && /Version\/\d/.test(userAgent);
  return { apple, google: /Android|Chrome\//.test(userAgent) && !/Edg\//.test(userAgent) };
}

/** Each kind's mix of the shop's methods; Klarna only from £30 and only for British, Irish and EU buyers. */
export type MethodMix = ReadonlyArray<readonly [Method, number]>;

export const EVERYDAY_MIX: MethodMix = [
  ['card', 44],
  ['apple_pay', 20],
  ['google_pay', 7],
  ['paypal', 19],
  ['klarna', 10],
];

/**
 * How an honest buyer pays, and retries the way people do: the right CVC, the 3-D Secure prompt answered
 * this time, another card, or PayPal; a few give up. Apple Pay on iPhones, Google Pay on Android.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  amount: number,
  mix: MethodMix,
  declineShare = 0.045,
): Attempt[] {
  const klarnaOk =
    amount >= 3000 &&
    ['GB', 'IE', 'DE', 'FR', 'NL', 'BE', 'ES', 'IT', 'SE', 'US', 'AU'].includes(payer.country);
  const wallets = payer.device ? walletsOf(payer.device.userAgent) : { apple: false, google: false };
  const weightOf = (m: Method, w: number) => {
    if (m === 'klarna') return klarnaOk ? w : 0;
    if (m === 'apple_pay') return wallets.apple ? w * 1.4 : 0;
    if (m === 'google_pay') return wallets.google ? w * 2 : 0;
    return w;
  };
  const weighted = mix.map(([m, w]) => [m, weightOf(m, w)] as const);
  const method = weighted.some(([, w]) => w > 0) ? rng.weightedPick(weighted) : 'card';
  const first = firstAuth(rng);
  const declined = rng.chance(payer.student ? declineShare * 2 : declineShare);
  if (method === 'paypal' || method === 'klarna') {
    if (!declined) return [other(method, true, first)];
    const fallback = cardAttempt(rng, payer.cards[0] ?? newCard(rng, payer.country), amount, {
      ok: true,
      afterMs: retryGap(rng),
    });
    return [other(method, false, first, 'payment_declined'), fallback];
  }
  if (method !== 'card' && method !== 'apple_pay' && method !== 'google_pay')
    return [other(method, true, first)];
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const wallet = method === 'apple_pay' || method === 'google_pay' ? { wallet: method } : {};
  if (!declined) return [cardAttempt(rng, card, amount, { entry, ok: true, afterMs: first, ...wallet })];
  const why = honestDecline(rng, payer.student);
  const out = [cardAttempt(rng, card, amount, { entry, ok: false, decline: why, afterMs: first, ...wallet })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** Milliseconds from the order to the last attempt (each at least a second after the one before). */
export const attemptsSpan = (attempts: readonly Attempt[]): number =>
  attempts.reduce((s, a) => s + Math.max(1000, Math.floor(a.afterMs)), 0);

/** An order nobody paid for is released 30–60 minutes after the last try. */
export const releaseUnpaid = (rng: Rng, attempts: readonly Attempt[]): LaterEvent[] => [
  {
    type: 'order.cancelled',
    afterMs: attemptsSpan(attempts) + rng.int(30, 60) * MINUTE,
    reason: 'payment_failed',
  },
];

/** Working days from the order to dispatch: in stock next day, ordered in from the wholesaler a few days. */
const dispatchAfter = (rng: Rng) => (rng.chance(0.65) ? rng.int(14, 40) : rng.int(50, 130)) * HOUR;

/** Days in the post, by service and destination. */
function transit(rng: Rng, f: Fulfilment, destination: string): number {
  if (f === 'tracked_24' || f === 'special_delivery') return rng.int(18, 30) * HOUR;
  if (f === 'insured_courier') return (destination === 'GB' ? rng.int(20, 48) : rng.int(48, 120)) * HOUR;
  if (destination === 'GB') return rng.int(24, 80) * HOUR;
  if (destination === 'IE') return rng.int(3, 6) * DAY;
  if (destination === 'US') return rng.int(6, 14) * DAY;
  if (destination === 'AU') return rng.int(8, 20) * DAY;
  return rng.int(4, 10) * DAY;
}

export interface Delivery {
  fulfilment: Fulfilment;
  destination: string;
  amount: number;
  /** When the goods can leave: after a transfer clears, on a pre-order's publication day. */
  from?: number;
}

/** The ordinary fulfilment of a paid order: e-mailed, collected, or shipped and delivered. */
export function fulfil(rng: Rng, d: Delivery): LaterEvent[] {
  const from = d.from ?? 0;
  if (d.fulfilment === 'email')
    return [{ type: 'order.updated', afterMs: from + rng.int(20, 180) * 1000, status: 'sent' }];
  if (d.fulfilment === 'click_collect') {
    const ready = from + rng.int(2, 26) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
      { type: 'order.updated', afterMs: ready + rng.int(3, 130) * HOUR, status: 'collected' },
    ];
  }
  const ship = from + dispatchAfter(rng);
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + transit(rng, d.fulfilment, d.destination), status: 'delivered' },
  ];
}

/**
 * What happens to an honest paid order: fulfilment, and now and then a cancellation before dispatch, a title
 * the publisher cannot supply (part refunded), a parcel damaged or lost, a return; very rarely a dispute.
 */
export function honestAfter(rng: Rng, d: Delivery, digital = false): LaterEvent[] {
  const from = d.from ?? 0;
  if (!digital && rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: from + rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: from + rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const out = fulfil(rng, d);
  const last = Math.max(...out.map((l) => l.afterMs));
  if (digital) {
    if (d.fulfilment === 'email' && rng.chance(0.02))
      out.push({
        type: 'refund.created',
        afterMs: last + rng.int(2, 20) * DAY,
        reason: 'requested_by_customer',
      });
    return out;
  }
  const x = rng.next();
  if (x < 0.02)
    out.push({
      type: 'refund.created',
      afterMs: from + rng.int(2, 6) * DAY,
      reason: 'out_of_stock',
      amount: Math.min(d.amount, rng.int(8, 25) * 100),
    });
  else if (x < 0.028)
    out.push({ type: 'refund.created', afterMs: last + rng.int(1, 5) * DAY, reason: 'damaged_in_transit' });
  else if (x < 0.04)
    out.push({ type: 'refund.created', afterMs: last + rng.int(5, 20) * DAY, reason: 'returned' });
  else if (x < 0.044 && d.fulfilment !== 'click_collect')
    out.push({ type: 'refund.created', afterMs: last + rng.int(10, 20) * DAY, reason: 'lost_in_post' });
  else if (x < 0.0455)
    out.push({
      type: 'dispute.created',
      afterMs: last + rng.int(20, 50) * DAY,
      reason: 'product_not_received',
    });
  return out;
}

/** The whole ending of an honest order: released if never paid, else fulfilled. */
export function honestEnding(
  rng: Rng,
  attempts: readonly Attempt[],
  d: Delivery,
  digital = false,
): LaterEvent[] {
  return attempts.some((a) => a.ok) ? honestAfter(rng, d, digital) : releaseUnpaid(rng, attempts);
}
