import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  localHour,
  MINUTE,
  type PaymentAttempt,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Delivery, type HeldCard, newCard } from './world.js';

/** A planned purchase, how people pay Gintarų namai, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

/** The words the checkout posts in `paymentMethod`. */
export type Method =
  | 'paysera'
  | 'mokejimo_kortele'
  | 'apple_pay'
  | 'google_pay'
  | 'paypal'
  | 'revolut_pay'
  | 'grynieji_atsiemant'
  | 'saskaita_faktura';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Attempt = PaymentAttempt<Method, ThreeDS, string, HeldCard> & { bank?: string };
export type LaterEvent = Omit<Later, 'type'> & {
  type: Later['type'] | 'payment.succeeded' | 'payment.failed';
  status?: string;
};

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  ip: string;
  device: Device;
  locale: string;
  company?: { name: string; vatId: string };
  giftNote?: string;
  /** The method a cash or invoice order is settled by later (no attempt at checkout). */
  settleBy?: Method;
}

export const CARD_METHODS: ReadonlySet<Method> = new Set(['mokejimo_kortele', 'apple_pay', 'google_pay']);
const EEA = new Set(['LT', 'LV', 'EE', 'PL', 'DE', 'SE', 'NO', 'DK', 'FI', 'GB']);

/** AVS: only British and US issuers answer it. */
export const avsOf = (card: HeldCard, ok: boolean): CheckResult =>
  card.country === 'GB' || card.country === 'US' ? (ok ? 'pass' : 'fail') : 'unavailable';

export function threeDS(rng: Rng, card: HeldCard, ok: boolean, amount: number): ThreeDS {
  if (!EEA.has(card.country))
    return rng.chance(0.75) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (amount < 3000 && rng.chance(0.5)) return 'exempt';
  return rng.chance(amount > 30_000 ? 0.9 : 0.4) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  method?: Method;
  ok: boolean;
  decline?: string;
  afterMs: number;
  saved?: boolean;
  avs?: CheckResult;
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const method = t.method ?? 'mokejimo_kortele';
  const wallet = method !== 'mokejimo_kortele';
  const cvc: CheckResult = wallet
    ? 'unavailable'
    : t.saved
      ? 'unchecked'
      : t.decline === 'incorrect_cvc'
        ? 'fail'
        : 'pass';
  return {
    method,
    card,
    ok: t.ok,
    avs: t.avs ?? avsOf(card, true),
    cvc,
    threeDS:
      t.threeDS ??
      (t.decline === 'authentication_failed' ? 'challenge_failed' : threeDS(rng, card, t.ok, amount)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other = (
  method: Method,
  ok: boolean,
  afterMs: number,
  decline?: string,
  bank?: string,
): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
  ...(bank ? { bank } : {}),
});

export const firstAuth = (rng: Rng): number => rng.int(8_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 5 * MINUTE);

export interface Payer {
  country: string;
  cards: HeldCard[];
  bank?: string;
  signedIn: boolean;
}

/** The honest payment mix by where the buyer lives, and how people retry after a decline. */
export function honestPay(rng: Rng, payer: Payer, amount: number): Attempt[] {
  const c = payer.country;
  const baltic = c === 'LT' || c === 'LV' || c === 'EE';
  const method = rng.weightedPick<Method>([
    ['paysera', payer.bank ? (baltic ? 52 : 14) : 0],
    ['mokejimo_kortele', baltic ? 20 : 42],
    ['apple_pay', c === 'US' || c === 'GB' || c === 'SE' || c === 'NO' ? 16 : 9],
    ['google_pay', 5],
    ['paypal', baltic ? 3 : c === 'DE' || c === 'US' ? 24 : 14],
    ['revolut_pay', baltic ? 7 : c === 'GB' || c === 'PL' ? 12 : 4],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(amount > 50_000 ? 0.09 : 0.04);
  if (method === 'paysera') {
    const bank = payer.bank;
    if (!declined) return [other('paysera', true, rng.int(40_000, 4 * MINUTE), undefined, bank)];
    return [
      other('paysera', false, rng.int(3, 15) * MINUTE, 'cancelled_at_bank', bank),
      other('paysera', true, retryGap(rng), undefined, bank),
    ];
  }
  if (!CARD_METHODS.has(method)) {
    if (!declined) return [other(method, true, first)];
    return [other(method, false, first, 'payment_declined'), other(method, true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const saved = method === 'mokejimo_kortele' && payer.signedIn && rng.chance(0.4);
  if (!declined) return [cardAttempt(rng, card, amount, { method, ok: true, afterMs: first, saved })];
  const why = rng.weightedPick<string>([
    ['insufficient_funds', 4],
    ['incorrect_cvc', 3],
    ['authentication_failed', 4],
    ['do_not_honor', 2],
  ]);
  const out = [cardAttempt(rng, card, amount, { method, ok: false, decline: why, afterMs: first, saved })];
  if (rng.chance(0.08)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (payer.bank && rng.chance(0.5)) {
    out.push(other('paysera', true, retryGap(rng), undefined, payer.bank));
    return out;
  }
  const next = payer.cards.find((x) => x !== card) ?? newCard(rng, payer.country);
  out.push(cardAttempt(rng, next, amount, { ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** Parcels leave Palanga in one to three working days; lockers in the Baltics in a day, post abroad in 4–12. */
export function honestAfter(rng: Rng, delivery: Delivery, amount: number, paidNow: boolean): LaterEvent[] {
  if (!paidNow)
    return [{ type: 'order.cancelled', afterMs: rng.int(60, 120) * MINUTE, reason: 'payment_failed' }];
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  if (delivery === 'palanga_pickup')
    return [{ type: 'order.updated', afterMs: rng.int(3, 72) * HOUR, status: 'collected' }];
  const ship = rng.int(16, 70) * HOUR;
  const transit = delivery === 'tracked_post' ? rng.int(4, 12) * DAY : rng.int(18, 48) * HOUR;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + transit, status: 'delivered' },
  ];
  if (rng.chance(0.025))
    out.push({
      type: 'refund.created',
      afterMs: ship + transit + rng.int(2, 12) * DAY,
      reason: 'returned_within_14_days',
      amount,
    });
  else if (rng.chance(0.004))
    out.push({ type: 'dispute.created', afterMs: rng.int(25, 50) * DAY, reason: 'product_not_received' });
  return out;
}

/**
 * A moment in the season: busiest from Joninės to mid-August, when tourists are at the coast and order again
 * once home, in the buyer's own hours.
 */
export function seasonTime(rng: Rng, w: Window, tz: number, from: number, to: number): number {
  for (let i = 0; i < 400; i++) {
    const t = rng.float(w.start, w.end);
    const x = (t - w.start) / (w.end - w.start);
    if (!rng.chance(0.45 + 0.55 * Math.sin(Math.PI * Math.min(1, x * 1.15)))) continue;
    const h = localHour(t, tz);
    if (from <= to ? h >= from && h < to : h >= from || h < to) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
