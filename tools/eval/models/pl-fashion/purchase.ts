import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  localHour,
  MINUTE,
  type PaymentAttempt,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import { type Basket, type Delivery } from './catalogue.js';
import { type HeldCard } from './people.js';
import { type Market } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, when they shop, what happens after. */

export { DAY, HOUR, MINUTE };

/** 20 November 2026 00:00 in Warsaw: the Friday a week before Black Friday. */
export const START = Date.UTC(2026, 10, 19, 23, 0, 0);
export const DAYS = 14;

export type Method =
  'card' | 'apple_pay' | 'google_pay' | 'blik' | 'bank_transfer' | 'paypo' | 'klarna' | 'cod';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'card_velocity_exceeded'
  | 'blik_code_expired'
  | 'blik_rejected_in_app'
  | 'bank_timeout'
  | 'paylater_rejected';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** A later step: the kit's, with a fulfilment status, its carrier, a new address. */
export type LaterEvent = Step & { status?: string; carrier?: string; shipping?: Address };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  market: Market;
  shipping?: Address;
  delivery: Delivery;
  /** How the buyer chose to pay at checkout. */
  method: Method;
  ip: string;
  device: Device;
  locale: string;
  /** A gift: wrapped, with a note, often sent to someone else. */
  gift?: boolean;
  /** The region of a billing address where it matters (occupied Ukraine). */
  billingRegion?: string;
  shippingRegion?: string;
}

/** Shopping intensity by day of the window (Black Friday on day 7, Cyber Monday on day 10). */
const DAY_WEIGHT = [0.8, 0.75, 0.75, 0.85, 0.95, 1.05, 1.5, 2.5, 1.5, 1.3, 1.9, 1.0, 0.85, 0.8];

/** Shopping intensity by local hour: quiet at night, lunch and evening peaks. */
const HOUR_WEIGHT = [
  0.25, 0.15, 0.08, 0.05, 0.05, 0.08, 0.2, 0.45, 0.65, 0.8, 0.85, 0.9, 1.0, 0.95, 0.85, 0.85, 0.85, 0.9, 1.0,
  1.15, 1.25, 1.2, 0.95, 0.55,
];

/**
 * A moment in the window at the shop's usual rhythm in local time `tz`; `night` moves the hour curve to the
 * small hours (card testers), `hours` to a fixed range.
 */
