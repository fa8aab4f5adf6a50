import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  type Card,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  cardPaymentAttempt,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { isRx, type Line, subtotal } from './catalogue.js';

/** A planned purchase (before events.ts renders it), its basket and money, cards and how people pay. */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'affirm' | 'afterpay' | 'gift_card';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'card_declined'
  | 'stolen_card'
  | 'lost_card'
  | 'incorrect_zip'
  | 'fraudulent'
  | 'processing_error';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed';

export type Funding = 'credit' | 'debit' | 'prepaid';
export interface HeldCard extends Card {
  funding: Funding;
}
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

export type Fulfilment = 'ship' | 'same_day' | 'pickup';
export type Channel = 'web' | 'app' | 'autoship';

export type LaterEvent = Later & { status?: string };

export interface Basket {
  lines: Line[];
  currency: 'USD';
  subtotal: number;
  discountCode?: string;
  discount: number;
  shippingFee: number;
  tax: number;
  amount: number;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  pickupStore?: string;
  ip: string;
  device: Device;
  channel: Channel;
  autoship?: { cadenceWeeks: number; first: boolean };
  /** Prescription details the buyer gave: the clinic the store asks for authorisation. */
  vet?: { clinic: string; phone: string; pet: string };
  company?: string;
  giftNote?: string;
  /** The name on the parcel, when it is not the buyer's. */
  recipient?: string;
}

// --- cards -----------------------------------------------------------------------------------------------

const US_BINS: ReadonlyArray<readonly [string, string, Funding]> = [
  ['414720', 'visa', 'credit'],
  ['426684', 'visa', 'credit'],
  ['440066', 'visa', 'credit'],
  ['473702', 'visa', 'credit'],
  ['480213', 'visa', 'credit'],
  ['517805', 'mastercard', 'credit'],
  ['524364', 'mastercard', 'credit'],
  ['542418', 'mastercard', 'credit'],
  ['552433', 'mastercard', 'credit'],
  ['371449', 'amex', 'credit'],
  ['379764', 'amex', 'credit'],
  ['601100', 'discover', 'credit'],
  ['644000', 'discover', 'credit'],
  ['400022', 'visa', 'debit'],
  ['410039', 'visa', 'debit'],
  ['432106', 'visa', 'debit'],
  ['447963', 'visa', 'debit'],
  ['483312', 'visa', 'debit'],
  ['511562', 'mastercard', 'debit'],
  ['531106', 'mastercard', 'debit'],
];
const US_PREPAID: ReadonlyArray<readonly [string, string, Funding]> = [
  ['403784', 'visa', 'prepaid'],
  ['423223', 'visa', 'prepaid'],
  ['511557', 'mastercard', 'prepaid'],
  ['530133', 'mastercard', 'prepaid'],
];
const PR_BINS: ReadonlyArray<readonly [string, string, Funding]> = [
  ['455676', 'visa', 'debit'],
  ['549184', 'mastercard', 'credit'],
];
const CA_BINS: ReadonlyArray<readonly [string, string, Funding]> = [
  ['450003', 'visa', 'credit'],
  ['451015', 'visa', 'credit'],
  ['520601', 'mastercard', 'credit'],
  ['552158', 'mastercard', 'credit'],
];

export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const table =
    funding === 'prepaid'
      ? US_PREPAID
      : country === 'CA'
        ? CA_BINS
        : country === 'PR' && rng.chance(0.6)
          ? PR_BINS
          : US_BINS.filter(([, , f]) => !funding || f === funding);
  const [bin, brand, f] = rng.pick(table);
  return {
    bin,
    last4: rng.digits(4),
    brand,
    country: table === PR_BINS ? 'PR' : table === CA_BINS ? 'CA' : 'US',
    fingerprint: `fp_${rng.token(16)}`,
    funding: f,
  };
}

/** A card from a dump: `bins` picks from a small set, as a tester's or reseller's batch does. */
export function dumpCard(rng: Rng, bins?: readonly string[]): HeldCard {
  const pool = bins ? US_BINS.filter(([b]) => bins.includes(b)) : US_BINS;
  const [bin, brand, funding] = rng.pick(pool.length > 0 ? pool : US_BINS);
  return { bin, last4: rng.digits(4), brand, country: 'US', fingerprint: `fp_${rng.token(16)}`, funding };
}

export const binsOf = (rng: Rng, n: number): string[] => rng.shuffle(US_BINS.map(([b]) => b)).slice(0, n);

/** How the address typed matches the issuer's: the holder's own, an old one, or a fraudster's guess. */
export type Match = 'good' | 'stale' | 'bad' | 'fullz';
export type Entry = 'typed' | 'saved' | 'wallet' | 'offsession';

