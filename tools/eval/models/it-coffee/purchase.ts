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
import { dispatchAfter, workingDaysAfter } from './calendar.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  isEea,
  type Match,
  newCard,
} from './cards.js';
import { type Basket, type Fulfilment, isMachine } from './catalogue.js';
import { type Market } from './places.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'paypal'
  | 'paypal_pay_in_3'
  | 'scalapay'
  | 'satispay'
  | 'bank_transfer';

export type ThreeDS =
  | 'frictionless'
  | 'challenge_passed'
  | 'challenge_failed'
  | 'exempt_low_value'
  | 'exempt_tra'
  | 'exempt_mit'
  | 'not_enrolled'
  | 'attempted';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment and trade-in updates; `shipping` a new delivery address. */
export type LaterEvent = Later & { status?: string };

export type Channel = 'web' | 'app' | 'subscription';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  /** Who the parcel is for, when it is not the buyer. */
  recipient?: string;
  fulfilment: Fulfilment;
  carrier?: string;
  pickupPoint?: string;
  /** Absent for the subscription renewals the shop charges itself. */
  ip?: string;
  device?: Device;
  locale: string;
  channel: Channel;
  giftNote?: string;
  /** E-gift cards go to this address. */
  giftCardTo?: string;
  company?: { name: string; vatId: string; sdi?: string; pec?: string };
  tradeIn?: { model: string; credit: number };
}

export const CARD_METHODS: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay']);
export const BNPL: ReadonlySet<Method> = new Set(['scalapay', 'paypal_pay_in_3']);
/** Scalapay and PayPal in three instalments take baskets up to €2,000, and not from Switzerland. */
export const BNPL_LIMIT = 200_000;

/**
 * 3-D Secure under PSD2: European cards authenticate unless exempt (under €30, the acquirer's risk analysis
 * up to €500 for some, merchant-initiated renewals); big baskets are challenged more; Swiss and British
 * issuers follow suit; US issuers often are not enrolled.
 */
export function secure(rng: Rng, card: HeldCard, amount: number, ok: boolean): ThreeDS {
  if (card.country === 'US' || (!isEea(card.country) && !['CH', 'GB'].includes(card.country)))
    return rng.chance(0.55)
      ? 'not_enrolled'
      : ok
        ? rng.chance(0.7)
          ? 'frictionless'
          : 'attempted'
        : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (amount < 3_000 && rng.chance(0.7)) return 'exempt_low_value';
  if (amount <= 50_000 && rng.chance(0.15)) return 'exempt_tra';
  return rng.chance(amount > 50_000 ? 0.7 : 0.4) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows better (a relayed code, an exemption). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.75) ? 'apple_pay' : 'google_pay') : 'card';
  const failedAuth = t.decline === 'authentication_failed';
  const threeDS =
    entry === 'wallet'
      ? undefined
      : entry === 'merchant'
        ? 'exempt_mit'
        : (t.threeDS ?? (failedAuth ? 'challenge_failed' : secure(rng, card, amount, true)));
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS,
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** Seconds to a couple of minutes from the basket to the first authorisation. */
export const firstAuth = (rng: Rng): number => rng.int(8_000, 110_000);
/** Another go: a minute to a few. */
export const retryGap = (rng: Rng): number => rng.int(40_000, 7 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: Market;
  signedIn: boolean;
  paypal: boolean;
  business?: boolean;
}

/** Payment methods by market: PayPal big in Germany and Austria, cards in France, Satispay only in Italy. */
function methodWeights(country: Market, amount: number, business: boolean): Array<readonly [Method, number]> {
  const bnpl = country !== 'CH' && amount >= 5_000 && amount <= BNPL_LIMIT;
  const big = amount >= 80_000;
  const w: Record<Method, number> = {
    card: 45,
    apple_pay: 9,
    google_pay: 4,
    paypal: 20,
    paypal_pay_in_3: 0,
    scalapay: 0,
    satispay: 0,
    bank_transfer: 0,
  };
  if (country === 'DE' || country === 'AT')
    Object.assign(w, { card: 30, paypal: 42, bank_transfer: big ? 6 : 1 });
  if (country === 'FR') Object.assign(w, { card: 60, paypal: 14, apple_pay: 11 });
  if (country === 'NL' || country === 'BE' || country === 'LU')
    Object.assign(w, { card: 42, paypal: 30, apple_pay: 12 });
  if (country === 'CH') Object.assign(w, { card: 58, paypal: 25, apple_pay: 12, google_pay: 3 });
  if (country === 'IT') Object.assign(w, { satispay: amount < 30_000 ? 6 : 0 });
  if (bnpl) {
    w.scalapay = amount >= 30_000 ? 14 : 5;
    if (country === 'IT' || country === 'ES') w.paypal_pay_in_3 = amount >= 30_000 ? 9 : 4;
  }
  if (big && country !== 'DE' && country !== 'AT') w.bank_transfer = 3;
  if (business)
    Object.assign(w, {
      bank_transfer: 55,
      card: 45,
      paypal: 0,
      apple_pay: 0,
      google_pay: 0,
      scalapay: 0,
      paypal_pay_in_3: 0,
      satispay: 0,
    });
  return (Object.keys(w) as Method[]).map((m) => [m, w[m]] as const);
}

/** A SEPA transfer arrives the next working day or two (businesses, Vorkasse). */
export const transferArrives = (rng: Rng): number => rng.int(18, 60) * HOUR;

