import { type CheckResult } from '@vigil/contracts';
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
import { type Currency, type Item, type Line, lineIn } from './catalogue.js';
import { type Country, type Company, type HeldCard, newCard } from './people.js';

/** One planned purchase before events.ts renders it: the basket, how it is paid, what happens after. */

export { DAY, HOUR, MINUTE };

export type Method =
  'card' | 'apple_pay' | 'google_pay' | 'bank_button' | 'bank_transfer' | 'cash_on_pickup' | 'instalments';
export type ThreeDS =
  | 'frictionless'
  | 'challenge_passed'
  | 'challenge_failed'
  | 'exempt_low_value'
  | 'attempted'
  | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'card_velocity_exceeded'
  | 'application_rejected'
  | 'bank_cancelled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;
export type Fulfilment =
  'courier' | 'packeta_point' | 'packeta_home' | 'showroom_prague' | 'showroom_brno' | 'email';
export type LaterEvent = Later & { status?: string };

export interface Basket {
  lines: Line[];
  amount: number;
  currency: Currency;
  shippingFee: number;
  code?: string;
  discount?: number;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  company?: Company;
  /** Where the buyer came from: a price comparison site, a newsletter, a launch-day queue, … */
  referrer?: string;
  giftWrap?: boolean;
  /** Why an unpaid order is released, and how long after the order or last try. */
  unpaid: { reason: string; afterMs: number };
}

/** Rough value in crowns (haléře), for thresholds that apply in either currency. */
export const inCzk = (amount: number, currency: Currency): number =>
  currency === 'EUR' ? Math.round(amount * 24.6) : amount;

/** What delivery costs: free at the showrooms and for e-mailed vouchers, free above a basket value. */
function shippingFee(f: Fulfilment, currency: Currency, country: string, items: number): number {
  if (f === 'email' || f === 'showroom_prague' || f === 'showroom_brno') return 0;
  if (currency === 'CZK') {
    if (f === 'packeta_point') return items >= 500_000 ? 0 : 7_900;
    if (f === 'packeta_home') return items >= 500_000 ? 0 : 9_900;
    return items >= 1_000_000 ? 0 : 14_900;
  }
  const home = country === 'SK';
  if (f === 'packeta_point') return items >= 20_000 ? 0 : home ? 290 : 490;
  if (f === 'packeta_home') return items >= 20_000 ? 0 : home ? 390 : 790;
  return items >= 40_000 ? 0 : home ? 590 : 990;
}

/** A basket of items (with quantities) in the checkout's currency, shipping and any discount code. */
export function basketOf(
  picks: ReadonlyArray<readonly [Item, number]>,
  currency: Currency,
  f: Fulfilment,
  country: string,
  code?: { code: string; percent?: number; off?: number },
): Basket {
  const lines = picks.map(([item, quantity]) => lineIn(item, currency, quantity));
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  let discount = 0;
  if (code?.percent) discount = Math.round((items * code.percent) / 100 / 100) * 100;
  if (code?.off) discount = Math.min(code.off, Math.floor(items / 2));
  if (currency === 'EUR') discount = Math.round(discount / 100) * 100;
  const fee = shippingFee(f, currency, country, items);
  return {
    lines,
    amount: items - discount + fee,
    currency,
    shippingFee: fee,
    ...(code && discount > 0 ? { code: code.code, discount } : {}),
  };
}

/** Cards issued in the EEA go through PSD2 strong authentication; others mostly do not. */
const EEA = new Set(['CZ', 'SK', 'PL', 'HU', 'DE', 'AT', 'LT']);

export type Entry = 'typed' | 'saved' | 'wallet';
/** How well the billing address matches the card's (asked only by US and British issuers). */
export type Match = 'good' | 'partial' | 'bad';

function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (card.country !== 'US' && card.country !== 'GB') return 'unavailable';
  if (match === 'good') return rng.chance(0.93) ? 'pass' : 'partial';
  if (match === 'partial') return rng.chance(0.6) ? 'partial' : 'fail';
  return rng.chance(0.8) ? 'fail' : 'unavailable';
}

