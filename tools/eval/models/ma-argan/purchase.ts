import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  type Card,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  type PaymentAttempt,
  type PurchaseCore,
  paid,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import { type Basket, type Delivery } from './catalogue.js';

/** One planned purchase, how the shop's buyers pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

/**
 * The checkout's payment methods, by the ids the shop's checkout sends: `cmi` (cards through the CMI gateway,
 * in dirhams, 3-D Secure by SMS code), `cod` (cash on delivery, Amana or the courier), `cashplus` and `wafacash`
 * (a payment code paid in cash at an agency), `bacs` (bank transfer), `paypal` and `stripe` (cards in euros).
 */
export type Method = 'cmi' | 'cod' | 'cashplus' | 'wafacash' | 'bacs' | 'paypal' | 'stripe';
export type ThreeDS = 'challenge_passed' | 'challenge_failed' | 'frictionless' | 'not_enrolled' | 'exempt';
export type Attempt = PaymentAttempt<Method, ThreeDS, string, Card>;

/** A later step: a status update, a settlement (`payment.succeeded` with its method), a new address. */
export type LaterStep = Step & { status?: string; method?: Method; shipping?: Address };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterStep> {
  buyer: Buyer;
  shipping: Address;
  delivery: Delivery;
  method: Method;
  ip: string;
  device: Device;
  locale: string;
  /** The phone number the courier calls, masked as the shop's export masks it. */
  phone: string;
}

export const firstAuth = (rng: Rng): number => rng.int(20_000, 120_000);
export const retryGap = (rng: Rng): number => rng.int(30_000, 5 * MINUTE);

/** How 3-D Secure goes for a card that authenticates (the cardholder or someone holding their phone). */
export function threeDSFor(rng: Rng, method: Method, card: Card, amount: number): ThreeDS {
  if (method === 'cmi') return card.country === 'MA' || rng.chance(0.7) ? 'challenge_passed' : 'frictionless';
  if (card.country === 'US' || card.country === 'CA')
    return rng.chance(0.45) ? 'not_enrolled' : 'frictionless';
  if (amount < 3_000 && rng.chance(0.5)) return 'exempt';
  return rng.chance(amount > 25_000 ? 0.7 : 0.4) ? 'challenge_passed' : 'frictionless';
}

export interface Try {
  ok: boolean;
  decline?: string;
  saved?: boolean;
  threeDS?: ThreeDS;
  avs?: CheckResult;
  afterMs: number;
}

