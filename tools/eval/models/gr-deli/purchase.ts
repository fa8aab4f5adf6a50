import { type CanonicalEvent } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  type Card,
  cardPaymentAttempt,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { shownCard } from '../kit/timeline.js';
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
import { type Basket, type Fulfilment, sku } from './catalogue.js';
import { type Zone } from './places.js';

/**
 * One planned purchase before events.ts renders it, how people pay (cards under 3-D Secure through a European
 * acquirer, PayPal, IRIS instant payments from Greek banks, bank transfer against a pro-forma, cash on delivery
 * inside Greece) and what happens to an honest order afterwards.
 */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'paypal' | 'iris' | 'bank_transfer' | 'cod';
export type ThreeDS =
  | 'frictionless'
  | 'challenge_passed'
  | 'challenge_failed'
  | 'exempt_low_value'
  | 'exempt_tra'
  | 'attempted'
  | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card>;

/** A later step: fulfilment updates carry a `status`; a cash-on-delivery settlement is a `payment.*` step. */
export interface Step {
  type: CanonicalEvent['type'];
  afterMs: number;
  reason?: string;
  amount?: number;
  status?: string;
  shipping?: Address;
}

export interface Invoice {
  company: string;
  vatId: string;
  taxOffice?: string;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, Step> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  zone: Zone;
  ip: string;
  device: Device;
  locale: string;
  /** The method chosen at checkout. */
  method: Method;
  giftNote?: string;
  /** A Greek τιμολόγιο (VAT invoice) instead of a receipt, or a trade buyer's invoice. */
  invoice?: Invoice;
  recipients?: number;
}

/** Cards whose issuers must apply strong customer authentication (PSD2 and the UK's rules). */
const SCA = new Set(['GR', 'CY', 'DE', 'NL', 'BE', 'FR', 'IT', 'AT', 'SE', 'ES', 'IE', 'GB']);

