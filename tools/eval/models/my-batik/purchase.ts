import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  type PaymentAttempt,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import { courierDelay, dayOf } from './calendar.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  FPX_BANKS,
  type HeldCard,
  honestCardDecline,
  type Match,
  newCard,
  secure,
  type ThreeDS,
} from './cards.js';
import { type Basket, type Delivery } from './catalogue.js';
import { type Channel } from './devices.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens once it is paid. */

export { DAY, HOUR, MINUTE };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'fpx'
  | 'tng_ewallet'
  | 'grabpay'
  | 'atome'
  | 'paynow'
  | 'paypal'
  | 'bank_transfer'
  | 'invoice'
  | 'cod'
  | 'store_credit';

/** A payment attempt; `bank` is the FPX bank the buyer logged in to. */
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard> & { bank?: string };

/** A later step: fulfilment statuses, an address change, a payment that settles a COD or invoiced order. */
export type LaterEvent = Step & { status?: string; shipping?: Address; method?: Method };

export interface Company {
  name: string;
  /** SSM registration number, or the agency's own code. */
  registration: string;
  poNumber?: string;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  phone: string;
  shipping?: Address;
  /** Who the parcel is addressed to, when not the buyer. */
  recipient?: string;
  delivery: Delivery;
  ip: string;
  device: Device;
  locale: 'ms' | 'en' | 'id';
  channel: Channel;
  /** The method chosen at checkout. */
  method: Method;
  giftNote?: string;
  company?: Company;
}

/** From checkout to the gateway's answer: the bank's page, the OTP or the app approval. */
export const firstAuth = (rng: Rng): number => rng.int(25_000, 150_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 6 * MINUTE);

export const CARD_METHODS: ReadonlySet<Method> = new Set(['card', 'apple_pay']);

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method: entry === 'wallet' ? 'apple_pay' : 'card',
    card,
    ok: t.ok,
    avs: avs(card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, true)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export function other(
  method: Method,
  ok: boolean,
  afterMs: number,
  decline?: Decline,
  bank?: string,
): Attempt {
  return { method, ok, afterMs, ...(!ok && decline ? { decline } : {}), ...(bank ? { bank } : {}) };
}

export interface Payer {
  cards: HeldCard[];
  bank: string;
  signedIn: boolean;
  country: string;
  match?: Match;
}

/** How long after checkout the money was taken (undefined when it never was). */
export function paidAfter(attempts: readonly Attempt[]): number | undefined {
  let t = 0;
  for (const a of attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) return t;
  }
  return undefined;
}

/** When the last attempt was answered, after checkout. */
export const triedUntil = (attempts: readonly Attempt[]): number =>
  attempts.reduce((t, a) => t + Math.max(1000, Math.floor(a.afterMs)), 0);

function fpxDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['buyer_cancelled', 40],
    ['bank_timeout', 30],
    ['insufficient_funds', 20],
    ['bank_unavailable', 10],
  ]);
}