const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows the 3-D Secure outcome (a phished code, a challenge the tester cannot pass). */
  threeDS?: ThreeDS;
}

/** 3-D Secure as it goes: EEA cards are challenged or pass frictionless, small amounts may be exempt. */
export function secure(rng: Rng, card: HeldCard, t: CardTry, czk: number): ThreeDS {
  if (t.decline === 'authentication_failed') return 'challenge_failed';
  if (!EEA.has(card.country))
    return rng.weightedPick<ThreeDS>([
      ['frictionless', 4],
      ['attempted', 3],
      ['not_enrolled', 3],
    ]);
  if (czk < 75_000 && rng.chance(0.6)) return 'exempt_low_value';
  if (t.entry === 'wallet') return rng.chance(0.8) ? 'frictionless' : 'challenge_passed';
  return rng.chance(czk > 1_500_000 ? 0.75 : 0.45) ? 'challenge_passed' : 'frictionless';
}

export function cardAttempt(rng: Rng, card: HeldCard, czk: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.55) ? 'apple_pay' : 'google_pay') : 'card';
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card, t, czk),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(20_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: Country | string;
  signedIn: boolean;
  /** Picking up at a showroom: cash or card at the till. */
  pickup?: boolean;
  company?: boolean;
}

function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 40 : 22],
    ['authentication_failed', 26],
    ['incorrect_cvc', 14],
    ['do_not_honor', 14],
    ['expired_card', 6],
    ['card_velocity_exceeded', big ? 8 : 2],
  ]);
}

/**
 * How an honest customer pays: a card (typed, saved or in a wallet) under 3-D Secure, the bank's payment
 * button, a transfer on the pro-forma invoice, instalments for bigger baskets, or cash at the showroom. A
 * declined card is retried as people do; a few transfers never arrive and a few pickups are never collected.
 */
