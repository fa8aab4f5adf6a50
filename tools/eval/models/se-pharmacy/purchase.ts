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
import { type Basket, basketOf, type Delivery, inKronor, PICKUP } from './basket.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestCardDecline,
  type Match,
  newCard,
  secure,
  type ThreeDS,
} from './cards.js';
import { type Cart, MEDICINE } from './catalogue.js';
import { type Market, type PickupPoint } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'swish'
  | 'klarna_invoice'
  | 'klarna_installments'
  | 'trustly'
  | 'gift_card';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`shipped`, `ready_for_pickup`, `delivered`, `collected`, `sent`). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  market: Market;
  shipping?: Address;
  delivery: Delivery;
  pickupPoint?: PickupPoint;
  /** The name on the parcel when it is not the buyer's (a parent, a gift). */
  recipient?: string;
  /** An e-mailed gift card's recipient. */
  recipientEmail?: string;
  giftNote?: string;
  company?: { name: string; orgNumber: string };
  ip: string;
  device: Device;
  locale: string;
  channel: 'web' | 'app';
  /** The mobile number the carrier texts the locker code or delivery window to. */
  phone: string;
  /** Logged in with BankID at checkout (prescriptions, power of attorney). */
  bankId: boolean;
}

export const CARD_METHODS: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay']);

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The 3-D Secure result when the planner knows better (a phished code, an exemption). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, kronor: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.8) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card, kronor, authFailed),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** Seconds from checkout to the first answer: the Swish app, BankID, Klarna's form, the bank's login. */
export function firstAuth(rng: Rng, method: Method): number {
  switch (method) {
    case 'swish':
      return rng.int(12_000, 90_000);
    case 'trustly':
      return rng.int(30_000, 180_000);
    case 'klarna_invoice':
    case 'klarna_installments':
      return rng.int(8_000, 60_000);
    case 'gift_card':
      return rng.int(2_000, 12_000);
    default:
      return rng.int(6_000, 70_000);
  }
}

export const retryGap = (rng: Rng): number => rng.int(20_000, 5 * MINUTE);

export interface Payer {
  market: Market;
  /** Where the payer is registered: Swish, Klarna and Trustly need a resident of the site's country. */
  country: string;
  cards: HeldCard[];
  signedIn: boolean;
  /** Christmas gift cards being spent in January. */
  giftCard?: boolean;
}

function methodWeights(p: Payer, kronor: number): Array<[Method, number]> {
  const local = p.country === p.market;
  const big = kronor > 1000;
  switch (p.market) {
    case 'SE':
      return [
        ['swish', local ? 30 : 0],
        ['card', 26],
        ['apple_pay', 11],
        ['google_pay', 3],
        ['klarna_invoice', local ? 19 : 0],
        ['klarna_installments', local ? (big ? 8 : 0.5) : 0],
        ['trustly', local ? 3 : 0],
        ['gift_card', p.giftCard ? 10 : 0],
      ];
    case 'FI':
      return [
        ['card', 34],
        ['apple_pay', 10],
        ['google_pay', 5],
        ['trustly', local ? 26 : 0],
        ['klarna_invoice', local ? 18 : 0],
        ['klarna_installments', local ? (big ? 6 : 0.5) : 0],
      ];
    case 'NO':
      return [
        ['card', 50],
        ['apple_pay', 18],
        ['google_pay', 6],
        ['klarna_invoice', local ? 20 : 0],
        ['klarna_installments', local && big ? 5 : 0],
      ];
    default:
      return [
        ['card', 60],
        ['apple_pay', 22],
        ['google_pay', 6],
        ['klarna_invoice', local ? 10 : 0],
      ];
  }
}

/**
 * How an honest customer pays, and how they recover from a decline the way people do: the BankID prompt
 * answered this time, Swish opened again, Klarna when the card is short of money, another card; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, basket: Basket, declineShare = 0.05): Attempt[] {
  const kronor = inKronor(basket.amount, basket.currency);
  const method = rng.weightedPick(methodWeights(payer, kronor));
  const first = firstAuth(rng, method);
  const declined = rng.chance(declineShare);
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay' || method === 'google_pay'
      ? 'wallet'
      : payer.signedIn && rng.chance(0.55)
        ? 'saved'
        : 'typed';
  const local = payer.country === payer.market;
  const fallback = (): Attempt => {
    if (payer.market === 'SE' && local && rng.chance(0.5)) return other('swish', true, retryGap(rng));
    if (local && rng.chance(0.4)) return other('klarna_invoice', true, retryGap(rng));
    const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
    return cardAttempt(rng, next, kronor, { ok: true, afterMs: retryGap(rng) });
  };
  if (CARD_METHODS.has(method)) {
    if (!declined) return [cardAttempt(rng, card, kronor, { entry, ok: true, afterMs: first })];
    const why = honestCardDecline(rng);
    const out = [cardAttempt(rng, card, kronor, { entry, ok: false, decline: why, afterMs: first })];
    if (rng.chance(0.1)) return out;
    if (why === 'authentication_failed' || why === 'incorrect_cvc')
      out.push(cardAttempt(rng, card, kronor, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    else out.push(fallback());
    return out;
  }
  const why: Decline =
    method === 'swish'
      ? rng.chance(0.7)
        ? 'swish_timeout'
        : 'swish_declined'
      : method === 'trustly'
        ? 'bank_login_aborted'
        : method === 'gift_card'
          ? 'gift_card_invalid'
          : 'klarna_rejected';
  // Klarna turns down more people than a card does (young, new to credit, a payment remark).
  const fails = rng.chance(
    method === 'klarna_invoice' || method === 'klarna_installments' ? declineShare * 1.8 : declineShare,
  );
  if (!fails) return [other(method, true, first)];
  const out = [other(method, false, first, why)];
  if (rng.chance(0.1)) return out;
  if (why === 'swish_timeout' || why === 'bank_login_aborted' || why === 'gift_card_invalid')
    out.push(other(method, true, retryGap(rng)));
  else out.push(cardAttempt(rng, card, kronor, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** Hours from dispatch to the door, the locker or the shop shelf. */
