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
import { type Vehicle } from './people.js';

/** One planned purchase before events.ts renders it; how people pay and what happens after dispatch. */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'klarna' | 'trade_account';
export type ThreeDS =
  | 'frictionless'
  | 'challenge_passed'
  | 'challenge_failed'
  | 'exempt_low_value'
  | 'exempt_trusted_beneficiary'
  | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates; `shipping` a new delivery address; the rest are the kit's. */
export type LaterEvent = Later & { status?: string };

export type Channel = 'web' | 'app' | 'trade_portal';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  /** Who the parcel is addressed to when not the buyer (a garage, a customer of a mechanic, a gift). */
  recipient?: string;
  fulfilment: Fulfilment;
  garage?: { id: string; name: string };
  branch?: string;
  ip: string;
  device: Device;
  channel: Channel;
  vehicle?: Vehicle;
  company?: { name: string; vatId: string; terms: boolean };
  giftMessage?: string;
}

const PSD2 = new Set(['GB', 'IE', 'FR', 'DE', 'NL', 'ES']);

/** Strong customer authentication on British, Irish and EU cards: often frictionless, exempt under £30. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, amount: number, entry: Entry): ThreeDS {
  if (!PSD2.has(card.country)) return rng.chance(0.6) ? 'not_enrolled' : 'frictionless';
  if (!ok) return 'challenge_failed';
  if (amount < 3000 && rng.chance(0.7)) return 'exempt_low_value';
  if (entry === 'saved' && rng.chance(0.25)) return 'exempt_trusted_beneficiary';
  return rng.chance(amount > 50_000 ? 0.55 : 0.25) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The 3-D Secure result when the planner knows it (a phished one-time code, a non-enrolled card). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.65) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card, t.ok || !authFailed, amount, entry),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(4_000, 45_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  /** The card's country decides Klarna (British buyers only). */
  country: string;
  signedIn: boolean;
  match?: Match;
}

/**
 * How a driver pays: card (typed or saved) under 3-D Secure, Apple/Google Pay, PayPal, or Klarna's pay in 3 for
 * £30–£1,000 in Great Britain. Declines are retried as people do: the right CVC, the bank's app approved this
 * time, another card or PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const big = amount > 60_000;
  const klarna = payer.country === 'GB' && amount >= 3000 && amount <= 100_000;
  const method = rng.weightedPick<Method>([
    ['card', 52],
    ['apple_pay', 14],
    ['google_pay', 6],
    ['paypal', 16],
    ['klarna', klarna ? 12 : 0],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.09 : 0.045));
  if (method === 'paypal' || method === 'klarna') {
    if (!declined) return [other(method, true, first)];
    const why: Decline = method === 'klarna' ? 'klarna_rejected' : 'do_not_honor';
    return rng.chance(0.5)
      ? [other(method, false, first, why), other('paypal', true, retryGap(rng))]
      : [
          other(method, false, first, why),
          cardAttempt(rng, payer.cards[0] ?? newCard(rng, 'GB'), amount, {
            ok: true,
            afterMs: retryGap(rng),
            match: payer.match ?? 'good',
          }),
        ];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, undefined);
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** A trade account pays on 30-day terms (the account's credit approves it) or on its saved company card. */
export function tradePay(
  rng: Rng,
  terms: boolean,
  card: HeldCard,
  amount: number,
  overLimit = false,
): Attempt[] {
  const first = rng.int(2_000, 12_000);
  if (terms && !overLimit) return [other('trade_account', true, first)];
  if (terms)
    return [
      other('trade_account', false, first, 'credit_limit_exceeded'),
      cardAttempt(rng, card, amount, { entry: 'saved', ok: true, afterMs: retryGap(rng) }),
    ];
  return [cardAttempt(rng, card, amount, { entry: 'saved', ok: true, afterMs: first })];
}

const CARRIER_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  GB: [14, 40],
  IE: [40, 90],
};

/**
 * What happens to an honest order once paid: dispatched the same or next day, delivered (to the door, the
 * workshop or the fitting garage, then fitted) or made ready at the branch and collected; now and then a
 * cancellation before dispatch, a part that does not fit returned for a refund, one damaged in transit, or a
 * parcel the courier lost.
 */
export function honestAfter(
  rng: Rng,
  f: Fulfilment,
  amount: number,
  country: string,
  returnShare = 0.035,
): LaterEvent[] {
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 10) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(11, 20) * HOUR, reason: 'requested_by_customer' },
    ];
  if (f === 'click_collect') {
    const ready = rng.int(40, 240) * MINUTE;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
      { type: 'order.updated', afterMs: ready + rng.int(1, 48) * HOUR, status: 'collected' },
    ];
  }
  const ship = rng.int(3, 28) * HOUR;
  const [lo, hi] = CARRIER_DAYS[country] ?? [70, 140];
  const delivered = ship + rng.int(lo, hi) * HOUR;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    {
      type: 'order.updated',
      afterMs: delivered,
      status: f === 'garage_fitting' ? 'delivered_to_garage' : 'delivered',
    },
  ];
  if (f === 'garage_fitting')
    out.push({ type: 'order.updated', afterMs: delivered + rng.int(1, 6) * DAY, status: 'fitted' });
  if (rng.chance(returnShare))
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(2, 14) * DAY,
      reason: 'part_does_not_fit',
      amount: Math.min(amount, Math.round(amount * rng.float(0.3, 1))),
    });
  else if (rng.chance(0.008))
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(1, 4) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(amount, rng.int(5, 40) * 100),
    });
  else if (rng.chance(0.002))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 40) * DAY, reason: 'product_not_received' });
  return out;
}