/**
 * How an honest buyer pays with the method chosen: FPX through their bank, an e-wallet, Atome, PayNow, PayPal,
 * a card (typed, saved or Apple Pay). Refusals are retried the way people do (the OTP this time, FPX instead of a
 * debit card with online use off, another bank, a top-up) and about one in eight gives up. Cash on delivery and
 * invoices take nothing at checkout; a bank transfer arrives hours or days later.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  method: Method,
  amount: number,
  declineShare?: number,
): Attempt[] {
  const first = firstAuth(rng);
  const big = amount > 1500_00;
  switch (method) {
    case 'cod':
    case 'invoice':
      return [];
    case 'bank_transfer':
      return [other('bank_transfer', true, rng.int(2 * HOUR, 2 * DAY))];
    case 'fpx': {
      if (!rng.chance(declineShare ?? 0.08)) return [other('fpx', true, first, undefined, payer.bank)];
      const out = [other('fpx', false, first, fpxDecline(rng), payer.bank)];
      if (rng.chance(0.12)) return out;
      const bank = rng.chance(0.75) ? payer.bank : rng.weightedPick(FPX_BANKS);
      out.push(other('fpx', true, retryGap(rng), undefined, bank));
      return out;
    }
    case 'tng_ewallet':
    case 'grabpay':
    case 'paynow':
    case 'paypal': {
      if (!rng.chance(declineShare ?? 0.04)) return [other(method, true, first)];
      const why: Decline =
        method === 'paypal'
          ? 'payment_declined'
          : method === 'paynow'
            ? 'buyer_cancelled'
            : 'insufficient_balance';
      const out = [other(method, false, first, why)];
      if (rng.chance(0.12)) return out;
      if (payer.country === 'MY' && rng.chance(0.5))
        out.push(other('fpx', true, retryGap(rng), undefined, payer.bank));
      else out.push(other(method, true, retryGap(rng)));
      return out;
    }
    case 'atome': {
      if (!rng.chance(declineShare ?? 0.1)) return [other('atome', true, first)];
      const out = [other('atome', false, first, 'credit_limit_exceeded')];
      if (rng.chance(0.15)) return out;
      if (payer.country === 'MY' && rng.chance(0.6))
        out.push(other('fpx', true, retryGap(rng), undefined, payer.bank));
      else
        out.push(
          cardAttempt(rng, payer.cards[0] ?? newCard(rng, payer.country), {
            ok: true,
            afterMs: retryGap(rng),
          }),
        );
      return out;
    }
    default: {
      const card = payer.cards.length > 0 ? rng.pick(payer.cards) : newCard(rng, payer.country);
      const entry: Entry =
        method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.45) ? 'saved' : 'typed';
      const base = { entry, match: payer.match ?? 'good' } as const;
      if (!rng.chance(declineShare ?? (big ? 0.1 : 0.06)))
        return [cardAttempt(rng, card, { ...base, ok: true, afterMs: first })];
      const why = honestCardDecline(rng, card);
      const out = [cardAttempt(rng, card, { ...base, ok: false, decline: why, afterMs: first })];
      if (rng.chance(0.12)) return out;
      if (why === 'authentication_failed' || why === 'incorrect_cvc') {
        out.push(cardAttempt(rng, card, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
        return out;
      }
      if (payer.country === 'MY' && rng.chance(0.55)) {
        out.push(other('fpx', true, retryGap(rng), undefined, payer.bank));
        return out;
      }
      const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
      out.push(cardAttempt(rng, next, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
      return out;
    }
  }
}

/** Unpaid orders are released an hour or so after the last failed try. */
export const releaseUnpaid = (rng: Rng, attempts: readonly Attempt[]): LaterEvent => ({
  type: 'order.cancelled',
  afterMs: triedUntil(attempts) + rng.int(60, 80) * MINUTE,
  reason: 'payment_failed',
});

/** Hours in transit once handed to the courier, by delivery. */
function transit(rng: Rng, delivery: Delivery): number {
  switch (delivery) {
    case 'standard':
      return rng.int(20, 70) * HOUR;
    case 'east_malaysia':
      return rng.int(70, 150) * HOUR;
    case 'same_day':
      return rng.int(50, 180) * MINUTE;
    case 'singapore':
      return rng.int(45, 100) * HOUR;
    case 'brunei':
      return rng.int(90, 190) * HOUR;
    case 'indonesia':
      return rng.int(100, 220) * HOUR;
    case 'international':
      return rng.int(70, 150) * HOUR;
    default:
      return 0;
  }
}

export interface Fulfil {
  w: Window;
  at: number;
  /** When the order can be packed, after checkout: once paid, or at once for COD and invoices. */
  ready: number;
  delivery: Delivery;
  /** Made to measure: two to three and a half weeks at the tailors first. */
  tailoring?: boolean;
  /** Cash on delivery: paid to the rider, or refused and sent back. */
  cod?: { refused: boolean };
}

export interface Fulfilled {
  steps: LaterEvent[];
  /** When the buyer had it, after checkout (undefined if it never arrived). */
  received?: number;
  /** When it left the boutique, after checkout. */
  dispatched: number;
}

/**
 * Packing, dispatch and delivery: packed within a working day or two (two or three in the last fortnight),
 * tailoring first for made-to-measure, couriers closed over Chinese New Year and slow in the Raya rush; pickups
 * are collected at the boutique, e-vouchers e-mailed at once. COD parcels are paid to the rider, or refused
 * (twice tried) and returned, which cancels the order.
 */