/**
 * How an honest customer pays, declines and retries: the right CVC or the 3-D Secure prompt answered the second
 * time, a prepaid card topped up, another card, PayPal after a BNPL refusal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const method = rng.weightedPick(methodWeights(payer.country, amount, payer.business === true));
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (amount > 100_000 ? 0.09 : 0.045));
  if (method === 'bank_transfer') return [other('bank_transfer', true, transferArrives(rng))];
  if (!CARD_METHODS.has(method)) {
    if (!declined) return [other(method, true, first)];
    const why: Decline = BNPL.has(method)
      ? 'bnpl_declined'
      : method === 'satispay'
        ? 'payment_cancelled'
        : 'do_not_honor';
    const out = [other(method, false, first, why)];
    if (rng.chance(0.08)) return out;
    const card = payer.cards[0] ?? newCard(rng, payer.country);
    out.push(
      BNPL.has(method) || rng.chance(0.5)
        ? cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng) })
        : other(method, true, retryGap(rng)),
    );
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  if (!declined) return [cardAttempt(rng, card, amount, { entry, ok: true, afterMs: first })];
  const why = honestDecline(rng, card, amount);
  const out = [cardAttempt(rng, card, amount, { entry, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.08)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (why === 'insufficient_funds' && card.funding === 'prepaid') {
    // Tops the prepaid card up in the banking app and tries again.
    out.push(cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: rng.int(8, 70) * MINUTE }));
    return out;
  }
  if (payer.paypal || rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next =
    payer.cards.find((c) => c !== card) ?? newCard(rng, card.country === 'IT' ? 'IT' : payer.country);
  out.push(cardAttempt(rng, next, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** When the money was taken, counted from checkout: the attempts' delays up to the first success. */
export function paidAfter(attempts: readonly Attempt[]): number {
  let t = 0;
  for (const a of attempts) {
    t += Math.max(1000, a.afterMs);
    if (a.ok) return t;
  }
  return t;
}

export interface Shipped {
  at: number;
  fulfilment: Fulfilment;
  country: string;
  basket: Basket;
  attempts: readonly Attempt[];
}

/** Dispatch, delivery, a pick-up: the updates the courier's tracking posts, as ms after checkout. */
export function delivery(rng: Rng, p: Shipped): { events: LaterEvent[]; delivered: number } {
  const paid = p.at + paidAfter(p.attempts);
  if (p.fulfilment === 'email') {
    const sent = paid - p.at + rng.int(1, 6) * MINUTE;
    return { events: [{ type: 'order.updated', afterMs: sent, status: 'gift_card_sent' }], delivered: sent };
  }
  if (p.fulfilment === 'showroom') {
    const ready = dispatchAfter(paid, HOUR) - p.at;
    const collected = ready + rng.int(14, 96) * HOUR;
    return {
      events: [
        { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
        { type: 'order.updated', afterMs: collected, status: 'collected' },
      ],
      delivered: collected,
    };
  }
  const shipped = dispatchAfter(paid);
  const days = p.country === 'IT' ? rng.int(1, 2) : p.country === 'CH' ? rng.int(3, 5) : rng.int(2, 4);
  const arrives = workingDaysAfter(shipped, days) - 6 * HOUR + rng.int(0, 8 * 60) * MINUTE;
  const events: LaterEvent[] = [{ type: 'order.updated', afterMs: shipped - p.at, status: 'shipped' }];
  if (p.fulfilment === 'pickup_point') {
    const collected = arrives + rng.int(2, 80) * HOUR;
    events.push({ type: 'order.updated', afterMs: arrives - p.at, status: 'ready_for_pickup' });
    events.push({ type: 'order.updated', afterMs: collected - p.at, status: 'collected' });
    return { events, delivered: collected - p.at };
  }
  events.push({ type: 'order.updated', afterMs: arrives - p.at, status: 'delivered' });
  return { events, delivered: arrives - p.at };
}

/**
 * What happens to an honest order: delivered (or collected, or e-mailed); now and then cancelled before
 * dispatch, returned within the fourteen-day withdrawal period, damaged in transit, or a rare dispute or
 * issuer warning on a purchase that was fine.
 */
export function honestAfter(rng: Rng, p: Shipped): LaterEvent[] {
  const machine = p.basket.lines.some(isMachine);
  const paid = paidAfter(p.attempts);
  if (p.fulfilment !== 'email' && rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: paid + rng.int(10, 300) * MINUTE, reason: 'customer_request' },
      { type: 'refund.created', afterMs: paid + rng.int(6, 20) * HOUR, reason: 'requested_by_customer' },
    ];
  const { events, delivered } = delivery(rng, p);
  if (p.fulfilment === 'email') return events;
  if (rng.chance(machine ? 0.035 : 0.01)) {
    const back = delivered + rng.int(5, 14) * DAY;
    events.push({ type: 'order.updated', afterMs: back, status: 'returned' });
    events.push({
      type: 'refund.created',
      afterMs: back + rng.int(1, 4) * DAY,
      reason: 'requested_by_customer',
    });
  } else if (rng.chance(machine ? 0.012 : 0.006)) {
    const partial = rng.chance(0.6);
    events.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(1, 6) * DAY,
      reason: 'damaged_in_transit',
      ...(partial ? { amount: Math.min(p.basket.amount, rng.int(2, 15) * 1_000) } : {}),
    });
  } else if (rng.chance(0.0025))
    events.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(10, 40) * DAY,
      reason: p.fulfilment === 'pickup_point' ? 'product_not_received' : 'product_unacceptable',
    });
  else if (rng.chance(0.0015))
    events.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(5, 30) * DAY,
      reason: 'unauthorized_use_of_card',
    });
  return events;
}
