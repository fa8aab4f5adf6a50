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
} from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Channel } from './people.js';
import { type Market } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'paynow'
  | 'grabpay'
  | 'atome'
  | 'paypal'
  | 'bank_transfer'
  | 'gcash'
  | 'promptpay';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'not_enrolled' | 'exempt';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`shipped`, `delivered`, `ready_for_collection`, `collected`, `code_sent`). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  market: Market;
  ip: string;
  device: Device;
  channel: Channel;
  company?: { name: string; uen: string };
  giftMessage?: string;
  /** Which sale week (0: 11.11, 1: 12.12). */
  week: number;
}

/** Cards go through 3-D Secure: Singapore and regional issuers challenge with an OTP or in-app approval. */
export function secure(
  rng: Rng,
  card: HeldCard,
  ok: boolean,
  amount: number,
  entry: Entry,
): ThreeDS | undefined {
  if (entry === 'wallet') return undefined;
  if (!ok) return 'challenge_failed';
  if (entry === 'saved' && amount < 10_000 && rng.chance(0.4)) return 'exempt';
  if (card.country === 'US' || card.country === 'CA')
    return rng.weightedPick<ThreeDS>([
      ['frictionless', 60],
      ['challenge_passed', 25],
      ['not_enrolled', 15],
    ]);
  if (['SG', 'MY', 'AU', 'HK'].includes(card.country))
    return rng.chance(0.8) ? 'challenge_passed' : 'frictionless';
  return rng.weightedPick<ThreeDS>([
    ['challenge_passed', 50],
    ['frictionless', 35],
    ['not_enrolled', 15],
  ]);
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The planner's own 3-D Secure outcome (a phished OTP, a frictionless pass on a stolen card). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.78) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS = t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, true, amount, entry));
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(entry === 'wallet' ? {} : threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(6_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  market: Market;
  cards: HeldCard[];
  signedIn: boolean;
  match?: Match;
  /** A company paying: corporate cards and bank transfers. */
  company?: boolean;
}

function methodWeights(m: Market, sg: number, company: boolean): ReadonlyArray<readonly [Method, number]> {
  const big = sg >= 30_000;
  if (company)
    return [
      ['card', 55],
      ['bank_transfer', sg >= 100_000 ? 45 : 15],
      ['paynow', 10],
    ];
  const bnpl = big ? 14 : 3;
  switch (m) {
    case 'SG':
      return [
        ['card', 36],
        ['apple_pay', 15],
        ['google_pay', 4],
        ['paynow', 18],
        ['grabpay', 7],
        ['atome', bnpl],
        ['paypal', 5],
      ];
    case 'MY':
      return [
        ['card', 50],
        ['apple_pay', 10],
        ['google_pay', 6],
        ['grabpay', 12],
        ['atome', bnpl],
        ['paypal', 12],
      ];
    case 'PH':
      return [
        ['card', 40],
        ['gcash', 30],
        ['paypal', 18],
        ['atome', bnpl / 2],
        ['apple_pay', 5],
      ];
    case 'ID':
      return [
        ['card', 55],
        ['paypal', 20],
        ['bank_transfer', 15],
        ['atome', bnpl / 2],
      ];
    case 'TH':
      return [
        ['card', 45],
        ['promptpay', 30],
        ['paypal', 15],
        ['apple_pay', 10],
      ];
    case 'VN':
      return [
        ['card', 60],
        ['paypal', 30],
        ['apple_pay', 10],
      ];
    case 'AU':
      return [
        ['card', 50],
        ['apple_pay', 22],
        ['paypal', 20],
        ['google_pay', 6],
      ];
  }
}

/** Where a method is available: the QR and wallet methods each belong to a market. */
export function methodFits(method: Method, m: Market): boolean {
  if (method === 'paynow') return m === 'SG';
  if (method === 'gcash') return m === 'PH';
  if (method === 'promptpay') return m === 'TH';
  if (method === 'grabpay') return m === 'SG' || m === 'MY';
  return true;
}

/** A QR or transfer method's confirmation lag: scanning in a banking app, or a transfer hours later. */
function lagOf(rng: Rng, method: Method): number {
  if (method === 'bank_transfer') return rng.int(2 * HOUR, 2 * DAY);
  if (method === 'paynow' || method === 'promptpay' || method === 'gcash') return rng.int(30_000, 4 * MINUTE);
  return firstAuth(rng);
}

/**
 * How an honest customer pays, by market and basket: cards under 3-D Secure, wallets, PayNow and the other QR
 * methods, GrabPay, Atome for the big items, PayPal, transfers for companies. Failures are retried the way people
 * do: the OTP answered this time, the right card code, another card, or PayNow; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, basket: Basket, declineShare?: number): Attempt[] {
  const amount = basket.amount;
  const big = basket.sg >= 100_000;
  // The payer's habits, limited to what the site they buy on takes (PayNow only in Singapore dollars, …).
  const weights = methodWeights(payer.market, basket.sg, payer.company ?? false).filter(([m]) =>
    methodFits(m, basket.market),
  );
  const method = rng.weightedPick(weights.length > 0 ? weights : [['card', 1] as const]);
  const first = lagOf(rng, method);
  const declined = rng.chance(declineShare ?? (big ? 0.09 : 0.05));
  if (method === 'bank_transfer') return [other('bank_transfer', true, first)];
  if (method !== 'card' && method !== 'apple_pay' && method !== 'google_pay') {
    if (!declined) return [other(method, true, first)];
    const why: Decline =
      method === 'atome' ? 'provider_declined' : method === 'paypal' ? 'do_not_honor' : 'payment_timeout';
    const out = [other(method, false, first, why)];
    if (rng.chance(0.08)) return out;
    if (why === 'payment_timeout' && rng.chance(0.7)) {
      out.push(other(method, true, lagOf(rng, method)));
      return out;
    }
    const card = payer.cards[0] ?? newCard(rng, payer.market);
    out.push(
      cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng), match: payer.match ?? 'good' }),
    );
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = entry === 'wallet' && rng.chance(0.7) ? 'insufficient_funds' : honestDecline(rng, big);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'incorrect_number') {
    if (why === 'authentication_failed' && rng.chance(0.25))
      out.push(cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: retryGap(rng) }));
    out.push(cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (basket.market === 'SG' && rng.chance(0.35)) {
    out.push(other('paynow', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** How long the warehouse takes in a sale week: a day or two, more after the sale day's rush. */
const dispatch = (rng: Rng): number => rng.int(14, 70) * HOUR;

/** Fulfilment steps of a paid order, without refunds or disputes. */
export function fulfilmentSteps(rng: Rng, f: Fulfilment): LaterEvent[] {
  if (f === 'e_code')
    return [{ type: 'order.updated', afterMs: rng.int(1, 12) * MINUTE, status: 'code_sent' }];
  if (f === 'self_collect') {
    const ready = rng.int(3, 30) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
      { type: 'order.updated', afterMs: ready + rng.int(1, 72) * HOUR, status: 'collected' },
    ];
  }
  if (f === 'same_day') {
    const out = rng.int(1, 3) * HOUR + rng.int(0, 59) * MINUTE;
    return [
      { type: 'order.updated', afterMs: out, status: 'shipped' },
      { type: 'order.updated', afterMs: out + rng.int(2, 6) * HOUR, status: 'delivered' },
    ];
  }
  const ship = dispatch(rng);
  if (f === 'locker') {
    const ready = ship + rng.int(20, 48) * HOUR;
    return [
      { type: 'order.updated', afterMs: ship, status: 'shipped' },
      { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
      { type: 'order.updated', afterMs: ready + rng.int(1, 60) * HOUR, status: 'collected' },
    ];
  }
  const transit = f === 'international' ? rng.int(3, 9) * DAY : rng.int(20, 72) * HOUR;
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + transit, status: 'delivered' },
  ];
}