export function moment(rng: Rng, w: Window, tz: number, opts: { night?: boolean } = {}): number {
  for (let i = 0; i < 300; i++) {
    const t = rng.float(w.start, w.end);
    const day = Math.floor((t - START) / DAY);
    const dw = day >= 0 && day < DAY_WEIGHT.length ? (DAY_WEIGHT[day] ?? 1) : 1;
    const h = Math.floor(localHour(t, tz));
    const hw = opts.night ? (h < 6 ? 1 : 0.3) : (HOUR_WEIGHT[h] ?? 1);
    if (rng.next() * 2.5 * 1.25 < dw * hw) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A drop: a limited release at 09:00 Warsaw time on Black Friday and 10:00 on Cyber Monday (or inside a short window). */
export function drops(w: Window): number[] {
  const days = Math.floor((w.end - w.start) / DAY);
  const at = (day: number, hour: number) => {
    const t = w.start + day * DAY + hour * HOUR;
    return t < w.end - HOUR ? t : w.start + Math.floor((w.end - w.start) * (day < 8 ? 0.4 : 0.7));
  };
  return [at(Math.min(7, Math.max(0, days - 2)), 9), at(Math.min(10, Math.max(0, days - 1)), 10)];
}

const EEA = new Set(['PL', 'CZ', 'SK', 'HU', 'RO', 'LT', 'LV', 'EE', 'DE', 'IE', 'FR', 'NL']);

/** AVS answered by British and US issuers only; CVC by how the card was entered. */
export function avsOf(rng: Rng, card: HeldCard, match: 'good' | 'wrong' | 'partial'): CheckResult {
  if (card.country !== 'GB' && card.country !== 'US') return 'unavailable';
  if (match === 'good') return rng.chance(0.95) ? 'pass' : 'partial';
  return match === 'partial' ? 'partial' : rng.chance(0.8) ? 'fail' : 'partial';
}

export type Entry = 'typed' | 'saved' | 'wallet';

export interface CardTry {
  entry?: Entry;
  match?: 'good' | 'wrong' | 'partial';
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

/** PSD2 strong authentication: European cards are challenged above the low-value exemption, most others not. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, amountPln: number): ThreeDS {
  if (!EEA.has(card.country) && card.country !== 'GB')
    return rng.chance(0.6) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (amountPln < 12_000 && rng.chance(0.45)) return 'exempt';
  return rng.chance(amountPln > 80_000 ? 0.8 : 0.5) ? 'challenge_passed' : 'frictionless';
}

export function cardAttempt(rng: Rng, card: HeldCard, amountPln: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.55) ? 'google_pay' : 'apple_pay') : 'card';
  const cvc: CheckResult =
    entry === 'wallet'
      ? 'unavailable'
      : entry === 'saved'
        ? 'unchecked'
        : t.decline === 'incorrect_cvc'
          ? 'fail'
          : 'pass';
  const threeDS =
    t.threeDS ??
    (t.decline === 'authentication_failed' ? 'challenge_failed' : secure(rng, card, t.ok, amountPln));
  return {
    method,
    card,
    ok: t.ok,
    avs: avsOf(rng, card, t.match ?? 'good'),
    cvc,
    threeDS,
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

/** An attempt by a method that shows no card: BLIK, a pay-by-link transfer, PayPo, Klarna. */
export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
});

export const firstAuth = (rng: Rng): number => rng.int(15_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(20_000, 5 * MINUTE);

/** A basket's value in grosze, to compare amounts across currencies. */
export function inPln(amount: number, currency: Basket['currency']): number {
  const rate = { PLN: 1, CZK: 5.85, HUF: 91, RON: 1.17, EUR: 0.235 }[currency];
  return Math.round(amount / rate);
}

export interface Payer {
  cards: readonly HeldCard[];
  signedIn: boolean;
}

const honestDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', 35],
    ['authentication_failed', 25],
    ['incorrect_cvc', 15],
    ['do_not_honor', 15],
    ['expired_card', 10],
  ]);

/**
 * How an honest buyer pays with `method`: most go through at once; a BLIK code runs out or is refused in the
 * app and a new one is typed; a card is declined and retried, swapped or swapped for BLIK; pay-later
 * providers turn some down and the buyer pays by card; a few give up. Cash on delivery has no attempt.
 */
