import { type CanonicalEvent } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  cardPaymentAttempt,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { avsOf, cvcOf, type HeldCard } from './cards.js';
import { type Basket, type Courier, type Delivery } from './catalogue.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

/** Payment methods as the checkout names them. */
export type Method =
  'bkash' | 'nagad' | 'rocket' | 'cod' | 'card' | 'card_emi' | 'paypal' | 'bank_transfer' | 'cash_at_store';
export type ThreeDS = 'otp_passed' | 'otp_failed' | 'frictionless' | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'expired_card'
  | 'stolen_card'
  | 'card_velocity_exceeded'
  | 'transaction_not_allowed'
  | 'wallet_otp_failed'
  | 'wallet_limit_exceeded';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** A later step; `method` says how an order paid on delivery was settled (or not). */
export interface Step {
  type: CanonicalEvent['type'];
  afterMs: number;
  reason?: string;
  amount?: number;
  status?: string;
  shipping?: Address;
  method?: Method;
}

export interface Purchase {
  at: number;
  fraud: boolean;
  kind: string;
  basket: Basket;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  delivery: Delivery;
  courier?: Courier;
  /** The method chosen at checkout (`cod` and `cash_at_store` have no attempt at checkout). */
  method: Method;
  attempts: Attempt[];
  later: Step[];
  ip: string;
  device: Device;
  channel: 'web' | 'app';
  locale: 'bn-BD' | 'en-BD' | 'en-GB' | 'en-US' | 'ru-RU';
  giftNote?: string;
  company?: { name: string; bin: string };
}

export const LOCAL_CARD_3DS = (ok: boolean): ThreeDS => (ok ? 'otp_passed' : 'otp_failed');

export interface CardTry {
  method?: 'card' | 'card_emi';
  ok: boolean;
  decline?: Decline;
  saved?: boolean;
  match?: 'good' | 'partial' | 'wrong';
  afterMs: number;
  threeDS?: ThreeDS;
}

