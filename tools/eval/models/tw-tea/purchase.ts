import { type CanonicalEventType } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import { deliveredAt, dispatchAt } from './calendar.js';
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
import { type Basket, type Fulfilment } from './catalogue.js';
import { type PickupStore } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens to the parcel. */

export { DAY, HOUR, MINUTE };

export type Method =
  'card' | 'line_pay' | 'jko_pay' | 'atm_transfer' | 'cod_pickup' | 'bank_transfer' | 'paypal' | 'alipay_hk';

/** Methods whose money arrives after checkout: a virtual-account transfer, cash at the counter, a wire. */
export type Deferred = 'atm_transfer' | 'cod_pickup' | 'bank_transfer';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates; `method` says how a later `payment.succeeded` settled the order. */
export interface LaterEvent extends Step {
  type: CanonicalEventType;
  status?: string;
  method?: Deferred;
  shipping?: Address;
}

/** Taiwan's e-invoice: to the member's carrier, a phone barcode, donated to a charity, or to a company's tax ID. */
export interface Invoice {
  type: 'member_carrier' | 'mobile_barcode' | 'donation' | 'b2b';
  carrier?: string;
  donationCode?: string;
  taxId?: string;
  title?: string;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  /** Who the parcel is addressed to, when not the buyer. */
  recipient?: string;
  fulfilment: Fulfilment;
  pickup?: PickupStore;
  ip: string;
  device: Device;
  locale: string;
  invoice?: Invoice;
  giftNote?: string;
  /** Where a class voucher is e-mailed, when it is a gift. */
  voucherTo?: string;
  /** The method chosen at checkout when nothing is charged then. */
  deferred?: Deferred;
}

export interface PayPlan {
  attempts: Attempt[];
  deferred?: Deferred;
  /** For a deferred method: when the money arrives after the order, or never. */
  settleIn?: number;
  expires?: boolean;
}

export const firstAuth = (rng: Rng): number => rng.int(25_000, 150_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 5 * MINUTE);

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows better: a relayed one-time password, a silent approval. */
  threeDS?: ThreeDS;
  /** The New Taiwan dollar checkout goes through the Taiwanese gateway. */
  domestic: boolean;
}

export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS = t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, true));
  return {
    method: 'card',
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good', t.domestic),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS,
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** When the last attempt was made. */
export const attemptsEnd = (at: number, attempts: readonly Attempt[]): number =>
  attempts.reduce((t, a) => t + Math.max(1000, Math.floor(a.afterMs)), at);

export const paidNow = (attempts: readonly Attempt[]): boolean => attempts.some((a) => a.ok);

/** A card payment that may fail the honest ways and is retried the way people do. */
function honestCard(
  rng: Rng,
  cards: readonly HeldCard[],
  entry: Entry,
  amount: number,
  domestic: boolean,
): PayPlan {
  const big = domestic ? amount > 1_500_000 : amount > 30_000;
  const card = rng.pick(cards);
  const first = firstAuth(rng);
  if (!rng.chance(big ? 0.09 : 0.05))
    return { attempts: [cardAttempt(rng, card, { entry, ok: true, afterMs: first, domestic })] };
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, { entry, ok: false, decline: why, afterMs: first, domestic })];
  if (rng.chance(0.08)) return { attempts: out };
  if (why === 'authentication_failed' || why === 'incorrect_cvc') {
    out.push(cardAttempt(rng, card, { entry: 'typed', ok: true, afterMs: retryGap(rng), domestic }));
    return { attempts: out };
  }
  if (domestic && rng.chance(0.35))
    return { attempts: out, deferred: 'atm_transfer', settleIn: rng.int(1, 30) * HOUR };
  const next = cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, { entry: 'typed', ok: true, afterMs: retryGap(rng), domestic }));
  return { attempts: out };
}

export interface HomePayer {
  cards: readonly HeldCard[];
  wallet?: 'line_pay' | 'jko_pay';
  signedIn: boolean;
  /** The parcel goes to a convenience store, where it can be paid for in cash. */
  cvs: boolean;
  amount: number;
}

/** Cash on collection is capped at NT$20,000 a parcel. */
export const COD_LIMIT = 2_000_000;

/**
 * How a household in Taiwan pays: a card under the SMS one-time password, LINE Pay, JKOPay, a transfer to an
 * ATM virtual account (three days to pay, and some never do), or cash when collecting at the store.
 */