function transit(rng: Rng, d: Delivery, market: Market): number {
  const far = market !== 'SE';
  switch (d) {
    case 'instabox':
      return rng.int(4, 22) * HOUR;
    case 'budbee_box':
      return rng.int(8, 30) * HOUR;
    case 'budbee_home_evening':
      return rng.int(20, far ? 56 : 32) * HOUR;
    case 'postnord_service_point':
      return rng.int(far ? 40 : 20, far ? 110 : 60) * HOUR;
    case 'postnord_home':
      return rng.int(far ? 48 : 24, far ? 120 : 80) * HOUR;
    default:
      return rng.int(20, 72) * HOUR;
  }
}

/** Dispatched, then delivered or ready for pickup and collected: the fulfilment updates of a paid order. */
export function fulfilment(
  rng: Rng,
  d: Delivery,
  market: Market,
  dispatch: number,
  collects = true,
): LaterEvent[] {
  if (d === 'email') return [{ type: 'order.updated', afterMs: rng.int(1, 6) * MINUTE, status: 'sent' }];
  const arrived = dispatch + transit(rng, d, market);
  const out: LaterEvent[] = [{ type: 'order.updated', afterMs: dispatch, status: 'shipped' }];
  if (!PICKUP.has(d)) return [...out, { type: 'order.updated', afterMs: arrived, status: 'delivered' }];
  out.push({ type: 'order.updated', afterMs: arrived, status: 'ready_for_pickup' });
  if (collects)
    out.push({ type: 'order.updated', afterMs: arrived + rng.int(1, 48) * HOUR, status: 'collected' });
  return out;
}

/** When the warehouse sends it: within the day, prescriptions after the pharmacist's check. */
export const dispatchAfter = (rng: Rng, rx: boolean): number =>
  (rng.int(2, 24) + (rx ? rng.int(2, 10) : 0)) * HOUR;

/**
 * What happens to an honest paid order: fulfilment, now and then a cancellation before dispatch, a line out
 * of stock refunded, a prescription the pharmacist could not dispense, a return (never of medicines), a
 * damaged parcel, very rarely a parcel that went missing and a dispute.
 */
export function honestAfter(
  rng: Rng,
  p: { delivery: Delivery; market: Market; basket: Basket },
): LaterEvent[] {
  const { basket: b, delivery } = p;
  const rx = b.lines.filter((l) => l.category === 'prescription');
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(10, 120) * MINUTE, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(3, 5) * HOUR, reason: 'requested_by_customer' },
    ];
  const dispatch = dispatchAfter(rng, rx.length > 0);
  const out = fulfilment(rng, delivery, p.market, dispatch);
  if (delivery === 'email') return out;
  const goods = b.lines.filter((l) => !MEDICINE.has(l.category) && l.category !== 'gift_card');
  if (rx.length > 0 && rng.chance(0.03))
    out.push({
      type: 'refund.created',
      afterMs: dispatch - HOUR,
      reason: 'prescription_not_dispensed',
      amount: rx.reduce((s, l) => s + l.price * l.quantity, 0),
    });
  else if (rng.chance(0.025)) {
    const l = rng.pick(b.lines);
    out.push({
      type: 'refund.created',
      afterMs: dispatch,
      reason: 'out_of_stock',
      amount: l.price * l.quantity,
    });
  }
  const delivered = Math.max(...out.map((l) => l.afterMs));
  if (goods.length > 0 && rng.chance(0.012)) {
    const l = rng.pick(goods);
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(4, 12) * DAY,
      reason: 'returned',
      amount: l.price,
    });
  } else if (rng.chance(0.005))
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(1, 4) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(b.amount, rng.pick(b.lines).price),
    });
  else if (rng.chance(0.0012))
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(20, 40) * DAY,
      reason: 'product_not_received',
    });
  return out;
}

/** Everything a planner decides before the money: who, where, what, how it is delivered. */
export interface Draft {
  at: number;
  kind: string;
  fraud: boolean;
  market: Market;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  delivery: Delivery;
  pickupPoint?: PickupPoint;
  recipient?: string;
  recipientEmail?: string;
  giftNote?: string;
  company?: { name: string; orgNumber: string };
  cart: Cart;
  code?: string;
  ip: string;
  device: Device;
  locale: string;
  phone: string;
  bankId?: boolean;
}

/** A planned purchase from a draft: its basket priced, its attempts and later events drawn by the planner. */
export function purchaseOf(
  d: Draft,
  pay: (b: Basket) => Attempt[],
  after: (b: Basket, attempts: Attempt[]) => LaterEvent[],
): Purchase {
  const { cart, code, ...rest } = d;
  const basket = basketOf(cart, d.delivery, code);
  const attempts = pay(basket);
  const later = attempts.some((a) => a.ok) ? after(basket, attempts) : [];
  return {
    ...rest,
    basket,
    attempts,
    later,
    channel: d.device.id?.startsWith('app-') ? 'app' : 'web',
    bankId: d.bankId ?? false,
  };
}
