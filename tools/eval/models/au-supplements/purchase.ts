import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  cardPaymentAttempt,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type HeldCard, newCard } from './people.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'afterpay' | 'zip';
/** 3-D Secure as the gateway reports it; renewals are merchant-initiated and skip it. */
export type ThreeDS =
  'frictionless' | 'challenge_passed' | 'challenge_failed' | 'not_enrolled' | 'exempt' | 'merchant_initiated';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'restricted_card'
  | 'declined_by_provider';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment (`shipped`, `delivered`, `collected`); an address change may come from another connection. */
export type LaterEvent = Later & { status?: string; ip?: string; device?: Device };

export type Channel = 'web' | 'app' | 'subscription';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  /** Absent for a renewal the store charges itself. */
  ip?: string;
  device?: Device;
  channel: Channel;
  /** Click and collect: the partner gym's code. */
  collectAt?: string;
  company?: { name: string; abn: string };
}

/** How a card is presented: typed at checkout, saved on the account, in a wallet, or charged by the store. */
export type Entry = 'typed' | 'saved' | 'wallet' | 'stored_renewal';

/** Australian, New Zealand and Singapore issuers do not answer address checks; US issuers do. */
export const avsOf = (card: HeldCard, match: 'good' | 'partial' | 'bad' = 'good'): CheckResult =>
  card.country !== 'US'
    ? 'unavailable'
    : match === 'good'
      ? 'pass'
      : match === 'partial'
        ? 'partial'
        : 'fail';

export const cvcOf = (entry: Entry, right = true): CheckResult =>
  entry === 'typed' ? (right ? 'pass' : 'fail') : entry === 'wallet' ? 'unavailable' : 'unchecked';

/** The store asks for 3-D Secure on risk: most typed cards pass frictionless, bigger baskets are challenged. */
export function secureFor(rng: Rng, entry: Entry, amount: number, ok: boolean): ThreeDS | undefined {
  if (entry === 'wallet') return undefined;
  if (entry === 'stored_renewal') return 'merchant_initiated';
  if (!ok && rng.chance(0.3)) return 'challenge_failed';
  if (amount < 3000 && rng.chance(0.5)) return 'exempt';
  if (rng.chance(0.04)) return 'not_enrolled';
  return rng.chance(amount > 30_000 ? 0.5 : 0.15) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry: Entry;
  ok: boolean;
  afterMs: number;
  decline?: Decline;
  match?: 'good' | 'partial' | 'bad';
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const method: Method = t.entry === 'wallet' ? (rng.chance(0.72) ? 'apple_pay' : 'google_pay') : 'card';
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs: avsOf(card, t.match),
    cvc: cvcOf(t.entry, t.decline !== 'incorrect_cvc'),
    threeDS:
      t.threeDS ??
      (t.decline === 'authentication_failed' ? 'challenge_failed' : secureFor(rng, t.entry, amount, t.ok)),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstAuth = (rng: Rng): number => rng.int(4_000, 45_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

/** Afterpay and Zip only take Australian (and Afterpay New Zealand) customers, up to their limits. */
const bnplOk = (country: string, amount: number) => ({
  afterpay: (country === 'AU' || country === 'NZ') && amount <= 200_000,
  zip: country === 'AU' && amount <= 150_000,
});

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  /** Students, young buyers: pay later more often. */
  bnplLean?: number;
}

const honestDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', 5],
    ['do_not_honor', 2],
    ['incorrect_cvc', 2],
    ['expired_card', 1],
    ['authentication_failed', 2],
  ]);

/**
 * How an honest customer pays: card (typed or saved), Apple/Google Pay, PayPal, Afterpay or Zip. A few are
 * declined and do what people do: fix the CVC, pass the 3-D Secure prompt, try another card or PayPal.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare = 0.05): Attempt[] {
  const bnpl = bnplOk(payer.country, amount);
  const lean = payer.bnplLean ?? 1;
  const method = rng.weightedPick<Method>([
    ['card', 42],
    ['apple_pay', 15],
    ['google_pay', 6],
    ['paypal', 13],
    ['afterpay', bnpl.afterpay ? 15 * lean : 0],
    ['zip', bnpl.zip ? 6 * lean : 0],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(method === 'afterpay' || method === 'zip' ? declineShare * 1.6 : declineShare);
  if (method === 'paypal' || method === 'afterpay' || method === 'zip') {
    if (!declined) return [other(method, true, first)];
    const out = [other(method, false, first, method === 'paypal' ? 'do_not_honor' : 'declined_by_provider')];
    if (rng.chance(0.15)) return out;
    const card = rng.pick(payer.cards);
    out.push(cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  if (!declined) return [cardAttempt(rng, card, amount, { entry, ok: true, afterMs: first })];
  const why = honestDecline(rng);
  const out = [cardAttempt(rng, card, amount, { entry, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * What happens to an honest order once paid: packed in Brisbane and shipped within a day or two, delivered
 * two to six days later in Australia (a week or more abroad, next day by express), or collected at the gym.
 * Now and then a split tub is refunded, an order is cancelled before dispatch, a locker parcel goes missing.
 */
export function honestAfter(rng: Rng, f: Fulfilment, amount: number, country: string): LaterEvent[] {
  if (rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 18) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(19, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  if (f === 'click_and_collect') {
    const ready = rng.int(20, 52) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
      { type: 'order.updated', afterMs: ready + rng.int(3, 96) * HOUR, status: 'collected' },
    ];
  }
  const ship = rng.int(6, 40) * HOUR;
  const transit =
    country !== 'AU' ? rng.int(5, 12) * DAY : f === 'express' ? rng.int(16, 40) * HOUR : rng.int(2, 6) * DAY;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + transit, status: 'delivered' },
  ];
  if (rng.chance(0.015))
    out.push({
      type: 'refund.created',
      afterMs: ship + transit + rng.int(1, 5) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(amount, rng.int(30, 90) * 100),
    });
  else if (f === 'parcel_locker' && rng.chance(0.01))
    out.push({
      type: 'refund.created',
      afterMs: ship + transit + rng.int(2, 7) * DAY,
      reason: 'not_received',
    });
  else if (rng.chance(0.002))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 45) * DAY, reason: 'product_not_received' });
  return out;
}