/** AVS as US issuers answer it (Canadian ones often, others not at all). */
export function avs(rng: Rng, card: HeldCard, match: Match, entry: Entry): CheckResult {
  if (card.country !== 'US' && card.country !== 'PR' && card.country !== 'CA') return 'unavailable';
  if (card.country === 'CA' && rng.chance(0.35)) return 'unavailable';
  if (entry === 'wallet' && rng.chance(0.3)) return 'unavailable';
  const r = rng.next();
  switch (match) {
    case 'good':
      return r < 0.93 ? 'pass' : r < 0.97 ? 'partial' : 'unavailable';
    case 'fullz':
      return r < 0.8 ? 'pass' : r < 0.95 ? 'partial' : 'unavailable';
    case 'stale':
      return r < 0.55 ? 'partial' : r < 0.85 ? 'pass' : 'fail';
    case 'bad':
      return r < 0.55 ? 'fail' : r < 0.85 ? 'partial' : 'unavailable';
  }
}

/** The card code: checked when typed, never asked for a saved card or an autoship charge, not sent by wallets. */
export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved' || entry === 'offsession') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export interface CardTry {
  entry: Entry;
  match: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
}

/** 3-D Secure is rare in the US: a few issuers step up large or risky card-not-present payments. */
function secure(rng: Rng, t: CardTry, amount: number): ThreeDS | undefined {
  if (t.entry !== 'typed') return undefined;
  if (!rng.chance(amount > 30_000 ? 0.06 : 0.015)) return undefined;
  return t.ok ? (rng.chance(0.7) ? 'frictionless' : 'challenge_passed') : 'challenge_failed';
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const method: Method = t.entry === 'wallet' ? (rng.chance(0.8) ? 'apple_pay' : 'google_pay') : 'card';
  const threeDS = secure(rng, t, amount);
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match, t.entry),
    cvc: cvc(t.entry, t.decline !== 'incorrect_cvc'),
    threeDS,
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(3_000, 25_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  signedIn: boolean;
  match?: Match;
  /** Share of each method (defaults below). */
  prefers?: Partial<Record<Method, number>>;
}

/**
 * How an honest customer pays at checkout: card (typed, or saved when signed in), Apple/Google Pay, PayPal,
 * Affirm or Afterpay over $100, a gift card now and then. A decline is retried the way people do: the right
 * code, another card, or PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number): Attempt[] {
  const over100 = amount >= 10_000;
  const method = rng.weightedPick<Method>([
    ['card', payer.prefers?.card ?? 58],
    ['apple_pay', payer.prefers?.apple_pay ?? 14],
    ['google_pay', payer.prefers?.google_pay ?? 4],
    ['paypal', payer.prefers?.paypal ?? 15],
    ['affirm', over100 ? (payer.prefers?.affirm ?? 3) : 0],
    ['afterpay', over100 ? (payer.prefers?.afterpay ?? 3) : 0],
    ['gift_card', payer.prefers?.gift_card ?? 1.5],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(amount > 25_000 ? 0.07 : 0.04);
  if (method !== 'card' && method !== 'apple_pay' && method !== 'google_pay') {
    if (!declined) return [other(method, true, first)];
    const why: Decline =
      method === 'affirm' || method === 'afterpay' ? 'card_declined' : 'insufficient_funds';
    return [
      other(method, false, first, why),
      other(rng.chance(0.6) ? 'card' : 'paypal', true, retryGap(rng)),
    ].map((a) =>
      a.method === 'card'
        ? cardAttempt(rng, rng.pick(payer.cards), amount, {
            entry: 'typed',
            match: payer.match ?? 'good',
            ok: true,
            afterMs: a.afterMs,
          })
        : a,
    );
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.65) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = rng.weightedPick<Decline>([
    ['insufficient_funds', 35],
    ['do_not_honor', 20],
    ['incorrect_cvc', entry === 'typed' ? 18 : 0],
    ['expired_card', entry === 'saved' ? 20 : 6],
    ['incorrect_zip', entry === 'typed' ? 8 : 0],
    ['processing_error', 4],
  ]);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'incorrect_zip' || why === 'processing_error') {
    out.push(cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** An autoship charge: the saved card, off-session, no card code; an expired or emptied card fails. */
export function autoshipPay(rng: Rng, card: HeldCard, amount: number): Attempt[] {
  const ok = !rng.chance(0.035);
  const a = cardAttempt(rng, card, amount, {
    entry: 'offsession',
    match: 'good',
    ok,
    afterMs: rng.int(1_000, 4_000),
    ...(ok ? {} : { decline: rng.pick<Decline>(['expired_card', 'insufficient_funds', 'do_not_honor']) }),
  });
  // The store retries a failed renewal the next morning.
  if (ok || rng.chance(0.4)) return [a];
  return [a, cardAttempt(rng, card, amount, { entry: 'offsession', match: 'good', ok: true, afterMs: DAY })];
}

// --- basket ----------------------------------------------------------------------------------------------

export interface BasketTerms {
  /** Sales tax on everything but prescriptions. */
  taxRate: number;
  fulfilment: Fulfilment;
  abroad?: boolean;
  /** Autoship: 5 % off; first autoship: 35 % off, at most $20. */
  autoship?: 'renewal' | 'first';
  code?: { code: string; off: number };
}