export function honestPay(rng: Rng, payer: Payer, czk: number): Attempt[] {
  const big = czk > 2_500_000;
  const method = rng.weightedPick<Method>([
    ['card', payer.pickup ? 25 : 50],
    ['apple_pay', 9],
    ['google_pay', 7],
    ['bank_button', payer.country === 'CZ' || payer.country === 'SK' ? 14 : 4],
    ['bank_transfer', payer.company ? 45 : big ? 14 : 3],
    ['instalments', czk >= 800_000 && !payer.company ? (big ? 14 : 7) : 0],
    ['cash_on_pickup', payer.pickup ? 40 : 0],
  ]);
  const first = firstAuth(rng);
  if (method === 'bank_transfer')
    return rng.chance(0.06) ? [] : [other('bank_transfer', true, rng.int(2 * HOUR, 2 * DAY))];
  if (method === 'cash_on_pickup')
    return rng.chance(0.07) ? [] : [other('cash_on_pickup', true, rng.int(2 * HOUR, 3 * DAY))];
  if (method === 'instalments') {
    const decision = rng.int(10 * MINUTE, 50 * MINUTE);
    if (!rng.chance(0.16)) return [other('instalments', true, decision)];
    const out = [other('instalments', false, decision, 'application_rejected')];
    if (rng.chance(0.5))
      out.push(cardAttempt(rng, rng.pick(payer.cards), czk, { ok: true, afterMs: rng.int(2, 30) * MINUTE }));
    return out;
  }
  if (method === 'bank_button') {
    if (!rng.chance(0.04)) return [other('bank_button', true, rng.int(40_000, 4 * MINUTE))];
    return [
      other('bank_button', false, rng.int(40_000, 4 * MINUTE), 'bank_cancelled'),
      cardAttempt(rng, rng.pick(payer.cards), czk, { ok: true, afterMs: retryGap(rng) }),
    ];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  if (!rng.chance(big ? 0.09 : 0.05))
    return [cardAttempt(rng, card, czk, { entry, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, czk, { entry, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, czk, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('bank_button', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, czk, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** When the money came in, after the order (the attempts' delays added up). */
export const paidAfter = (attempts: readonly Attempt[]): number =>
  attempts.reduce((s, a) => s + Math.max(1000, a.afterMs), 0);

/** How long an unpaid order is held: transfers five days, a showroom reservation three, a failed card an hour. */
export function unpaidRule(attempts: readonly Attempt[], f: Fulfilment): Purchase['unpaid'] {
  if (attempts.length === 0 && (f === 'showroom_prague' || f === 'showroom_brno'))
    return { reason: 'not_collected', afterMs: 3 * DAY };
  if (attempts.length === 0) return { reason: 'payment_not_received', afterMs: 5 * DAY };
  return { reason: 'payment_failed', afterMs: rng0(attempts) };
}
const rng0 = (attempts: readonly Attempt[]): number => (30 + (attempts.length % 3) * 15) * MINUTE;

/**
 * Delivery as it goes, timed from payment: a voucher e-mailed at once; showroom orders ready within hours and
 * collected (cash paid at the till is collected as it is paid); parcels shipped within a day, at the Packeta
 * point or delivered a day or two later, longer abroad.
 */
export function delivery(
  rng: Rng,
  f: Fulfilment,
  paidAt: number,
  abroad: boolean,
  cashAtTill: boolean,
): LaterEvent[] {
  if (f === 'email')
    return [{ type: 'order.updated', afterMs: paidAt + rng.int(1, 6) * MINUTE, status: 'voucher_sent' }];
  if (f === 'showroom_prague' || f === 'showroom_brno') {
    if (cashAtTill)
      return [{ type: 'order.updated', afterMs: paidAt + rng.int(1, 4) * MINUTE, status: 'collected' }];
    const ready = paidAt + rng.int(1, 6) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(2, 60) * HOUR, status: 'collected' },
    ];
  }
  const ship = paidAt + rng.int(3, 28) * HOUR;
  const arrive = ship + rng.int(abroad ? 30 : 16, abroad ? 96 : 48) * HOUR;
  const out: LaterEvent[] = [{ type: 'order.updated', afterMs: ship, status: 'shipped' }];
  if (f === 'packeta_point') {
    out.push({ type: 'order.updated', afterMs: arrive, status: 'ready_for_pickup' });
    out.push({ type: 'order.updated', afterMs: arrive + rng.int(2, 70) * HOUR, status: 'collected' });
  } else out.push({ type: 'order.updated', afterMs: arrive, status: 'delivered' });
  return out;
}

/** The end of the delivery steps (or the payment, when there are none). */
export const lastStep = (steps: readonly LaterEvent[], paidAt: number): number =>
  steps.reduce((m, l) => Math.max(m, l.afterMs), paidAt);

/**
 * What an honest paid order goes through: delivery, and now and then a cancellation before dispatch, a return
 * within the fourteen days the law allows, a warranty refund, or a dispute over a parcel gone astray.
 */
export function honestAfter(
  rng: Rng,
  p: { fulfilment: Fulfilment; attempts: readonly Attempt[]; basket: Basket },
  abroad: boolean,
): LaterEvent[] {
  const paidAt = paidAfter(p.attempts);
  const cash = p.attempts.some((a) => a.ok && a.method === 'cash_on_pickup');
  if (p.fulfilment !== 'email' && !cash && rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: paidAt + rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: paidAt + rng.int(21, 40) * HOUR, reason: 'requested_by_customer' },
    ];
  const steps = delivery(rng, p.fulfilment, paidAt, abroad, cash);
  const done = lastStep(steps, paidAt);
  if (p.fulfilment === 'email') return steps;
  const r = rng.next();
  if (r < 0.035)
    steps.push({
      type: 'refund.created',
      afterMs: done + rng.int(2, 14) * DAY,
      reason: 'returned_within_14_days',
    });
  else if (r < 0.045) {
    const line = rng.pick(p.basket.lines);
    steps.push({
      type: 'refund.created',
      afterMs: done + rng.int(7, 30) * DAY,
      reason: 'warranty_claim',
      amount: line.price,
    });
  } else if (r < 0.047 && p.fulfilment !== 'showroom_prague' && p.fulfilment !== 'showroom_brno')
    steps.push({
      type: 'dispute.created',
      afterMs: done + rng.int(15, 40) * DAY,
      reason: 'product_not_received',
    });
  return steps;
}