/** A card authorisation: AVS only answered for North American and British cards on the euro checkout. */
export function cardTry(rng: Rng, method: 'cmi' | 'stripe', card: Card, amount: number, t: Try): Attempt {
  const avsAnswered = method === 'stripe' && ['US', 'CA', 'GB'].includes(card.country);
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: t.avs ?? (avsAnswered ? (rng.chance(0.9) ? 'pass' : 'partial') : 'unavailable'),
    cvc: t.saved ? 'unchecked' : t.decline === 'incorrect_cvc' ? 'fail' : 'pass',
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : threeDSFor(rng, method, card, amount)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

/** PayPal: no card shown, no checks. */
export const paypalTry = (ok: boolean, afterMs: number, decline?: string): Attempt => ({
  method: 'paypal',
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
});

/**
 * How an honest buyer pays by card: mostly first time; Moroccan cards are often not enabled for online payment or
 * over their yearly e-commerce ceiling, others fail the SMS code or the CVC; people retry, switch card or give up.
 */
export function honestCard(
  rng: Rng,
  method: 'cmi' | 'stripe',
  cards: readonly Card[],
  amount: number,
  saved: boolean,
): Attempt[] {
  const card = rng.pick(cards);
  const first = firstAuth(rng);
  const declineShare = method === 'cmi' && card.country === 'MA' ? 0.12 : 0.05;
  if (!rng.chance(declineShare))
    return [cardTry(rng, method, card, amount, { ok: true, saved, afterMs: first })];
  const why =
    method === 'cmi' && card.country === 'MA'
      ? rng.weightedPick<string>([
          ['ecommerce_not_enabled', 35],
          ['limit_exceeded', 25],
          ['authentication_failed', 25],
          ['insufficient_funds', 15],
        ])
      : rng.weightedPick<string>([
          ['authentication_failed', 35],
          ['insufficient_funds', 25],
          ['incorrect_cvc', 20],
          ['do_not_honor', 20],
        ]);
  const out = [cardTry(rng, method, card, amount, { ok: false, decline: why, saved, afterMs: first })];
  if (rng.chance(0.25)) return out;
  const other = cards.find((c) => c !== card);
  if (why === 'authentication_failed' || why === 'incorrect_cvc' || !other) {
    if (why === 'ecommerce_not_enabled' || why === 'limit_exceeded') {
      // Enabled in the bank's app, or the ceiling raised by phone, then tried again.
      out.push(cardTry(rng, method, card, amount, { ok: true, afterMs: rng.int(5, 40) * MINUTE }));
      return out;
    }
    out.push(cardTry(rng, method, card, amount, { ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  out.push(cardTry(rng, method, other, amount, { ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** When a parcel reaches the buyer after it ships. */
export function transit(rng: Rng, delivery: Delivery): number {
  switch (delivery) {
    case 'same_day':
    case 'riad':
      return rng.int(2, 7) * HOUR;
    case 'amana':
    case 'courier':
      return rng.int(20, 90) * HOUR;
    case 'post_europe':
      return rng.int(4, 10) * DAY;
    case 'post_america':
      return rng.int(7, 15) * DAY;
    case 'freight':
      return rng.int(8, 24) * DAY;
  }
}

/** Dispatch after payment: same day in Marrakech, a day or two elsewhere, a week for rugs (cleaned, packed). */
const dispatch = (rng: Rng, delivery: Delivery): number =>
  delivery === 'same_day' || delivery === 'riad'
    ? rng.int(1, 5) * HOUR
    : delivery === 'freight'
      ? rng.int(3, 8) * DAY
      : rng.int(10, 44) * HOUR;

/**
 * A prepaid order's life from `from` (when the money came): shipped, delivered; now and then a cancellation
 * before dispatch, a broken plate or a leaking bottle refunded, or (rarely) a parcel disputed as never received.
 */
export function prepaidLater(
  rng: Rng,
  delivery: Delivery,
  amount: number,
  from: number,
  fragile: boolean,
): LaterStep[] {
  if (rng.chance(0.01))
    return [{ type: 'order.cancelled', afterMs: from + rng.int(1, 12) * HOUR, reason: 'customer_request' }];
  const ship = from + dispatch(rng, delivery);
  const arrive = ship + transit(rng, delivery);
  const out: LaterStep[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: arrive, status: 'delivered' },
  ];
  if (rng.chance(fragile ? 0.04 : 0.008))
    out.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(1, 5) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.max(100, Math.round((amount * rng.float(0.15, 0.5)) / 100) * 100),
    });
  else if (rng.chance(0.002))
    out.push({
      type: 'dispute.created',
      afterMs: arrive + rng.int(20, 50) * DAY,
      reason: 'product_not_received',
    });
  return out;
}

/**
 * Cash on delivery: the shop's call centre confirms by phone, the parcel ships, the courier collects the cash on
 * delivery (posted as the payment) or the buyer refuses it; some cannot be reached and are cancelled.
 */
export function codLater(rng: Rng, delivery: Delivery, refused: number, unreachable: number): LaterStep[] {
  const confirm = rng.int(20, 8 * 60) * MINUTE;
  if (rng.chance(unreachable))
    return [
      { type: 'order.cancelled', afterMs: confirm + rng.int(20, 40) * HOUR, reason: 'customer_unreachable' },
    ];
  const ship = confirm + dispatch(rng, delivery);
  const arrive = ship + transit(rng, delivery);
  const out: LaterStep[] = [
    { type: 'order.updated', afterMs: confirm, status: 'confirmed' },
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
  ];
  if (rng.chance(refused))
    out.push({
      type: 'order.cancelled',
      afterMs: arrive + rng.int(0, 2) * DAY,
      reason: 'refused_at_delivery',
    });
  else
    out.push(
      { type: 'payment.succeeded', afterMs: arrive, method: 'cod' },
      { type: 'order.updated', afterMs: arrive + rng.int(1, 30) * MINUTE, status: 'delivered' },
    );
  return out;
}

/** A payment code paid at a Cash Plus or Wafacash agency within hours, or left to expire after three days. */
export function agencyLater(
  rng: Rng,
  method: 'cashplus' | 'wafacash',
  delivery: Delivery,
  amount: number,
): LaterStep[] {
  if (rng.chance(0.14)) return [{ type: 'order.cancelled', afterMs: 72 * HOUR, reason: 'payment_expired' }];
  const at = rng.chance(0.6) ? rng.int(20, 6 * 60) * MINUTE : rng.int(6, 60) * HOUR;
  return [
    { type: 'payment.succeeded', afterMs: at, method },
    ...prepaidLater(rng, delivery, amount, at, false),
  ];
}

/** A bank transfer arrives in one to three working days (or never; the order is released after ten days). */
export function transferLater(rng: Rng, delivery: Delivery, amount: number, fragile: boolean): LaterStep[] {
  if (rng.chance(0.08))
    return [{ type: 'order.cancelled', afterMs: 10 * DAY, reason: 'payment_not_received' }];
  const at = rng.int(18, 80) * HOUR;
  return [
    { type: 'payment.succeeded', afterMs: at, method: 'bacs' },
    ...prepaidLater(rng, delivery, amount, at, fragile),
  ];
}

/** Card or PayPal: the rest of the order's life once the attempts are known. */
export function afterAttempts(
  rng: Rng,
  attempts: readonly Attempt[],
  delivery: Delivery,
  amount: number,
  fragile: boolean,
): LaterStep[] {
  const last = attempts.reduce((t, a) => t + Math.max(1000, a.afterMs), 0);
  if (!attempts.some((a) => a.ok))
    return [{ type: 'order.cancelled', afterMs: last + rng.int(30, 90) * MINUTE, reason: 'payment_failed' }];
  return prepaidLater(rng, delivery, amount, last, fragile);
}
