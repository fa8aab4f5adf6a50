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
  secure,
  type ThreeDS,
} from './cards.js';
import { type Basket, type Delivery } from './catalogue.js';
import { type Company } from './people.js';
import { type Currency } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'mobilepay'
  | 'paypal'
  | 'klarna'
  | 'bank_transfer'
  | 'ean_invoice'
  | 'gift_card';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates; `shipping` a changed delivery address. */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  carrier?: string;
  /** The parcel shop the buyer picked, by its name. */
  parcelShop?: string;
  ip: string;
  device: Device;
  locale: string;
  /** Which price list the checkout used: dk, se, eu, uk or us. */
  storefront: string;
  giftMessage?: string;
  /** Where an e-gift card is e-mailed. */
  giftRecipient?: string;
  company?: Company;
  /** A purchase order or EAN reference for schools and businesses. */
  reference?: string;
}

/** Kroner per unit of each currency, for amounts compared across price lists. */
const IN_DKK: Readonly<Record<Currency, number>> = { DKK: 1, EUR: 7.46, SEK: 0.68, GBP: 8.6, USD: 6.9 };
export const toDkk = (amount: number, currency: Currency): number => Math.round(amount * IN_DKK[currency]);

export const storefrontOf = (currency: Currency): string =>
  ({ DKK: 'dk', SEK: 'se', EUR: 'eu', GBP: 'uk', USD: 'us' })[currency];

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** Known to the issuer (a returning customer on their own device): more frictionless approvals. */
  known?: boolean;
  /** The 3-D Secure result, when the planner knows better (a phished approval, a bypass). */
  threeDS?: ThreeDS;
}

/** One card (or Apple/Google Pay) authorisation with its checks and 3-D Secure result. */
export function cardAttempt(rng: Rng, card: HeldCard, dkk: number, t: CardTry, wallet?: Method): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (wallet ?? 'apple_pay') : 'card';
  const authenticated = t.decline !== 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card, authenticated, dkk, t.known ?? false),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  country: string;
  cards: readonly HeldCard[];
  saved?: HeldCard;
  signedIn: boolean;
  mobilepay: boolean;
  paypalVault?: boolean;
  /** The account's own device and network: issuers let more through without a challenge. */
  known?: boolean;
  match?: Match;
}

/** How people in each country like to pay this shop. */
function methodWeights(country: string, payer: Payer): ReadonlyArray<readonly [Method, number]> {
  const mp = payer.mobilepay ? 1 : 0;
  switch (country) {
    case 'DK':
      return [
        ['mobilepay', 44 * mp],
        ['card', 30],
        ['apple_pay', 12],
        ['google_pay', 2],
        ['paypal', 5],
        ['klarna', 6],
      ];
    case 'SE':
      return [
        ['card', 32],
        ['klarna', 32],
        ['apple_pay', 16],
        ['paypal', 10],
        ['google_pay', 4],
      ];
    case 'FI':
      return [
        ['card', 35],
        ['mobilepay', 20 * mp],
        ['klarna', 12],
        ['apple_pay', 12],
        ['paypal', 12],
      ];
    case 'DE':
    case 'AT':
      return [
        ['paypal', 36],
        ['klarna', 20],
        ['card', 28],
        ['apple_pay', 10],
        ['google_pay', 4],
      ];
    case 'NL':
    case 'BE':
      return [
        ['card', 34],
        ['paypal', 24],
        ['klarna', 14],
        ['apple_pay', 22],
      ];
    case 'NO':
      return [
        ['card', 45],
        ['klarna', 20],
        ['apple_pay', 18],
        ['paypal', 10],
      ];
    case 'GB':
      return [
        ['card', 48],
        ['apple_pay', 26],
        ['paypal', 20],
        ['klarna', 6],
      ];
    case 'US':
    case 'CA':
      return [
        ['card', 58],
        ['apple_pay', 20],
        ['paypal', 20],
        ['google_pay', 2],
      ];
    default:
      return [
        ['card', 60],
        ['paypal', 25],
        ['apple_pay', 15],
      ];
  }
}

/** Where Klarna offers pay-later and slice-it to this shop's customers. */
const KLARNA = new Set(['DK', 'SE', 'NO', 'FI', 'DE', 'AT', 'NL', 'BE', 'GB']);

