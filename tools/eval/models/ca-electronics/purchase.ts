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
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  newCard,
} from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Locale } from './people.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens once they have. */

export { DAY, HOUR, MINUTE };

export type Method =
  'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'interac_online' | 'gift_card' | 'affirm';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'not_enrolled';
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`shipped`, `delivered`, `ready_for_pickup`, `picked_up`). */
export type LaterEvent = Later & { status?: string; carrier?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: Locale;
  channel: 'web' | 'app';
  /** Store pickup: which shop and who may collect (the buyer, or someone they name). */
  pickup?: { store: string; person: string };
  /** E-gift cards: who they are e-mailed to. */
  giftRecipient?: string;
  giftMessage?: boolean;
  company?: { name: string; gstNumber?: string; po?: string };
}

/**
 * 3-D Secure as Canadian issuers run it: not mandated, so most card payments go through without; the
 * processor asks on big or risky ones and the issuer decides.
 */
export function secure(
  rng: Rng,
  card: HeldCard,
  ok: boolean,
  amount: number,
  decline?: Decline,
): ThreeDS | undefined {
  if (decline === 'authentication_failed') return 'challenge_failed';
  if (card.country !== 'CA' && card.country !== 'US') return rng.chance(0.5) ? 'not_enrolled' : undefined;
  if (amount < 75_000 && rng.chance(0.75)) return undefined;
  if (!ok) return rng.chance(0.3) ? 'challenge_failed' : undefined;
  return rng.chance(amount > 150_000 ? 0.6 : 0.3) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.8) ? 'apple_pay' : 'google_pay') : 'card';
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good', entry),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card, t.ok, amount, t.decline),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstAuth = (rng: Rng): number => rng.int(4_000, 45_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  signedIn: boolean;
  match?: Match;
  /** Where the payer's cards come from, for a new card after a decline. */
  country?: string;
  /** Shares of the methods this payer reaches for, by default the store's. */
  methods?: ReadonlyArray<readonly [Method, number]>;
}

const METHODS = (amount: number): Array<readonly [Method, number]> => [
  ['card', 58],
  ['apple_pay', 13],
  ['google_pay', 3],
  ['paypal', 13],
  ['interac_online', amount < 150_000 ? 6 : 2],
  ['affirm', amount > 70_000 ? 9 : 0],
  ['gift_card', amount < 30_000 ? 3 : 1],
];

