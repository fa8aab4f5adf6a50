import {
  type Address,
  type Buyer,
  type Card,
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
import { avs, cvc, type Decline, type Entry, honestDecline, type Match, newCard } from './cards.js';
import { type Basket, COLLECTION, type Fulfilment } from './catalogue.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'paypal'
  | 'eps'
  | 'sofort'
  | 'klarna_invoice'
  | 'klarna_instalments'
  | 'twint'
  | 'bank_transfer'
  | 'cash_on_collection';

export type ThreeDS =
  | 'frictionless'
  | 'challenge_passed'
  | 'challenge_failed'
  | 'low_value_exemption'
  | 'not_enrolled'
  | 'attempted';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card>;

/** A later step: the kit's, a fulfilment `status`, or a cash payment at collection. */
export type LaterEvent = Omit<Later, 'type'> & { type: Later['type'] | 'payment.succeeded'; status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  /** A gift card's recipient, or a gift's. */
  recipientEmail?: string;
  giftMessage?: boolean;
  company?: { name: string; vatId: string };
  /** A boot-fitting slot at the store (ms). */
  appointment?: number;
  /** Bergwerk Club points redeemed. */
  pointsRedeemed?: number;
}

/** Cards issued in the EEA, the UK and Switzerland go through PSD2 strong customer authentication. */
const SCA: ReadonlySet<string> = new Set([
  'AT',
  'DE',
  'CH',
  'IT',
  'SI',
  'NL',
  'BE',
  'GB',
  'FR',
  'ES',
  'SE',
  'PL',
]);

/** The 3-D Secure outcome of an authorisation that went through (or failed for other reasons). */
export function secure(rng: Rng, card: Card, entry: Entry, amount: number): ThreeDS {
  if (!SCA.has(card.country))
    return rng.weightedPick<ThreeDS>([
      ['not_enrolled', 35],
      ['attempted', 30],
      ['frictionless', 35],
    ]);
  if (entry === 'wallet') return 'frictionless';
  if (amount < 3_000 && rng.chance(0.55)) return 'low_value_exemption';
  return rng.chance(amount > 40_000 ? 0.75 : 0.4) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry: Entry;
  ok: boolean;
  afterMs: number;
  match?: Match;
  decline?: Decline;
  /** When the planner knows the 3-D Secure result (a phished one-time code, a failed challenge). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: Card, amount: number, t: CardTry): Attempt {
  const method: Method = t.entry === 'wallet' ? (rng.chance(0.78) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(t.entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.entry, amount)),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

/** A payment without a card (PayPal, EPS, Sofort, Klarna, TWINT, a transfer). */
export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

/** Seconds to a couple of minutes from order to the first authorisation (redirects take longer). */
export const firstAuth = (rng: Rng, method: Method = 'card'): number =>
  method === 'eps' || method === 'sofort' ? rng.int(40_000, 4 * MINUTE) : rng.int(4_000, 40_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

/** How people pay, by billing country. */
const METHODS: Readonly<Record<string, ReadonlyArray<readonly [Method, number]>>> = {
  AT: [
    ['card', 33],
    ['apple_pay', 10],
    ['google_pay', 4],
    ['paypal', 20],
    ['eps', 13],
    ['sofort', 4],
    ['klarna_invoice', 10],
    ['klarna_instalments', 6],
  ],
  DE: [
    ['card', 22],
    ['apple_pay', 9],
    ['google_pay', 4],
    ['paypal', 32],
    ['sofort', 9],
    ['klarna_invoice', 18],
    ['klarna_instalments', 6],
  ],
  CH: [
    ['card', 38],
    ['twint', 30],
    ['apple_pay', 12],
    ['google_pay', 3],
    ['paypal', 14],
    ['klarna_invoice', 3],
  ],
  IT: [
    ['card', 50],
    ['paypal', 30],
    ['apple_pay', 8],
    ['google_pay', 5],
    ['klarna_instalments', 7],
  ],
  SI: [
    ['card', 60],
    ['paypal', 30],
    ['apple_pay', 5],
    ['google_pay', 5],
  ],
  NL: [
    ['card', 33],
    ['paypal', 40],
    ['apple_pay', 12],
    ['klarna_invoice', 15],
  ],
  BE: [
    ['card', 45],
    ['paypal', 30],
    ['apple_pay', 13],
    ['klarna_invoice', 12],
  ],
  GB: [
    ['card', 58],
    ['apple_pay', 22],
    ['paypal', 20],
  ],
  US: [
    ['card', 60],
    ['apple_pay', 25],
    ['paypal', 15],
  ],
};

export interface Payer {
  country: string;
  cards: Card[];
  signedIn: boolean;
  /** Klarna instalments only pay off from €150. */
  amount: number;
  /** Cash (or card) at the counter is offered for collection orders. */
  fulfilment: Fulfilment;
  /** A method this buyer prefers, if any. */
  prefer?: Method;
  match?: Match;
}

/**
 * How an honest customer pays, and what they do when it fails: the right CVC or the 3-D Secure prompt
 * answered this time, another card, PayPal when Klarna says no, a card when the bank redirect was abandoned;
 * a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, declineShare?: number): Attempt[] {
  const { amount } = payer;
  const big = amount > 80_000;
  const options = (METHODS[payer.country] ?? METHODS.DE ?? []).filter(
    ([m]) => m !== 'klarna_instalments' || amount >= 15_000,
  );
  const collect = COLLECTION.has(payer.fulfilment) && rng.chance(0.3);
  if (collect) return [];
  const method = payer.prefer ?? rng.weightedPick(options);
  const first = firstAuth(rng, method);
  const declined = rng.chance(declineShare ?? (big ? 0.09 : 0.045));
  const card = rng.pick(payer.cards.length > 0 ? payer.cards : [newCard(rng, payer.country)]);
  if (method === 'card' || method === 'apple_pay' || method === 'google_pay') {
    const entry: Entry =
      method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
    const base = { entry, match: payer.match ?? 'good' } as const;
    if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
    const why = honestDecline(rng, big);
    const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
    if (rng.chance(0.12)) return out;
    if (why === 'incorrect_cvc' || why === 'authentication_failed')
      return [
        ...out,
        cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }),
      ];
    if (rng.chance(0.35)) return [...out, other('paypal', true, retryGap(rng))];
    const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
    return [
      ...out,
      cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }),
    ];
  }
  if (method === 'bank_transfer') return [other('bank_transfer', true, rng.int(18 * HOUR, 3 * DAY))];
  // Klarna says no more often than a bank; redirects get abandoned.
  const fails = method.startsWith('klarna') ? rng.chance(0.07) : declined;
  if (!fails) return [other(method, true, first)];
  const why: Decline = method.startsWith('klarna')
    ? 'klarna_declined'
    : method === 'eps' || method === 'sofort'
      ? 'bank_login_abandoned'
      : method === 'twint'
        ? 'twint_timeout'
        : 'paypal_declined';
  const out = [other(method, false, first, why)];
  if (rng.chance(0.1)) return out;
  if (method === 'twint' || method === 'eps') return [...out, other(method, true, retryGap(rng))];
  if (method !== 'paypal' && rng.chance(0.5)) return [...out, other('paypal', true, retryGap(rng))];
  return [...out, cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) })];
}

/** Whether any attempt went through. */
export const paidNow = (attempts: readonly Attempt[]): boolean => attempts.some((a) => a.ok);

export interface AfterOptions {
  fulfilment: Fulfilment;
  amount: number;
  /** Delivery outside Austria takes longer; Switzerland clears customs. */
  abroad: boolean;
  /** Share of parcels sent back within the 14 days (sizes, second thoughts). */
  returns: number;
  /** When a collection order is picked up, after the order (default 1–6 days). */
  collectAfter?: number;
  /** The order is paid at the counter on collection. */
  cash: boolean;
}

/**
 * What happens to an honest order: shipped within a working day or two and delivered, collected at the
 * store or a resort shop (paid there if not yet), an e-mailed gift card sent within minutes; now and then a
 * return refunded in part, a cancellation before dispatch, an uncollected order released, or a rare dispute.
 */
export function honestAfter(rng: Rng, o: AfterOptions): LaterEvent[] {
  const { fulfilment: f, amount } = o;
  if (f === 'email') {
    const out: LaterEvent[] = [{ type: 'order.updated', afterMs: rng.int(1, 4) * MINUTE, status: 'sent' }];
    if (rng.chance(0.004))
      out.push({ type: 'dispute.created', afterMs: rng.int(15, 50) * DAY, reason: 'unrecognized' });
    return out;
  }
  if (COLLECTION.has(f)) {
    const ready = rng.int(2, 20) * HOUR;
    const collected = Math.max(ready + HOUR, o.collectAfter ?? rng.int(1, 6) * DAY + rng.int(0, 8) * HOUR);
    if (rng.chance(o.cash ? 0.05 : 0.015))
      return [
        { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
        { type: 'order.cancelled', afterMs: ready + rng.int(10, 14) * DAY, reason: 'not_collected' },
      ];
    const out: LaterEvent[] = [{ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' }];
    if (o.cash) out.push({ type: 'payment.succeeded', afterMs: collected });
    out.push({ type: 'order.updated', afterMs: collected + MINUTE, status: 'collected' });
    if (rng.chance(o.returns / 2))
      out.push({
        type: 'refund.created',
        afterMs: collected + rng.int(2, 13) * DAY,
        reason: 'returned',
        amount: Math.round(amount * rng.float(0.2, 0.6)),
      });
    return out;
  }
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 18) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(19, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const ship = (f === 'dhl_express' ? rng.int(2, 8) : rng.int(6, 40)) * HOUR;
  const transit = f === 'dhl_express' ? rng.int(16, 30) : rng.int(o.abroad ? 40 : 18, o.abroad ? 110 : 52);
  const delivered = ship + transit * HOUR;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: delivered, status: 'delivered' },
  ];
  if (rng.chance(o.returns))
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(4, 16) * DAY,
      reason: 'returned',
      amount: Math.round(amount * rng.float(0.15, 0.7)),
    });
  else if (rng.chance(0.003))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'product_not_received' });
  return out;
}

/** An order nobody paid is released 30–60 minutes after the last failed try. */
export function releaseUnpaid(attempts: readonly Attempt[], later: LaterEvent[]): LaterEvent[] {
  if (attempts.length === 0 || paidNow(attempts)) return later;
  const last = attempts.reduce((t, a) => t + Math.max(1000, a.afterMs), 0);
  return [
    { type: 'order.cancelled', afterMs: last + 30 * MINUTE + (last % 30) * MINUTE, reason: 'payment_failed' },
  ];
}