/**
 * How an honest customer pays, and how they retry a decline the way people do: the MitID prompt answered this
 * time, the right card code, another card, MobilePay or Klarna until payday; one in eight gives up.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  basket: Basket,
  opts: { declineShare?: number; method?: Method } = {},
): Attempt[] {
  const dkk = toDkk(basket.amount, basket.currency);
  const big = dkk > 500_000;
  const weights = methodWeights(payer.country, payer).filter(
    ([m, w]) => w > 0 && (m !== 'klarna' || KLARNA.has(payer.country)),
  );
  const method = opts.method ?? rng.weightedPick(weights);
  const first = firstAuth(rng);
  const declined = rng.chance(opts.declineShare ?? (big ? 0.09 : 0.05));
  const base = { match: payer.match ?? 'good', known: payer.known ?? payer.signedIn } as const;
  const card = payer.saved && payer.signedIn && rng.chance(0.6) ? payer.saved : rng.pick(payer.cards);
  const entry: Entry = payer.signedIn && card === payer.saved ? 'saved' : 'typed';
  const fallback = (after: number): Attempt => {
    if (payer.mobilepay && method !== 'mobilepay' && rng.chance(0.5)) return other('mobilepay', true, after);
    const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
    return cardAttempt(rng, next, dkk, { ...base, entry: 'typed', ok: true, afterMs: after });
  };

  if (method === 'bank_transfer' || method === 'ean_invoice' || method === 'gift_card')
    return [
      other(method, true, method === 'bank_transfer' ? rng.int(20, 96) * HOUR : rng.int(2, 30) * MINUTE),
    ];
  if (method === 'mobilepay' || method === 'paypal' || method === 'klarna') {
    if (!declined) return [other(method, true, first)];
    const why: Decline =
      method === 'klarna' ? 'credit_check_failed' : rng.chance(0.5) ? 'session_expired' : 'wallet_declined';
    const out = [other(method, false, first, why)];
    if (rng.chance(0.12)) return out;
    if (why === 'session_expired') out.push(other(method, true, retryGap(rng)));
    else out.push(fallback(retryGap(rng)));
    return out;
  }
  const wallet = method === 'card' ? undefined : method;
  const use: Entry = wallet ? 'wallet' : entry;
  if (!declined)
    return [cardAttempt(rng, card, dkk, { ...base, entry: use, ok: true, afterMs: first }, wallet)];
  const why = honestDecline(rng, big);
  const out = [
    cardAttempt(rng, card, dkk, { ...base, entry: use, ok: false, decline: why, afterMs: first }, wallet),
  ];
  if (rng.chance(0.12)) return out;
  if (why === 'authentication_failed' || why === 'incorrect_cvc') {
    out.push(cardAttempt(rng, card, dkk, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (why === 'insufficient_funds' && KLARNA.has(payer.country) && rng.chance(0.3)) {
    out.push(other('klarna', true, retryGap(rng)));
    return out;
  }
  out.push(fallback(retryGap(rng)));
  return out;
}

/** The method that took the money, if any. */
export const paidWith = (attempts: readonly Attempt[]): Method | undefined =>
  attempts.find((a) => a.ok)?.method;

/** Early fraud warnings come from card networks only. */
export const WARNED: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay']);
/** Disputes: card networks, MobilePay (the card behind it), PayPal and Klarna; never a transfer or gift card. */
export const DISPUTED: ReadonlySet<Method> = new Set([
  'card',
  'apple_pay',
  'google_pay',
  'mobilepay',
  'paypal',
  'klarna',
]);

/** The later steps a purchase paid this way can have: no warning or dispute where the method has none. */
export function allowedLater(attempts: readonly Attempt[], later: readonly LaterEvent[]): LaterEvent[] {
  const method = paidWith(attempts);
  return later.filter(
    (l) =>
      (l.type !== 'fraud_warning.created' || (method !== undefined && WARNED.has(method))) &&
      (l.type !== 'dispute.created' || (method !== undefined && DISPUTED.has(method))),
  );
}

/** When the warehouse ships an order: same day for express, slower in Black Week. */
export function dispatchAfter(rng: Rng, delivery: Delivery, busy: boolean): number {
  if (delivery === 'express') return rng.int(2, 8) * HOUR;
  return (rng.int(5, 30) + (busy ? rng.int(10, 40) : 0)) * HOUR;
}

/** Fulfilment: e-mailed, collected at the shop, or shipped and delivered (a parcel shop or the door). */
export function fulfil(rng: Rng, delivery: Delivery, busy: boolean, abroad: boolean): LaterEvent[] {
  if (delivery === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(1, 10) * MINUTE, status: 'sent' }];
  if (delivery === 'pickup') {
    const ready = rng.int(2, busy ? 40 : 20) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(3, 96) * HOUR, status: 'collected' },
    ];
  }
  const ship = dispatchAfter(rng, delivery, busy);
  const transit = abroad ? rng.int(60, 200) : delivery === 'express' ? rng.int(14, 24) : rng.int(18, 52);
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + transit * HOUR, status: 'delivered' },
  ];
}

/** When the last fulfilment step happens (for what follows delivery). */
export const deliveredAt = (steps: readonly LaterEvent[]): number =>
  steps.reduce((t, s) => Math.max(t, s.afterMs), 0);

/**
 * What happens to an honest order once paid: fulfilment, then now and then a cancellation before dispatch, a
 * return within the 14-day right of withdrawal, a dented box for a collector, a lost parcel, a rare dispute.
 */
export function honestAfter(
  rng: Rng,
  o: { delivery: Delivery; amount: number; busy: boolean; abroad: boolean; collector?: boolean },
): LaterEvent[] {
  if (o.delivery !== 'email' && rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 5) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(6, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const steps = fulfil(rng, o.delivery, o.busy, o.abroad);
  const done = deliveredAt(steps);
  if (o.delivery === 'email') return steps;
  const x = rng.next();
  if (x < 0.03)
    steps.push({
      type: 'refund.created',
      afterMs: done + rng.int(4, 18) * DAY,
      reason: 'returned',
      amount: Math.round(o.amount * rng.float(0.4, 1)),
    });
  else if (x < 0.05) {
    if (o.collector)
      steps.push({
        type: 'refund.created',
        afterMs: done + rng.int(1, 5) * DAY,
        reason: 'damaged_packaging',
        amount: Math.round(o.amount * rng.float(0.08, 0.2)),
      });
  } else if (x < 0.055) {
    // Lost on the way: never delivered, refunded once the carrier's search gives up.
    if (o.delivery !== 'pickup') {
      steps.pop();
      steps.push({ type: 'refund.created', afterMs: done + rng.int(6, 15) * DAY, reason: 'lost_in_transit' });
    }
  } else if (x < 0.057)
    steps.push({
      type: 'dispute.created',
      afterMs: done + rng.int(10, 50) * DAY,
      reason: rng.pick(['product_not_received', 'duplicate', 'unrecognized']),
    });
  return steps;
}