/**
 * How an honest customer pays, and how declines are retried: the right CVC or postal code this time, another
 * card, PayPal or Interac; a few give up. Affirm financing is approved or not after a soft credit check.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const big = amount > 100_000;
  const method = rng.weightedPick<Method>(payer.methods ?? METHODS(amount));
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.09 : 0.04));
  if (method === 'affirm') {
    if (!declined || rng.chance(0.5))
      return [other('affirm', !declined, rng.int(60_000, 6 * MINUTE), 'do_not_honor')];
    const card = rng.pick(payer.cards);
    return [
      other('affirm', false, rng.int(60_000, 6 * MINUTE), 'do_not_honor'),
      cardAttempt(rng, card, amount, { ok: true, match: payer.match ?? 'good', afterMs: retryGap(rng) }),
    ];
  }
  if (method !== 'card' && method !== 'apple_pay' && method !== 'google_pay') {
    const wait = method === 'interac_online' ? rng.int(40_000, 4 * MINUTE) : first;
    if (!declined) return [other(method, true, wait)];
    const why: Decline = method === 'gift_card' ? 'insufficient_funds' : 'do_not_honor';
    const then: Method = method === 'paypal' ? 'paypal' : 'card';
    if (then === 'card')
      return [
        other(method, false, wait, why),
        cardAttempt(rng, rng.pick(payer.cards), amount, {
          ok: true,
          match: payer.match ?? 'good',
          afterMs: retryGap(rng),
        }),
      ];
    return [other(method, false, wait, why), other('paypal', true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  return retried(rng, payer, card, amount, base, first, honestDecline(rng, big));
}

/** A declined card and what its holder does next. */
export function retried(
  rng: Rng,
  payer: Payer,
  card: HeldCard,
  amount: number,
  base: { entry: Entry; match: Match },
  first: number,
  why: Decline,
): Attempt[] {
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.08)) return out;
  if (
    why === 'incorrect_cvc' ||
    why === 'incorrect_zip' ||
    why === 'authentication_failed' ||
    why === 'expired_card'
  ) {
    // A second typo happens: the third try goes through.
    if (why !== 'expired_card' && rng.chance(0.2))
      out.push(
        cardAttempt(rng, card, amount, {
          ...base,
          entry: 'typed',
          ok: false,
          decline: why,
          afterMs: retryGap(rng),
        }),
      );
    const next =
      why === 'expired_card' ? (payer.cards.find((c) => c !== card) ?? newCard(rng, card.country)) : card;
    out.push(
      cardAttempt(rng, next, amount, { entry: 'typed', match: 'good', ok: true, afterMs: retryGap(rng) }),
    );
    return out;
  }
  if (rng.chance(0.25)) {
    out.push(other(rng.chance(0.7) ? 'paypal' : 'interac_online', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, payer.country ?? card.country, 'credit');
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

const CARRIERS = ['canada_post', 'purolator', 'ups', 'canpar', 'fedex'] as const;

export interface After {
  fulfilment: Fulfilment;
  amount: number;
  remote: boolean;
  /** Shares of the ordinary troubles: a return, a price adjustment, a lost parcel. */
  returns?: number;
}

/**
 * What happens to an honest order once paid: shipped in one to four days (Boxing Week backs the warehouse up)
 * and delivered, ready for pickup within hours and collected, or e-mailed at once. Now and then a return (the
 * holiday return period runs into January), a price adjustment, a cancellation, a lost parcel disputed, a
 * pickup never collected.
 */
export function honestAfter(rng: Rng, a: After): LaterEvent[] {
  if (rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const out: LaterEvent[] = [];
  let done: number;
  if (a.fulfilment === 'email') {
    out.push({ type: 'order.updated', afterMs: rng.int(1, 20) * MINUTE, status: 'delivered' });
    done = 20 * MINUTE;
  } else if (a.fulfilment === 'pickup') {
    const ready = rng.int(1, 6) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
    if (rng.chance(0.03)) {
      out.push({ type: 'order.cancelled', afterMs: ready + 7 * DAY, reason: 'not_collected' });
      out.push({ type: 'refund.created', afterMs: ready + 7 * DAY + HOUR, reason: 'order_cancelled' });
      return out;
    }
    done = ready + rng.int(1, 72) * HOUR;
    out.push({ type: 'order.updated', afterMs: done, status: 'picked_up' });
  } else {
    const ship = rng.int(a.fulfilment === 'express' ? 6 : 18, a.fulfilment === 'express' ? 30 : 96) * HOUR;
    const carrier = rng.pick(CARRIERS);
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped', carrier });
    done = ship + rng.int(a.remote ? 96 : 20, a.remote ? 16 * 24 : 110) * HOUR;
    out.push({ type: 'order.updated', afterMs: done, status: 'delivered', carrier });
  }
  const returns = a.returns ?? 0.045;
  const roll = rng.next();
  if (roll < returns)
    out.push({ type: 'refund.created', afterMs: done + rng.int(2, 24) * DAY, reason: 'return' });
  else if (roll < returns + 0.02 && a.fulfilment !== 'email')
    out.push({
      type: 'refund.created',
      afterMs: done + rng.int(1, 10) * DAY,
      reason: 'price_adjustment',
      amount: Math.max(500, Math.round((a.amount * rng.int(5, 15)) / 100)),
    });
  else if (roll < returns + 0.023 && a.fulfilment !== 'pickup' && a.fulfilment !== 'email')
    out.push({
      type: 'dispute.created',
      afterMs: done + rng.int(15, 50) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
