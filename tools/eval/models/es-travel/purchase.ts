import {
  type Address,
  type Buyer,
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
import { avs, cvc, type Decline, type Entry, type HeldCard, honestDecline, newCard } from './cards.js';
import { type Category, type Line, sumOf } from './catalogue.js';

/** One planned purchase before events.ts renders it: the trip, how it was paid, what happened afterwards. */

export { DAY, HOUR, MINUTE };

export type Method =
  'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'bizum' | 'mbway' | 'sequra' | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`ticketed`, `confirmed`, `sent`, …); `passengers` a name change. */
export type LaterEvent = Later & { status?: string; passengers?: string[] };

/** What is being bought, as the agency's booking system describes it (extra fields Vigil may ignore). */
export interface Trip {
  type: Category;
  route?: string;
  /** Departure or check-in / pick-up, ms. */
  departure?: number;
  returnAt?: number;
  oneWay?: boolean;
  passengers: string[];
  nights?: number;
  destination?: string;
  /** The existing booking an extra is added to. */
  bookingRef?: string;
}

export interface Basket {
  lines: Line[];
  amount: number;
  currency: 'EUR';
  /** Points redeemed or a promo, off the lines' total. */
  discount: number;
  discountKind?: 'points' | 'promo';
}

export const basketOf = (lines: Line[], discount = 0, discountKind?: 'points' | 'promo'): Basket => ({
  lines,
  amount: sumOf(lines) - discount,
  currency: 'EUR',
  discount,
  ...(discountKind ? { discountKind } : {}),
});

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  ip: string;
  device: Device;
  locale: string;
  channel: 'web' | 'app';
  trip: Trip;
  company?: { name: string; vatId: string };
  loyalty?: { number: string; tier: string; pointsRedeemed?: number };
  giftRecipient?: string;
  instalments?: number;
}

const SCA = new Set(['ES', 'PT', 'FR', 'DE', 'IT', 'NL', 'RO', 'PL', 'GB']);

/** PSD2 strong authentication on European cards; outside Europe the issuer often is not enrolled. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, amount: number): ThreeDS {
  if (!SCA.has(card.country))
    return rng.chance(0.45) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (amount < 3000 && rng.chance(0.6)) return 'exempt';
  return rng.chance(amount > 30_000 ? 0.8 : 0.55) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  /** Whether the billing address given matches the issuer's (AVS, where answered). */
  matches?: boolean;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.7) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.matches ?? true),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok || !authFailed, amount)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
}

export interface PayOptions {
  /** Allow paying in three instalments (seQura) on a big basket. */
  instalments?: boolean;
  /** Company bookers may pay by transfer against an invoice. */
  transfer?: boolean;
  /** Share of first tries declined. */
  declined?: number;
  /** Weight of wallets (young buyers on phones pay with them more). */
  wallet?: number;
}

/**
 * How an honest traveller pays: card (typed or saved) under 3-D Secure, Apple/Google Pay, PayPal, Bizum up to
 * €1,000 in Spain, MB WAY in Portugal, seQura instalments on a big basket, a transfer for a company. Declines are
 * retried the way people do: the bank's app answered this time, the right code, another card, or PayPal.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, o: PayOptions = {}): Attempt[] {
  const big = amount > 60_000;
  const es = payer.country === 'ES';
  const method = rng.weightedPick<Method>([
    ['card', 58],
    ['apple_pay', 8 * (o.wallet ?? 1)],
    ['google_pay', 4 * (o.wallet ?? 1)],
    ['paypal', 12],
    ['bizum', es && amount <= 100_000 ? 12 : 0],
    ['mbway', payer.country === 'PT' ? 25 : 0],
    ['sequra', es && o.instalments && amount > 30_000 ? 14 : 0],
    ['bank_transfer', o.transfer ? 25 : 0],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(o.declined ?? (big ? 0.09 : 0.05));
  if (method === 'bank_transfer') return [other('bank_transfer', true, rng.int(3 * HOUR, 2 * DAY))];
  if (method !== 'card' && method !== 'apple_pay' && method !== 'google_pay') {
    if (!declined) return [other(method, true, first)];
    const why = method === 'sequra' ? 'rejected' : 'do_not_honor';
    const then = rng.chance(0.15)
      ? []
      : [
          cardAttempt(rng, payer.cards[0] ?? newCard(rng, payer.country), amount, {
            ok: true,
            afterMs: retryGap(rng),
          }),
        ];
    return [other(method, false, first, why), ...then];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  if (!declined) return [cardAttempt(rng, card, amount, { entry, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
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
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** The fulfilment status a trip gets once paid. */
export const issuedStatus = (t: Trip, physical: boolean): string =>
  t.type === 'gift_card'
    ? physical
      ? 'shipped'
      : 'sent'
    : t.type === 'hotel' || t.type === 'car_hire'
      ? 'confirmed'
      : 'ticketed';

/**
 * What happens to an honest booking once paid: tickets issued or the stay confirmed within minutes, the trip
 * taken; now and then a cancellation refunded (a free-cancellation hotel, insurance), an airline's schedule
 * change refunded in part, or a rare dispute over a flight the airline cancelled.
 */
export function honestAfter(
  rng: Rng,
  p: { trip: Trip; at: number; basket: Basket; shipping?: Address },
): LaterEvent[] {
  const issued = rng.int(1, 12) * MINUTE;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: issued, status: issuedStatus(p.trip, !!p.shipping) },
  ];
  const until = p.trip.departure ? Math.max(p.trip.departure - p.at, 2 * HOUR) : 20 * DAY;
  if (p.trip.type !== 'gift_card' && rng.chance(0.025)) {
    const at = rng.int(issued + MINUTE, Math.max(issued + 2 * MINUTE, until - HOUR));
    out.push(
      { type: 'order.cancelled', afterMs: at, reason: 'customer_request' },
      { type: 'refund.created', afterMs: at + rng.int(1, 72) * HOUR, reason: 'requested_by_customer' },
    );
    return out;
  }
  if (p.trip.type === 'flight' && rng.chance(0.012))
    out.push({
      type: 'refund.created',
      afterMs: issued + rng.int(2, 20) * DAY,
      reason: 'schedule_change',
      amount: Math.round(p.basket.amount * rng.float(0.2, 0.6)),
    });
  else if (rng.chance(0.0015))
    out.push({
      type: 'dispute.created',
      afterMs: until + rng.int(10, 50) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
