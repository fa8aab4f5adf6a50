import {
  type Address,
  type Buyer,
  type Card,
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
import { type Step } from '../kit/timeline.js';
import { avsOf, cvcOf, type Entry, newCard } from './cards.js';
import { type Basket, type Delivery } from './catalogue.js';

/** One planned purchase before events.ts renders it, and how people pay. */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'card' | 'promptpay' | 'truemoney' | 'cod' | 'paypal' | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'attempted' | 'not_enrolled';
export type Decline =
  | 'do_not_honor'
  | 'insufficient_funds'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'card_velocity_exceeded'
  | 'transaction_not_allowed'
  | 'generic_decline'
  | 'qr_expired'
  | 'insufficient_balance'
  | 'paypal_declined';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card>;

/** A later step: fulfilment updates carry a `status`, address changes a `shipping`; COD settles with a payment. */
export interface LaterEvent extends Step {
  status?: string;
  shipping?: Address;
}

export type Tailoring = 'profile_on_file' | 'measured_in_showroom' | 'self_measured';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  ip: string;
  device: Device;
  locale: string;
  delivery: Delivery;
  /** The method chosen at checkout (cash on delivery has no attempt until the courier collects). */
  method: Method;
  company?: { name: string; taxId?: string };
  giftMessage?: string;
  tailoring?: Tailoring;
}

const EUROPE = new Set(['GB', 'DE', 'FR', 'NL', 'IT', 'ES', 'CH']);

/**
 * 3-D Secure as it goes: Thai issuers always send an SMS OTP; European issuers challenge about half the time
 * (PSD2); elsewhere mostly frictionless, some issuers only "attempted".
 */
export function secure(rng: Rng, card: Card, ok: boolean): ThreeDS {
  if (card.country === 'TH') return ok ? 'challenge_passed' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (EUROPE.has(card.country)) return rng.chance(0.5) ? 'challenge_passed' : 'frictionless';
  return rng.weightedPick<ThreeDS>([
    ['frictionless', 75],
    ['challenge_passed', 15],
    ['attempted', 10],
  ]);
}

export interface CardTry {
  entry?: Entry;
  /** Whether the billing address is the cardholder's (AVS). */
  match?: boolean;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

export function cardTry(rng: Rng, card: Card, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const passed3ds = t.ok || t.decline !== 'authentication_failed';
  return {
    method: 'card',
    card,
    ok: t.ok,
    avs: avsOf(card, t.match ?? true),
    cvc: cvcOf(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card, passed3ds),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

/** Time to the first authorisation: the OTP or challenge, the PayPal window, the QR scanned in a banking app. */
export const firstAuth = (rng: Rng): number => rng.int(25_000, 150_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

export interface Payer {
  cards: readonly Card[];
  /** A card from this country when the buyer needs another one. */
  country: string;
  signedIn: boolean;
}

/**
 * A card payment by an honest buyer: declines retried as people do (the OTP entered this time, the bank's app
 * told it was them, another card, PayPal abroad or PromptPay at home); a few give up.
 */
export function honestCard(rng: Rng, payer: Payer, declineShare: number): Attempt[] {
  const card = rng.pick(payer.cards);
  const entry: Entry = payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const first = firstAuth(rng);
  if (!rng.chance(declineShare)) return [cardTry(rng, card, { entry, ok: true, afterMs: first })];
  const thai = card.country === 'TH';
  const why = rng.weightedPick<Decline>(
    thai
      ? [
          ['authentication_failed', 45],
          ['insufficient_funds', 30],
          ['do_not_honor', 15],
          ['incorrect_cvc', 10],
        ]
      : [
          ['do_not_honor', 55],
          ['authentication_failed', 15],
          ['incorrect_cvc', 15],
          ['insufficient_funds', 10],
          ['expired_card', 5],
        ],
  );
  const out = [cardTry(rng, card, { entry, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  const again = retryGap(rng);
  if (
    why === 'incorrect_cvc' ||
    why === 'authentication_failed' ||
    (why === 'do_not_honor' && rng.chance(0.6))
  ) {
    out.push(cardTry(rng, card, { entry: 'typed', ok: true, afterMs: again }));
    return out;
  }
  if (rng.chance(0.35)) {
    out.push(other(thai ? 'promptpay' : 'paypal', true, again));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, payer.country);
  out.push(cardTry(rng, next, { ok: true, afterMs: again }));
  return out;
}

/** Paying by a method without a card: PromptPay QRs expire after 15 minutes, wallets run dry, PayPal declines. */
export function honestOther(rng: Rng, method: Method, payer: Payer): Attempt[] {
  if (method === 'cod') return [];
  if (method === 'bank_transfer')
    return rng.chance(0.96)
      ? [other('bank_transfer', true, rng.int(3 * HOUR, 3 * DAY))]
      : [other('bank_transfer', false, 3 * DAY + rng.int(0, 6 * HOUR), 'generic_decline')];
  if (method === 'promptpay') {
    if (rng.chance(0.93)) return [other('promptpay', true, rng.int(40_000, 9 * MINUTE))];
    const out = [other('promptpay', false, 15 * MINUTE, 'qr_expired')];
    if (rng.chance(0.5)) out.push(other('promptpay', true, rng.int(60_000, 6 * MINUTE)));
    return out;
  }
  if (method === 'truemoney') {
    if (rng.chance(0.94)) return [other('truemoney', true, rng.int(20_000, 3 * MINUTE))];
    const out = [other('truemoney', false, rng.int(20_000, 2 * MINUTE), 'insufficient_balance')];
    if (rng.chance(0.7)) out.push(other('truemoney', true, rng.int(3 * MINUTE, 25 * MINUTE)));
    return out;
  }
  if (method === 'paypal') {
    if (rng.chance(0.97)) return [other('paypal', true, firstAuth(rng))];
    return [other('paypal', false, firstAuth(rng), 'paypal_declined'), ...honestCard(rng, payer, 0.05)];
  }
  return honestCard(rng, payer, 0.06);
}

/** The whole payment: a card method with its own decline share, or another method. */
export const honestPay = (rng: Rng, method: Method, payer: Payer, declineShare: number): Attempt[] =>
  method === 'card' ? honestCard(rng, payer, declineShare) : honestOther(rng, method, payer);

/** The time from the order to its last payment attempt. */
export const attemptsSpan = (attempts: readonly Attempt[]): number =>
  attempts.reduce((s, a) => s + Math.max(1000, a.afterMs), 0);

/** An unpaid order is released 30–60 minutes after the last try (a transfer that never came, after three days). */
export function releaseUnpaid(rng: Rng, attempts: readonly Attempt[]): LaterEvent {
  const last = attempts[attempts.length - 1];
  const reason =
    last?.decline === 'qr_expired'
      ? 'payment_expired'
      : last?.method === 'bank_transfer'
        ? 'transfer_not_received'
        : 'payment_failed';
  return { type: 'order.cancelled', afterMs: attemptsSpan(attempts) + rng.int(30, 60) * MINUTE, reason };
}