export function basketOf(lines: Line[], t: BasketTerms): Basket {
  const sub = subtotal(lines);
  let discount = 0;
  let discountCode: string | undefined;
  if (t.autoship === 'first') {
    discount = Math.min(2_000, Math.round(sub * 0.35));
    discountCode = 'AUTOSHIP35';
  } else if (t.autoship === 'renewal') {
    discount = Math.round(sub * 0.05);
    discountCode = 'AUTOSHIP5';
  } else if (t.code) {
    discount = Math.min(sub - 100, t.code.off);
    discountCode = t.code.code;
  }
  const after = sub - discount;
  const shippingFee = t.abroad
    ? 1_995
    : t.fulfilment === 'pickup'
      ? 0
      : t.fulfilment === 'same_day'
        ? after >= 9_900
          ? 0
          : 995
        : after >= 4_900
          ? 0
          : 495;
  const taxable = lines.filter((l) => !isRx(l.category)).reduce((s, l) => s + l.price * l.quantity, 0);
  const tax = Math.round(Math.max(0, taxable - discount) * t.taxRate);
  return {
    lines,
    currency: 'USD',
    subtotal: sub,
    ...(discountCode ? { discountCode } : {}),
    discount,
    shippingFee,
    tax,
    amount: after + shippingFee + tax,
  };
}

// --- after checkout --------------------------------------------------------------------------------------

/** A prescription waits for the vet: approved within a day or so, sometimes declined (then refunded). */
export function vetReview(rng: Rng, declineShare: number): { later: LaterEvent[]; approvedAt?: number } {
  const pending: LaterEvent = {
    type: 'order.updated',
    afterMs: rng.int(1, 4) * MINUTE,
    status: 'vet_authorization_pending',
  };
  const at = rng.chance(0.25) ? rng.int(25, 52) * HOUR : rng.int(2, 24) * HOUR;
  if (rng.chance(declineShare))
    return {
      later: [
        pending,
        { type: 'order.updated', afterMs: at, status: 'vet_declined' },
        { type: 'order.cancelled', afterMs: at + rng.int(5, 60) * MINUTE, reason: 'vet_declined' },
        { type: 'refund.created', afterMs: at + rng.int(61, 120) * MINUTE, reason: 'vet_declined' },
      ],
    };
  return { later: [pending, { type: 'order.updated', afterMs: at, status: 'vet_approved' }], approvedAt: at };
}

/** Shipped and delivered (or same-day, or picked up), from `from` ms after the order. */
export function fulfil(rng: Rng, f: Fulfilment, from: number, abroad = false): LaterEvent[] {
  if (f === 'pickup') {
    const ready = from + rng.int(2, 26) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(2, 72) * HOUR, status: 'collected' },
    ];
  }
  if (f === 'same_day') {
    const out = from + rng.int(1, 4) * HOUR;
    return [
      { type: 'order.updated', afterMs: out, status: 'out_for_delivery' },
      { type: 'order.updated', afterMs: out + rng.int(1, 5) * HOUR, status: 'delivered' },
    ];
  }
  const ship = from + rng.int(6, 40) * HOUR;
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    {
      type: 'order.updated',
      afterMs: ship + rng.int(abroad ? 96 : 30, abroad ? 240 : 110) * HOUR,
      status: 'delivered',
    },
  ];
}

/** What happens to an honest paid order: fulfilment, and now and then a torn bag, a return or a lost parcel. */
export function honestAfter(
  rng: Rng,
  p: { f: Fulfilment; amount: number; rx: boolean; abroad?: boolean },
): LaterEvent[] {
  let from = 0;
  const out: LaterEvent[] = [];
  if (p.rx) {
    const review = vetReview(rng, 0.06);
    out.push(...review.later);
    if (review.approvedAt === undefined) return out;
    from = review.approvedAt;
  }
  if (rng.chance(0.01)) {
    const at = from + rng.int(1, 5) * HOUR;
    return [
      ...out,
      { type: 'order.cancelled', afterMs: at, reason: 'customer_request' },
      { type: 'refund.created', afterMs: at + rng.int(5, 60) * MINUTE, reason: 'requested_by_customer' },
    ];
  }
  out.push(...fulfil(rng, p.f, from, p.abroad));
  const delivered = out[out.length - 1]?.afterMs ?? from;
  const r = rng.next();
  if (r < 0.02)
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(1, 6) * DAY,
      reason: 'damaged_item',
      amount: Math.min(p.amount, rng.int(15, 60) * 100),
    });
  else if (r < 0.03)
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(3, 12) * DAY,
      reason: 'returned',
      amount: Math.round(p.amount * rng.float(0.3, 1)),
    });
  else if (r < 0.0325)
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(10, 40) * DAY,
      reason: rng.pick(['duplicate', 'product_not_received', 'subscription_canceled']),
    });
  return out;
}