export function honestPay(rng: Rng, method: Method, payer: Payer, amountPln: number): Attempt[] {
  if (method === 'cod') return [];
  const first = firstAuth(rng);
  if (method === 'blik') {
    if (rng.chance(0.93)) return [other('blik', true, first)];
    const out = [other('blik', false, first, rng.chance(0.6) ? 'blik_code_expired' : 'blik_rejected_in_app')];
    if (rng.chance(0.12)) return out;
    return [...out, other('blik', true, retryGap(rng))];
  }
  if (method === 'bank_transfer') {
    if (rng.chance(0.96)) return [other('bank_transfer', true, rng.int(40_000, 4 * MINUTE))];
    const out = [other('bank_transfer', false, first, 'bank_timeout')];
    return rng.chance(0.2) ? out : [...out, other('blik', true, retryGap(rng))];
  }
  if (method === 'paypo' || method === 'klarna') {
    if (rng.chance(amountPln > 100_000 ? 0.85 : 0.93)) return [other(method, true, first)];
    const out = [other(method, false, first, 'paylater_rejected')];
    const card = payer.cards[0];
    if (!card || rng.chance(0.25)) return out;
    return [...out, cardAttempt(rng, card, amountPln, { ok: true, afterMs: retryGap(rng) })];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'card' ? (payer.signedIn && rng.chance(0.45) ? 'saved' : 'typed') : 'wallet';
  if (rng.chance(0.94)) return [cardAttempt(rng, card, amountPln, { entry, ok: true, afterMs: first })];
  const why = honestDecline(rng);
  const out = [cardAttempt(rng, card, amountPln, { entry, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  if (why === 'authentication_failed' || why === 'incorrect_cvc')
    return [...out, cardAttempt(rng, card, amountPln, { entry: 'typed', ok: true, afterMs: retryGap(rng) })];
  const next = payer.cards.find((c) => c !== card);
  if (next) return [...out, cardAttempt(rng, next, amountPln, { ok: true, afterMs: retryGap(rng) })];
  return [...out, other('blik', true, retryGap(rng))];
}

/** Carriers' names per delivery, for the shipped status. */
export function carrierOf(
  rng: Rng,
  delivery: Delivery,
  lockers: string,
  couriers: readonly string[],
): string {
  return delivery === 'parcel_locker' ? lockers : rng.pick(couriers);
}

/** An unpaid order is released half an hour to an hour after the last failed try. */
export const unpaidCancel = (rng: Rng, attempts: readonly Attempt[]): LaterEvent => ({
  type: 'order.cancelled',
  afterMs: attempts.reduce((s, a) => s + Math.max(1000, a.afterMs), 0) + rng.int(30, 60) * MINUTE,
  reason: 'payment_not_completed',
});

export interface AfterOptions {
  delivery: Delivery;
  method: Method;
  carrier: string;
  amount: number;
  /** The share of orders from which something goes back (free returns within 30 days). */
  returns: number;
  /** When something goes back, the share of the order returned (1 = everything). */
  returnShare?: () => number;
  /** Cash on delivery refused at the door. */
  refused?: number;
}

/**
 * What happens to an honest order: packed and shipped in one or two days (gift cards e-mailed at once),
 * delivered to a locker, a door or a store, cash collected on delivery; now and then a cancellation before
 * dispatch, a refused cash-on-delivery parcel, returns within 30 days refunded when they arrive, a lost parcel.
 */
export function honestAfter(rng: Rng, o: AfterOptions): LaterEvent[] {
  if (o.delivery === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(2, 10) * MINUTE, status: 'sent' }];
  if (o.method !== 'cod' && rng.chance(0.012))
    return [{ type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' }];
  const ship = o.delivery === 'store_pickup' ? rng.int(20, 52) * HOUR : rng.int(14, 44) * HOUR;
  const arrive = ship + rng.int(16, 60) * HOUR;
  const out: LaterEvent[] = [
    {
      type: 'order.updated',
      afterMs: ship,
      status: o.delivery === 'store_pickup' ? 'ready_for_pickup' : 'shipped',
      carrier: o.carrier,
    },
  ];
  if (o.method === 'cod' && rng.chance(o.refused ?? 0.06)) {
    out.push({
      type: 'order.cancelled',
      afterMs: arrive + rng.int(1, 5) * DAY,
      reason: 'refused_on_delivery',
    });
    return out;
  }
  out.push({
    type: 'order.updated',
    afterMs: arrive,
    status: o.delivery === 'courier' ? 'delivered' : 'collected',
    carrier: o.carrier,
  });
  if (o.method === 'cod') out.push({ type: 'payment.succeeded', afterMs: arrive + rng.int(1, 30) * MINUTE });
  if (rng.chance(o.returns)) {
    const share = o.returnShare?.() ?? rng.pick([1, 1, 0.5, 0.4, 0.3]);
    out.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(4, 26) * DAY,
      reason: 'returned',
      amount: Math.max(100, Math.round(o.amount * share)),
    });
  } else if (rng.chance(0.003))
    out.push({
      type: 'dispute.created',
      afterMs: arrive + rng.int(15, 40) * DAY,
      reason: 'product_not_received',
    });
  else if (rng.chance(0.004))
    out.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(2, 8) * DAY,
      reason: 'damaged_item',
      amount: Math.round(o.amount * 0.3),
    });
  return out;
}