export function payAtHome(rng: Rng, p: HomePayer): PayPlan {
  const method = rng.weightedPick<Method>([
    ['card', p.signedIn ? 40 : 32],
    ['line_pay', p.wallet === 'line_pay' ? 45 : 14],
    ['jko_pay', p.wallet === 'jko_pay' ? 35 : 4],
    ['atm_transfer', 14],
    ['cod_pickup', p.cvs && p.amount <= COD_LIMIT ? 34 : 0],
  ]);
  if (method === 'atm_transfer')
    return rng.chance(0.08)
      ? { attempts: [], deferred: 'atm_transfer', expires: true }
      : { attempts: [], deferred: 'atm_transfer', settleIn: Math.floor(rng.exp(8 * HOUR)) + 10 * MINUTE };
  if (method === 'cod_pickup') return { attempts: [], deferred: 'cod_pickup' };
  if (method === 'line_pay' || method === 'jko_pay') {
    if (!rng.chance(0.03)) return { attempts: [other(method, true, rng.int(20_000, 90_000))] };
    return {
      attempts: [
        other(method, false, rng.int(20_000, 90_000), 'wallet_declined'),
        other(method, true, retryGap(rng)),
      ],
    };
  }
  const entry: Entry = p.signedIn && rng.chance(0.45) ? 'saved' : 'typed';
  return honestCard(rng, p.cards, entry, p.amount, true);
}

export interface AbroadPayer {
  cards: readonly HeldCard[];
  country: string;
  signedIn: boolean;
  amount: number;
  /** The checkout is in New Taiwan dollars (a gift sent to Taiwan), through the Taiwanese gateway. */
  domestic: boolean;
}

/** How overseas buyers pay: cards, PayPal, and Alipay HK from Hong Kong. */
export function payAbroad(rng: Rng, p: AbroadPayer): PayPlan {
  const method = rng.weightedPick<Method>([
    ['card', 58],
    ['paypal', p.domestic ? 12 : 30],
    ['alipay_hk', p.country === 'HK' ? 28 : 0],
  ]);
  if (method !== 'card') {
    if (!rng.chance(0.03)) return { attempts: [other(method, true, rng.int(30_000, 120_000))] };
    return {
      attempts: [
        other(method, false, rng.int(30_000, 90_000), 'do_not_honor'),
        other(method, true, retryGap(rng)),
      ],
    };
  }
  return honestCard(rng, p.cards, p.signedIn && rng.chance(0.4) ? 'saved' : 'typed', p.amount, p.domestic);
}

export type Destination = 'TW' | 'near' | 'far';

/** Where the parcel goes, for transit times: Taiwan, Hong Kong and Japan, or the Americas and Europe. */
export const destinationOf = (country: string): Destination =>
  country === 'TW' ? 'TW' : country === 'HK' || country === 'JP' ? 'near' : 'far';

export interface Fulfilled {
  later: LaterEvent[];
  /** When the money was in, if it ever was. */
  paidAt?: number;
  /** When the goods reached the buyer (delivered, collected or e-mailed). */
  handedAt?: number;
}

const step = (
  at: number,
  type: CanonicalEventType,
  t: number,
  extra: Partial<LaterEvent> = {},
): LaterEvent => ({
  type,
  afterMs: t - at,
  ...extra,
});

/**
 * The order's life after checkout: the cancellation of an unpaid order, a deferred payment arriving, then the
 * parcel: dispatched, delivered or waiting at a store (collected, paid in cash there, or sent back after seven
 * days), collected at the shop, e-mailed as a voucher, or flown abroad.
 */