/** A card authorisation: Bangladeshi cards by SMS OTP, foreign ones mostly without 3-D Secure at this gateway. */
export function cardTry(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const threeDS =
    t.threeDS ??
    (card.country === 'BD'
      ? LOCAL_CARD_3DS(t.ok || t.decline !== 'authentication_failed')
      : rng.chance(0.6)
        ? 'not_enrolled'
        : t.ok
          ? 'frictionless'
          : 'otp_failed');
  return cardPaymentAttempt({
    method: t.method ?? 'card',
    card,
    ok: t.ok,
    avs: avsOf(rng, card, t.match ?? 'good'),
    cvc: cvcOf(t.saved ?? false, t.decline !== 'incorrect_cvc'),
    threeDS,
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstTry = (rng: Rng): number => rng.int(20_000, 150_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 5 * MINUTE);

export interface Payer {
  cards: readonly HeldCard[];
  signedIn: boolean;
  newCard: () => HeldCard;
}

/**
 * How an honest buyer's chosen method goes: wallets by PIN and OTP (a mistyped OTP or a daily limit, then again
 * or another wallet), cards by SMS OTP (a wrong code, then right), PayPal, a bank transfer hours later; cash
 * on delivery and cash at the counter have no attempt at checkout. A few give up.
 */
export function honestPay(rng: Rng, method: Method, payer: Payer, declineShare = 0.05): Attempt[] {
  if (method === 'cod' || method === 'cash_at_store') return [];
  const first = firstTry(rng);
  const declined = rng.chance(declineShare);
  if (method === 'bank_transfer') return [other('bank_transfer', true, rng.int(2 * HOUR, 2 * DAY))];
  if (method === 'paypal') return [other('paypal', true, first)];
  if (method === 'bkash' || method === 'nagad' || method === 'rocket') {
    if (!declined) return [other(method, true, first)];
    const why: Decline = rng.chance(0.6) ? 'wallet_otp_failed' : 'wallet_limit_exceeded';
    const out = [other(method, false, first, why)];
    if (rng.chance(0.12)) return out;
    const next: Method = why === 'wallet_limit_exceeded' ? (method === 'bkash' ? 'nagad' : 'bkash') : method;
    out.push(other(next, true, retryGap(rng)));
    return out;
  }
  const saved = payer.signedIn && payer.cards.length > 0 && rng.chance(0.5);
  const card = saved ? rng.pick(payer.cards) : (payer.cards[0] ?? payer.newCard());
  const base = { method, saved } as const;
  if (!declined) return [cardTry(rng, card, { ...base, ok: true, afterMs: first })];
  const why = rng.weightedPick<Decline>([
    ['authentication_failed', 45],
    ['insufficient_funds', 25],
    ['incorrect_cvc', 15],
    ['do_not_honor', 15],
  ]);
  const out = [cardTry(rng, card, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'authentication_failed' || why === 'incorrect_cvc')
    out.push(cardTry(rng, card, { ...base, saved: false, ok: true, afterMs: retryGap(rng) }));
  else out.push(other('bkash', true, retryGap(rng)));
  return out;
}

export const paidNow = (attempts: readonly Attempt[]) => attempts.some((a) => a.ok);

/** Paid at checkout, or settled on delivery (cash on delivery, at the counter). */
export const payOnDelivery = (m: Method) => m === 'cod' || m === 'cash_at_store';

/** Hours from the order to the door: next day in Dhaka, three to five days outside, after Eid past the cut-off. */
export function transit(
  rng: Rng,
  d: Delivery,
  placed: number,
  cutoff: number,
): { ship: number; arrive: number } {
  if (d === 'pickup') {
    const ship = rng.int(2, 8) * HOUR;
    return { ship, arrive: ship + rng.int(3, 60) * HOUR };
  }
  const ship = rng.int(3, 22) * HOUR;
  if (d === 'inside_dhaka') return { ship, arrive: ship + rng.int(14, 30) * HOUR };
  const after = placed >= cutoff ? rng.int(5, 8) * DAY : 0;
  return { ship, arrive: ship + after + rng.int(60, 120) * HOUR };
}

/**
 * An honest order once placed: unpaid checkouts released after half an hour, shipped and delivered (or ready
 * and collected), cash taken at the door or counter, a few refused at the door or not reachable, a few
 * cancelled before dispatch, a defective item replaced by refund, rarely a bank dispute.
 */
export function honestAfter(
  rng: Rng,
  p: { at: number; method: Method; attempts: readonly Attempt[]; delivery: Delivery; basket: Basket },
  cutoff: number,
): Step[] {
  const cash = payOnDelivery(p.method);
  if (!cash && !paidNow(p.attempts))
    return [{ type: 'order.cancelled', afterMs: rng.int(30, 70) * MINUTE, reason: 'payment_failed' }];
  if (rng.chance(0.01))
    return [{ type: 'order.cancelled', afterMs: rng.int(1, 10) * HOUR, reason: 'customer_request' }];
  const { ship, arrive } = transit(rng, p.delivery, p.at, cutoff);
  const pickup = p.delivery === 'pickup';
  const out: Step[] = [
    { type: 'order.updated', afterMs: ship, status: pickup ? 'ready_for_pickup' : 'shipped' },
  ];
  const refused = cash && rng.chance(p.delivery === 'outside_dhaka' ? 0.07 : 0.035);
  if (refused) {
    out.push({
      type: 'order.cancelled',
      afterMs: arrive,
      reason: pickup ? 'not_collected' : rng.pick(['refused_at_door', 'customer_unreachable']),
    });
    return out;
  }
  out.push({ type: 'order.updated', afterMs: arrive, status: pickup ? 'collected' : 'delivered' });
  if (cash)
    out.push({ type: 'payment.succeeded', afterMs: arrive + rng.int(1, 9) * MINUTE, method: p.method });
  if (rng.chance(0.015))
    out.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(2, 7) * DAY,
      reason: 'defective_item',
      amount: p.basket.lines[0] ? p.basket.lines[0].price : p.basket.amount,
    });
  else if (!cash && p.attempts.some((a) => a.ok && a.card) && rng.chance(0.004))
    out.push({
      type: 'dispute.created',
      afterMs: arrive + rng.int(20, 50) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