export function fulfil(rng: Rng, f: Fulfil): Fulfilled {
  if (f.delivery === 'email') {
    const at = f.ready + rng.int(20, 240) * 1000;
    return {
      steps: [{ type: 'order.updated', afterMs: at, status: 'voucher_sent' }],
      received: at,
      dispatched: at,
    };
  }
  let t = f.ready;
  const steps: LaterEvent[] = [];
  if (f.tailoring) {
    steps.push({ type: 'order.updated', afterMs: t + rng.int(10, 30) * HOUR, status: 'in_tailoring' });
    t += rng.int(14, 24) * DAY;
  }
  const late = dayOf(f.w, f.at + t) >= 22;
  const packHours = f.delivery === 'same_day' ? rng.int(2, 6) : late ? rng.int(24, 66) : rng.int(14, 44);
  t += packHours * HOUR;
  if (f.delivery === 'pickup') {
    steps.push({ type: 'order.updated', afterMs: t, status: 'ready_for_pickup' });
    const collected = t + rng.int(2, 120) * HOUR;
    steps.push({ type: 'order.updated', afterMs: collected, status: 'collected' });
    return { steps, received: collected, dispatched: t };
  }
  if (f.delivery !== 'same_day') t += courierDelay(rng, dayOf(f.w, f.at + t));
  const dispatched = t;
  steps.push({ type: 'order.updated', afterMs: t, status: 'shipped' });
  const arrives = t + transit(rng, f.delivery);
  if (!f.cod) {
    steps.push({ type: 'order.updated', afterMs: arrives, status: 'delivered' });
    return { steps, received: arrives, dispatched };
  }
  steps.push({ type: 'order.updated', afterMs: arrives - rng.int(2, 6) * HOUR, status: 'out_for_delivery' });
  if (!f.cod.refused) {
    steps.push({ type: 'order.updated', afterMs: arrives, status: 'delivered' });
    steps.push({ type: 'payment.succeeded', afterMs: arrives + rng.int(5, 90) * 1000, method: 'cod' });
    return { steps, received: arrives, dispatched };
  }
  const why = rng.chance(0.6) ? 'recipient_refused' : 'recipient_unreachable';
  steps.push({ type: 'order.updated', afterMs: arrives, status: 'delivery_failed', reason: why });
  let last = arrives;
  if (rng.chance(0.6)) {
    last = arrives + rng.int(20, 30) * HOUR;
    steps.push({ type: 'order.updated', afterMs: last, status: 'delivery_failed', reason: why });
  }
  const back = last + rng.int(4, 9) * DAY;
  steps.push({ type: 'order.updated', afterMs: back, status: 'returned_to_sender' });
  steps.push({ type: 'order.cancelled', afterMs: back + rng.int(1, 20) * HOUR, reason: 'cod_refused' });
  return { steps, dispatched };
}

const DISPUTABLE: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'atome', 'paypal']);
export const disputable = (m: Method | undefined): boolean => m !== undefined && DISPUTABLE.has(m);

/**
 * What now and then happens to an honest order after it was paid: a cancellation before dispatch (refunded),
 * an exchange the house could not make (a line refunded), a flaw found, a parcel lost in the Raya rush and
 * disputed, a cardholder who did not recognise the charge.
 */
export function honestAfter(
  rng: Rng,
  p: { basket: Basket; method: Method | undefined },
  f: Fulfilled,
): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (rng.chance(0.01) && f.dispatched > 2 * HOUR)
    return [
      {
        type: 'order.cancelled',
        afterMs: rng.int(30, Math.floor(f.dispatched / MINUTE) - 30) * MINUTE,
        reason: 'customer_request',
      },
    ];
  out.push(...f.steps);
  if (f.received === undefined) return out;
  const line = rng.pick(p.basket.lines);
  const r = rng.next();
  if (r < 0.025 && line.category !== 'gift_card' && line.category !== 'tailoring')
    out.push({
      type: 'refund.created',
      afterMs: f.received + rng.int(2, 10) * DAY,
      reason: rng.pick(['size_unavailable_for_exchange', 'colour_not_as_pictured']),
      amount: line.price,
    });
  else if (r < 0.03 && line.category !== 'gift_card')
    out.push({
      type: 'refund.created',
      afterMs: f.received + rng.int(1, 6) * DAY,
      reason: 'defective',
      amount: line.price,
    });
  else if (r < 0.0318 && disputable(p.method))
    out.push({
      type: 'dispute.created',
      afterMs: f.received + rng.int(20, 40) * DAY,
      reason: 'product_not_received',
    });
  else if (r < 0.0328 && p.method === 'card')
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(3, 12) * DAY,
      reason: 'unauthorized_use_of_card',
    });
  return out;
}