/**
 * What happens to an honest order once paid: fulfilment, and now and then a flash-sale oversell the store cancels,
 * a change of mind before dispatch, a defective unit returned, a price adjustment, or a dispute.
 */
export function honestAfter(rng: Rng, f: Fulfilment, amount: number): LaterEvent[] {
  if (f !== 'e_code' && rng.chance(0.014))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 30) * HOUR, reason: 'out_of_stock' },
      { type: 'refund.created', afterMs: rng.int(31, 36) * HOUR, reason: 'out_of_stock' },
    ];
  if (f !== 'e_code' && rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 12) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(13, 20) * HOUR, reason: 'requested_by_customer' },
    ];
  const steps = fulfilmentSteps(rng, f);
  const done = steps[steps.length - 1]?.afterMs ?? 0;
  if (f !== 'e_code' && rng.chance(0.012))
    steps.push({ type: 'refund.created', afterMs: done + rng.int(2, 7) * DAY, reason: 'defective' });
  else if (rng.chance(0.008))
    steps.push({
      type: 'refund.created',
      afterMs: done + rng.int(1, 10) * DAY,
      reason: 'price_adjustment',
      amount: Math.max(1, Math.round(amount * rng.float(0.03, 0.1))),
    });
  else if (rng.chance(0.0015))
    steps.push({
      type: 'dispute.created',
      afterMs: done + rng.int(10, 40) * DAY,
      reason: 'product_not_received',
    });
  return steps;
}

/** Methods a payer can charge back (cards and wallets, PayPal, Atome's provider); warnings come from card schemes. */
const DISPUTABLE: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay', 'paypal', 'atome']);
const CARDS: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay']);

/** The later steps a paid method allows: no dispute after PayNow or a transfer, no scheme warning without a card. */
export function chargeable(attempts: readonly Attempt[], later: LaterEvent[]): LaterEvent[] {
  const paidBy = attempts.find((a) => a.ok)?.method;
  if (!paidBy) return later;
  return later.filter(
    (l) =>
      (l.type !== 'dispute.created' || DISPUTABLE.has(paidBy)) &&
      (l.type !== 'fraud_warning.created' || CARDS.has(paidBy)),
  );
}
