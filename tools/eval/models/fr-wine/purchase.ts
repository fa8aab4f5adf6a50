import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  otherAttempt,
  paid,
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

/** One planned purchase before events.ts renders it; how people pay, and what happens after delivery. */

export { DAY, HOUR, MINUTE, paid };

export type Method =
  'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'bank_transfer' | 'alipay' | 'wechat_pay';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`shipped`, `delivered`, `collected`); the rest are the kit's. */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  /** The checkout's age declaration; the courier or the shop checks ID at handover. */
  ageConfirmed: boolean;
  giftNote?: string;
  company?: { name: string; vatId: string };
  /** A wine-club renewal charged by the store itself, off-session. */
  renewal?: boolean;
}

const EEA = new Set(['FR', 'BE', 'LU', 'DE', 'NL']);

/** PSD2 strong authentication on European cards; elsewhere the issuer rarely takes part. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, amount: number): ThreeDS {
  if (!EEA.has(card.country) && card.country !== 'GB' && card.country !== 'CH')
    return rng.chance(0.7) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (amount < 3000 && rng.chance(0.5)) return 'exempt';
  return rng.chance(amount > 50_000 ? 0.85 : 0.45) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The card's 3-D Secure result, when the planner knows better (a fraudster's stolen OTP, an exemption). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.75) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok || !authFailed, amount)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(5_000, 50_000);
export const retryGap = (rng: Rng): number => rng.int(30_000, 6 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  match?: Match;
}

/**
 * How an honest customer pays: card (typed or saved), Apple/Google Pay, PayPal, a bank transfer for big orders,
 * Alipay or WeChat Pay from China. Declines are retried the way people do: the right CVC, the 3-D Secure
 * prompt answered this time, another card, or PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const big = amount > 100_000;
  const method = rng.weightedPick<Method>([
    ['card', 60],
    ['apple_pay', payer.country === 'CN' ? 2 : 12],
    ['google_pay', 3],
    ['paypal', 12],
    ['bank_transfer', big ? 18 : 0],
    ['alipay', payer.country === 'CN' ? 40 : 0],
    ['wechat_pay', payer.country === 'CN' ? 25 : 0],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.1 : 0.045));
  if (method === 'bank_transfer') return [other('bank_transfer', true, rng.int(4 * HOUR, 3 * DAY))];
  if (method !== 'card' && method !== 'apple_pay' && method !== 'google_pay') {
    if (!declined) return [other(method, true, first)];
    return [other(method, false, first, 'do_not_honor'), other(method, true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.5) ? 'saved' : 'typed';
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
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * What happens to an honest order once paid: shipped within one to three days and delivered with a signature
 * (or collected), now and then a breakage refund, a cancellation before dispatch, or a parcel the courier lost.
 */
export function honestAfter(rng: Rng, f: Fulfilment, amount: number, abroad: boolean): LaterEvent[] {
  if (f === 'in_bond' || f === 'en_primeur') return [];
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  if (f === 'pickup') return [{ type: 'order.updated', afterMs: rng.int(4, 72) * HOUR, status: 'collected' }];
  const ship = rng.int(18, 60) * HOUR;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    {
      type: 'order.updated',
      afterMs: ship + rng.int(abroad ? 40 : 18, abroad ? 120 : 60) * HOUR,
      status: 'delivered',
    },
  ];
  if (rng.chance(0.02))
    out.push({
      type: 'refund.created',
      afterMs: ship + rng.int(3, 9) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(amount, rng.int(15, 40) * 100 * 5),
    });
  else if (rng.chance(0.002))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 45) * DAY, reason: 'product_not_received' });
  return out;
}