export function fulfil(
  rng: Rng,
  at: number,
  pay: PayPlan,
  f: Fulfilment,
  dest: Destination,
  opts: { noShow?: boolean; cancelIn?: number; cancelReason?: string } = {},
): Fulfilled {
  const end = attemptsEnd(at, pay.attempts);
  const later: LaterEvent[] = [];
  let paidAt: number | undefined = paidNow(pay.attempts) ? end : undefined;
  if (paidAt === undefined && !pay.deferred) {
    later.push(step(at, 'order.cancelled', end + rng.int(30, 60) * MINUTE, { reason: 'payment_failed' }));
    return { later };
  }
  if (pay.deferred && pay.deferred !== 'cod_pickup') {
    if (pay.expires || pay.settleIn === undefined) {
      const wait = pay.deferred === 'atm_transfer' ? 3 * DAY : 7 * DAY;
      later.push(
        step(at, 'order.cancelled', end + wait + rng.int(1, 60) * MINUTE, { reason: 'payment_expired' }),
      );
      return { later };
    }
    paidAt = end + pay.settleIn;
    later.push(step(at, 'payment.succeeded', paidAt, { method: pay.deferred }));
  }
  const from = paidAt ?? end;
  // The shop stops a paid order before it leaves: a warning came in, or the account's owner rang.
  if (opts.cancelIn !== undefined && paidAt !== undefined) {
    const reason = opts.cancelReason ?? 'suspected_fraud';
    later.push(step(at, 'order.cancelled', paidAt + opts.cancelIn, { reason }));
    return { later, paidAt };
  }
  if (f === 'email') {
    const sent = from + rng.int(1, 10) * MINUTE;
    later.push(step(at, 'order.updated', sent, { status: 'voucher_sent' }));
    return { later, ...(paidAt !== undefined ? { paidAt } : {}), handedAt: sent };
  }
  if (f === 'shop_pickup') {
    const ready = from + rng.int(2, 20) * HOUR;
    const collected = ready + rng.int(3, 7 * 24) * HOUR;
    later.push(step(at, 'order.updated', ready, { status: 'ready_for_pickup' }));
    later.push(step(at, 'order.updated', collected, { status: 'collected' }));
    return { later, ...(paidAt !== undefined ? { paidAt } : {}), handedAt: collected };
  }
  const shipped = dispatchAt(rng, from);
  later.push(step(at, 'order.updated', shipped, { status: 'shipped' }));
  if (f === 'cvs_pickup') {
    const arrived = deliveredAt(rng, shipped, [1, 2.5]);
    later.push(step(at, 'order.updated', arrived, { status: 'arrived_at_store' }));
    if (opts.noShow) {
      const back = arrived + 7 * DAY + rng.int(2, 20) * HOUR;
      later.push(step(at, 'order.updated', back, { status: 'returned_uncollected' }));
      later.push(step(at, 'order.cancelled', back + rng.int(1, 48) * HOUR, { reason: 'not_collected' }));
      return { later, ...(paidAt !== undefined ? { paidAt } : {}) };
    }
    const collected = arrived + (Math.floor(rng.exp(1.6 * DAY)) % (6 * DAY)) + 20 * MINUTE;
    if (pay.deferred === 'cod_pickup') {
      paidAt = collected;
      later.push(step(at, 'payment.succeeded', collected, { method: 'cod_pickup' }));
    }
    later.push(step(at, 'order.updated', collected + 1000, { status: 'collected' }));
    return { later, ...(paidAt !== undefined ? { paidAt } : {}), handedAt: collected };
  }
  const transit: Readonly<Record<Destination, readonly [number, number]>> =
    f === 'dhl'
      ? { TW: [0.6, 1.6], near: [1.5, 3], far: [2.5, 5] }
      : { TW: [0.6, 1.6], near: [3, 7], far: [6, 14] };
  const delivered = deliveredAt(rng, shipped, transit[dest]);
  later.push(step(at, 'order.updated', delivered, { status: 'delivered' }));
  return { later, ...(paidAt !== undefined ? { paidAt } : {}), handedAt: delivered };
}

/** A later money event timed from when the goods arrived (or the money did, for what never shipped). */
export const after = (
  at: number,
  from: number,
  type: CanonicalEventType,
  delay: number,
  extra: Partial<LaterEvent> = {},
): LaterEvent => step(at, type, from + delay, extra);

/** The honest tail: a broken teapot refunded in part, a change of mind before dispatch, a slow EMS parcel. */
export function honestTail(
  rng: Rng,
  at: number,
  done: Fulfilled,
  b: Basket,
  opts: { fragile: boolean; dest: Destination; disputable: boolean },
): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (done.paidAt === undefined || done.handedAt === undefined) return out;
  if (opts.fragile && rng.chance(0.03)) {
    const broken = b.lines.find((l) => l.category === 'teaware' || l.category === 'kettle') ?? b.lines[0];
    const amount = Math.min(b.amount, broken ? broken.price : b.amount);
    out.push(
      after(at, done.handedAt, 'refund.created', rng.int(4, 72) * HOUR, {
        reason: 'damaged_in_transit',
        amount,
      }),
    );
    return out;
  }
  const roll = rng.next();
  if (roll < 0.006) {
    out.push(
      after(at, done.handedAt, 'refund.created', rng.int(1, 10) * DAY, { reason: 'requested_by_customer' }),
    );
  } else if (opts.disputable && opts.dest === 'far' && roll < 0.012) {
    out.push(
      after(at, done.paidAt, 'dispute.created', rng.int(20, 40) * DAY, { reason: 'product_not_received' }),
    );
  }
  return out;
}