/** 3-D Secure as the acquirer reports it for an honest card payment. */
export function secure(
  rng: Rng,
  card: Card,
  ok: boolean,
  amount: number,
  entry: Entry,
  decline?: Decline,
): ThreeDS {
  if (decline === 'authentication_failed') return 'challenge_failed';
  if (SCA.has(card.country)) {
    if (amount < 3000 && rng.chance(0.6)) return 'exempt_low_value';
    if (entry === 'saved' && rng.chance(0.5)) return 'exempt_tra';
    return rng.chance(amount > 25_000 ? 0.8 : 0.55) ? 'challenge_passed' : 'frictionless';
  }
  if (!ok && rng.chance(0.2)) return 'attempted';
  return rng.weightedPick<ThreeDS>([
    ['frictionless', 60],
    ['attempted', 15],
    ['not_enrolled', 13],
    ['challenge_passed', 12],
  ]);
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The planner's own 3-D Secure result (a fraudster's phished OTP, a failed challenge). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  return cardPaymentAttempt({
    method: 'card' as const,
    card: shownCard(card),
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card, t.ok, amount, entry, t.decline),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstTry = (rng: Rng): number => rng.int(20_000, 150_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  match?: Match;
}

/** The method an honest buyer chooses, by where they are and what they buy. */
export function chooseMethod(
  rng: Rng,
  zone: Zone,
  amount: number,
  weights?: ReadonlyArray<readonly [Method, number]>,
): Method {
  if (weights) return rng.weightedPick(weights);
  if (zone === 'domestic')
    return rng.weightedPick<Method>([
      ['card', 52],
      ['cod', amount > 30_000 ? 8 : 22],
      ['iris', 11],
      ['paypal', 10],
      ['bank_transfer', amount > 20_000 ? 12 : 2],
    ]);
  if (zone === 'cyprus')
    return rng.weightedPick<Method>([
      ['card', 70],
      ['paypal', 25],
      ['bank_transfer', 5],
    ]);
  return rng.weightedPick<Method>([
    ['card', 66],
    ['paypal', 34],
  ]);
}

/** What paying looked like: the attempts, and whether a pro-forma was left unpaid. */
export interface Paying {
  method: Method;
  attempts: Attempt[];
  /** A transfer that never came. */
  unpaid?: boolean;
}

/**
 * How an honest customer pays. Declines are retried the way people do: the OTP answered this time, the right
 * CVC, another card, PayPal or IRIS instead; a few give up. Transfers come hours or days later; cash on
 * delivery is paid to the courier.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  amount: number,
  method: Method,
  declineShare?: number,
): Paying {
  if (method === 'cod') return { method, attempts: [] };
  if (method === 'bank_transfer') {
    if (rng.chance(0.06)) return { method, attempts: [], unpaid: true };
    return { method, attempts: [other('bank_transfer', true, rng.int(3 * HOUR, 2 * DAY))] };
  }
  const first = firstTry(rng);
  const declined = rng.chance(declineShare ?? (amount > 20_000 ? 0.09 : 0.045));
  if (method === 'paypal' || method === 'iris') {
    if (!declined) return { method, attempts: [other(method, true, first)] };
    const why: Decline =
      method === 'iris' ? rng.pick(['payment_cancelled', 'bank_timeout'] as const) : 'do_not_honor';
    return { method, attempts: [other(method, false, first, why), other(method, true, retryGap(rng))] };
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = payer.signedIn && rng.chance(0.45) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined)
    return { method, attempts: [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })] };
  const why = honestDecline(rng, amount > 20_000);
  const attempts = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return { method, attempts };
  if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'expired_card') {
    attempts.push(
      cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }),
    );
    return { method, attempts };
  }
  if (rng.chance(0.3)) {
    attempts.push(other(payer.country === 'GR' && rng.chance(0.5) ? 'iris' : 'paypal', true, retryGap(rng)));
    return { method, attempts };
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  attempts.push(
    cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }),
  );
  return { method, attempts };
}

/** When the last attempt was made, from the order. */
export const triedFor = (attempts: readonly Attempt[]): number =>
  attempts.reduce((s, a) => s + Math.max(1000, a.afterMs), 0);

/** Whether any attempt went through. */
export const paidNow = (attempts: readonly Attempt[]): boolean => attempts.some((a) => a.ok);

/** The release of an order nothing was paid for: half an hour to an hour after the last try. */
export const released = (rng: Rng, attempts: readonly Attempt[], reason = 'payment_failed'): Step => ({
  type: 'order.cancelled',
  afterMs: triedFor(attempts) + rng.int(30, 60) * MINUTE,
  reason,
});

export interface Journey {
  fulfilment: Fulfilment;
  zone: Zone;
  /** When the goods may leave: after the money for prepaid orders (a transfer arrives later). */
  readyAfter: number;
  /** A far town or island: a day or two more. */
  remote?: boolean;
}

/** The fulfilment steps of a parcel that arrives; returns the steps and when it reached the buyer. */
export function delivery(rng: Rng, j: Journey): { steps: Step[]; at: number } {
  const from = j.readyAfter;
  const up = (status: string, afterMs: number): Step => ({ type: 'order.updated', afterMs, status });
  if (j.fulfilment === 'email') {
    const at = from + rng.int(1, 6) * MINUTE;
    return { steps: [up('fulfilled', at)], at };
  }
  if (j.fulfilment === 'shop_pickup') {
    const ready = from + rng.int(2, 20) * HOUR;
    const at = ready + rng.int(2, 60) * HOUR;
    return { steps: [up('ready_for_pickup', ready), up('collected', at)], at };
  }
  if (j.fulfilment === 'same_day_attica') {
    const out = from + rng.int(2, 14) * HOUR;
    const at = out + rng.int(1, 4) * HOUR;
    return { steps: [up('out_for_delivery', out), up('delivered', at)], at };
  }
  const ship = from + rng.int(8, 40) * HOUR;
  if (j.fulfilment === 'box_now') {
    const ready = ship + rng.int(16, j.remote ? 72 : 40) * HOUR;
    const at = ready + rng.int(1, 60) * HOUR;
    return { steps: [up('shipped', ship), up('ready_for_pickup', ready), up('collected', at)], at };
  }
  const transit: Readonly<Record<Zone, readonly [number, number]>> = {
    domestic: j.remote ? [30, 96] : [16, 48],
    cyprus: [60, 120],
    eu: [60, 144],
    uk: [72, 168],
    us: [96, 216],
    au: [144, 288],
  };
  const [lo, hi] = transit[j.zone];
  const at = ship + rng.int(lo, hi) * HOUR;
  return { steps: [up('shipped', ship), up('delivered', at)], at };
}

/** The price of the first glass item in the lines (what a broken bottle refund returns), else a share. */
export function breakage(basket: Basket): number {
  const glass = basket.lines.find((l) => sku(l.sku).glass);
  return glass ? glass.price : Math.round(basket.subtotal / 4);
}

/**
 * What happens to an honest order: released when nothing was paid, a transfer that never came cancelled after
 * a week; otherwise delivered (cash on delivery paid to the courier, now and then refused), with the odd
 * cancellation before dispatch, broken bottle, late Christmas parcel, lost parcel or mistaken dispute.
 */
export function honestAfter(rng: Rng, p: Paying, basket: Basket, j: Omit<Journey, 'readyAfter'>): Step[] {
  const tried = triedFor(p.attempts);
  if (p.unpaid)
    return [{ type: 'order.cancelled', afterMs: rng.int(5, 8) * DAY, reason: 'payment_not_received' }];
  if (p.method !== 'cod' && !paidNow(p.attempts)) return [released(rng, p.attempts)];
  if (rng.chance(0.01))
    return [{ type: 'order.cancelled', afterMs: tried + rng.int(1, 20) * HOUR, reason: 'customer_request' }];
  const cod = p.method === 'cod';
  if (cod && j.fulfilment !== 'shop_pickup' && rng.chance(0.035)) return codRefused(rng, j, 'not_home');
  const { steps, at } = delivery(rng, { ...j, readyAfter: tried });
  if (cod) steps.push({ type: 'payment.succeeded', afterMs: at + rng.int(1, 10) * MINUTE });
  if (basket.lines.some((l) => sku(l.sku).glass) && j.fulfilment !== 'shop_pickup' && rng.chance(0.02))
    steps.push({
      type: 'refund.created',
      afterMs: at + rng.int(4, 72) * HOUR,
      reason: 'damaged_in_transit',
      amount: breakage(basket),
    });
  else if (rng.chance(0.003) && (p.method === 'card' || p.method === 'paypal'))
    steps.push({
      type: 'dispute.created',
      afterMs: at + rng.int(20, 50) * DAY,
      reason: 'product_not_received',
    });
  else if (rng.chance(0.001) && p.method === 'card')
    steps.push({ type: 'dispute.created', afterMs: rng.int(10, 40) * DAY, reason: 'duplicate' });
  else if (rng.chance(0.0015) && p.method === 'card')
    steps.push({ type: 'fraud_warning.created', afterMs: rng.int(5, 30) * DAY, reason: 'misc' });
  return steps;
}

/** A cash-on-delivery parcel the buyer does not take: back to the shop, the order cancelled. */
export function codRefused(rng: Rng, j: Omit<Journey, 'readyAfter'>, why: string): Step[] {
  const ship = rng.int(8, 40) * HOUR;
  const tried = ship + rng.int(20, 60) * HOUR;
  const back = tried + rng.int(3, 8) * DAY;
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    {
      type: 'order.updated',
      afterMs: tried,
      status: j.fulfilment === 'box_now' ? 'not_collected' : 'delivery_refused',
      reason: why,
    },
    { type: 'order.updated', afterMs: back, status: 'returned_to_sender' },
    { type: 'order.cancelled', afterMs: back + rng.int(1, 6) * HOUR, reason: 'cod_refused' },
  ];
}
