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
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import { avs, cvc, type Decline, type Entry, honestDecline, secure, type ThreeDS } from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Currency } from './places.js';
import { type Base } from './people.js';
import { type Company } from './people.js';

/**
 * One planned purchase before events.ts renders it; how people pay (cards with OTP, Apple Pay, Vodafone Cash,
 * valU instalments, a Fawry reference paid at a kiosk, cash on delivery, a bank transfer) and what happens to
 * the order afterwards (the confirmation call for cash on delivery, dispatch, delivery, refusals, returns).
 */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'vodafone_cash' | 'valu' | 'fawry' | 'cod' | 'bank_transfer';
/** Methods paid after the order, settled by a later payment event. */
export type Settled = 'fawry' | 'cod' | 'bank_transfer';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card>;

/**
 * `status` marks fulfilment updates; `method` a later payment settling the order; `shipping` a new address.
 */
export interface LaterEvent extends Step {
  status?: string;
  method?: Method;
  shipping?: Address;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  /** The method chosen at checkout. */
  method: Method;
  ip: string;
  device: Device;
  locale: string;
  channel: 'web' | 'instagram' | 'facebook';
  giftNote?: string;
  company?: { name: string; taxId: string };
  fawryReference?: string;
  /** Duties and taxes unpaid, collected from the buyer abroad. */
  duty?: 'ddu';
}

/** The store's world for a stream: its window, account base and company accounts. */
export interface World {
  window: Window;
  base: Base;
  companies: Company[];
}

const USD_PER: Readonly<Record<Currency, number>> = {
  EGP: 0.02,
  USD: 1,
  EUR: 1.08,
  GBP: 1.26,
  SAR: 0.266,
  AED: 0.272,
};

/** An amount in minor units of `currency`, in whole US dollars (for thresholds). */
export const usdOf = (minor: number, currency: Currency): number => (minor / 100) * USD_PER[currency];

/** The channel a checkout came through, from the in-app browser in its user agent. */
export const channelOf = (d: Device): Purchase['channel'] =>
  d.userAgent.includes('Instagram') ? 'instagram' : d.userAgent.includes('FB_IAB') ? 'facebook' : 'web';

export interface CardTry {
  entry: Entry;
  ok: boolean;
  afterMs: number;
  decline?: Decline;
  threeDS?: ThreeDS;
  match?: 'good' | 'bad';
}

/** A card or Apple Pay authorisation, with its AVS, CVC and 3-D Secure outcome. */
export function cardTry(rng: Rng, card: Card, usd: number, t: CardTry): Attempt {
  const wallet = t.entry === 'wallet';
  const authOk = t.ok || t.decline !== 'authentication_failed';
  return cardPaymentAttempt<Method, ThreeDS, Decline, Card>({
    method: wallet ? 'apple_pay' : 'card',
    card,
    ok: t.ok,
    avs: avs(rng, card, t.entry, t.match ?? 'good'),
    cvc: cvc(t.entry, t.decline !== 'incorrect_cvc'),
    threeDS: wallet ? undefined : (t.threeDS ?? secure(rng, card, authOk, usd)),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

/** A wallet, instalment or other cardless attempt. */
export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstAuth = (rng: Rng): number => rng.int(15_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

export interface Payer {
  cards: readonly Card[];
  country: string;
  signedIn: boolean;
  wallet?: boolean;
}

export interface Payment {
  attempts: Attempt[];
  /** Paid later: cash on delivery, at a Fawry kiosk, by transfer. */
  settle?: Settled;
}

/**
 * How an honest buyer pays by `method`, and what they do when it fails: in Egypt the OTP is tried again, a
 * card not enabled for online use or short of funds is swapped for another card, Vodafone Cash, a Fawry
 * reference or cash on delivery; abroad another card or Apple Pay. About one in ten gives up.
 */
export function honestPayment(
  rng: Rng,
  method: Method,
  payer: Payer,
  basket: { amount: number; currency: Currency },
): Payment {
  const usd = usdOf(basket.amount, basket.currency);
  const eg = payer.country === 'EG';
  const big = usd > 600;
  if (method === 'cod' || method === 'fawry' || method === 'bank_transfer')
    return { attempts: [], settle: method };
  const first = firstAuth(rng);
  if (method === 'vodafone_cash' || method === 'valu') {
    if (rng.chance(method === 'valu' ? 0.86 : 0.94)) return { attempts: [other(method, true, first)] };
    const why: Decline =
      method === 'valu' ? 'limit_exceeded' : rng.pick(['insufficient_funds', 'wallet_pin_failed']);
    const failed = other(method, false, first, why);
    if (method === 'vodafone_cash' && rng.chance(0.65))
      return { attempts: [failed, other(method, true, rng.int(5, 45) * MINUTE)] };
    if (rng.chance(0.15)) return { attempts: [failed] };
    if (method === 'valu' && payer.cards[0]) {
      const card = payer.cards[0];
      return {
        attempts: [failed, cardTry(rng, card, usd, { entry: 'typed', ok: true, afterMs: retryGap(rng) })],
      };
    }
    return { attempts: [failed], settle: usd < 500 ? 'cod' : 'fawry' };
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const declineShare = eg ? (big ? 0.24 : 0.12) : big ? 0.1 : 0.055;
  if (!rng.chance(declineShare))
    return { attempts: [cardTry(rng, card, usd, { entry, ok: true, afterMs: first })] };
  const why = entry === 'wallet' ? 'do_not_honor' : honestDecline(rng, payer.country, big);
  const failed = cardTry(rng, card, usd, { entry, ok: false, decline: why, afterMs: first });
  if (rng.chance(0.1)) return { attempts: [failed] };
  if (why === 'authentication_failed' || why === 'incorrect_cvc') {
    const ok = rng.chance(0.85);
    const again = cardTry(rng, card, usd, {
      entry: 'typed',
      ok,
      afterMs: retryGap(rng),
      ...(ok ? {} : { decline: why }),
    });
    return { attempts: [failed, again] };
  }
  const another = payer.cards.find((c) => c !== card);
  if (another && rng.chance(0.6))
    return {
      attempts: [failed, cardTry(rng, another, usd, { entry: 'typed', ok: true, afterMs: retryGap(rng) })],
    };
  if (eg) {
    if (payer.wallet && usd < 600 && rng.chance(0.5))
      return { attempts: [failed, other('vodafone_cash', true, retryGap(rng))] };
    return {
      attempts: [failed],
      settle: big ? 'bank_transfer' : usd < 400 && rng.chance(0.6) ? 'cod' : 'fawry',
    };
  }
  if (entry !== 'wallet' && rng.chance(0.5))
    return {
      attempts: [failed, cardTry(rng, card, usd, { entry: 'wallet', ok: true, afterMs: retryGap(rng) })],
    };
  return { attempts: [failed] };
}

export interface Fulfil {
  f: Fulfilment;
  /** Days to get the order ready (embroidery, bales from the mill). */
  prep: readonly [number, number];
  /** Days in transit. */
  transit: readonly [number, number];
}

/** Dispatch and delivery (or collection, or an e-mailed gift card) from time `from` on. */
export function fulfilment(rng: Rng, from: number, ff: Fulfil): LaterEvent[] {
  if (ff.f === 'email')
    return [{ type: 'order.updated', afterMs: from + rng.int(1, 10) * MINUTE, status: 'sent' }];
  const ready = from + rng.float(ff.prep[0], ff.prep[1]) * DAY;
  if (ff.f === 'pickup')
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.float(0.2, 4) * DAY, status: 'collected' },
    ];
  return [
    { type: 'order.updated', afterMs: ready, status: 'shipped' },
    {
      type: 'order.updated',
      afterMs: ready + rng.float(ff.transit[0], ff.transit[1]) * DAY,
      status: 'delivered',
    },
  ];
}

/** When the last fulfilment step falls (delivery or collection), or `from`. */
export const deliveredAt = (steps: readonly LaterEvent[], from: number): number =>
  steps.reduce((t, s) => Math.max(t, s.afterMs), from);

export interface HonestOutcome {
  /** Chance a cash-on-delivery parcel is refused or the buyer cannot be reached. */
  refusal: number;
  /** Chance of a return (a partial refund). */
  returns: number;
  /** Chance of an honest chargeback (a parcel delayed abroad, a misunderstanding). */
  dispute: number;
  /** Chance the order is cancelled before dispatch. */
  cancel: number;
}

export const ORDINARY: HonestOutcome = { refusal: 0.07, returns: 0.025, dispute: 0.002, cancel: 0.012 };

/**
 * What happens after an honest checkout: a Fawry reference paid within hours or left to expire after 48 h, a
 * transfer arriving in days, a cash-on-delivery order confirmed by phone, dispatched and paid at the door (or
 * refused), a paid order dispatched and delivered; then now and then a cancellation, a return or a dispute.
 */
export function honestLater(
  rng: Rng,
  p: { payment: Payment; amount: number; ff: Fulfil },
  o: HonestOutcome = ORDINARY,
): LaterEvent[] {
  const { payment, amount, ff } = p;
  const paidNow = payment.attempts.some((a) => a.ok);
  if (!paidNow && !payment.settle)
    return [{ type: 'order.cancelled', afterMs: rng.int(30, 90) * MINUTE, reason: 'payment_failed' }];
  const out: LaterEvent[] = [];
  let from = rng.int(10, 60) * MINUTE;
  if (payment.settle === 'fawry') {
    if (rng.chance(0.14))
      return [
        { type: 'order.cancelled', afterMs: 48 * HOUR + rng.int(1, 30) * MINUTE, reason: 'payment_expired' },
      ];
    from = Math.min(47 * HOUR, rng.int(20, 90) * MINUTE + rng.exp(7 * HOUR));
    out.push({ type: 'payment.succeeded', afterMs: from, method: 'fawry' });
  } else if (payment.settle === 'bank_transfer') {
    if (rng.chance(0.05))
      return [
        { type: 'order.cancelled', afterMs: 7 * DAY + rng.int(1, 8) * HOUR, reason: 'payment_not_received' },
      ];
    from = rng.int(3, 96) * HOUR;
    out.push({ type: 'payment.succeeded', afterMs: from, method: 'bank_transfer' });
  } else if (payment.settle === 'cod') {
    if (rng.chance(o.refusal * 0.3))
      return [{ type: 'order.cancelled', afterMs: rng.int(20, 48) * HOUR, reason: 'unconfirmed' }];
    out.push({ type: 'order.updated', afterMs: rng.int(40, 8 * 60) * MINUTE, status: 'confirmed' });
    const steps = fulfilment(rng, from, ff);
    const door = deliveredAt(steps, from);
    if (rng.chance(o.refusal * 0.7))
      return [
        ...out,
        ...steps.filter((s) => s.status !== 'delivered'),
        {
          type: 'order.cancelled',
          afterMs: door,
          reason: rng.pick(['refused_on_delivery', 'customer_unreachable']),
        },
      ];
    out.push(...steps, { type: 'payment.succeeded', afterMs: door - MINUTE, method: 'cod' });
    if (rng.chance(o.returns))
      out.push({
        type: 'refund.created',
        afterMs: door + rng.int(2, 12) * DAY,
        reason: rng.pick(['changed_mind', 'wrong_size', 'colour_not_as_pictured']),
        amount: Math.max(100, Math.round((amount * rng.int(15, 60)) / 100)),
      });
    return out;
  }
  if (rng.chance(o.cancel)) {
    out.push({ type: 'order.cancelled', afterMs: from + rng.int(1, 20) * HOUR, reason: 'customer_request' });
    return out;
  }
  const steps = fulfilment(rng, from, ff);
  const door = deliveredAt(steps, from);
  out.push(...steps);
  if (rng.chance(o.returns))
    out.push({
      type: 'refund.created',
      afterMs: door + rng.int(2, 14) * DAY,
      reason: rng.pick(['changed_mind', 'wrong_size', 'damaged', 'colour_not_as_pictured']),
      amount: Math.max(100, Math.round((amount * rng.int(15, 60)) / 100)),
    });
  else if (rng.chance(o.dispute) && payment.attempts.some((a) => a.ok && a.card))
    out.push({
      type: 'dispute.created',
      afterMs: door + rng.int(10, 40) * DAY,
      reason: rng.pick(['product_not_received', 'not_as_described', 'duplicate']),
    });
  return out;
}

/** Honest dispatch times and transit by destination. */
export const FULFIL = {
  egypt: { f: 'courier', prep: [0.6, 2.5], transit: [1, 3] },
  egyptFar: { f: 'courier', prep: [0.6, 2.5], transit: [2, 5] },
  monogram: { f: 'courier', prep: [3, 6], transit: [1, 4] },
  pickup: { f: 'pickup', prep: [0.2, 1.5], transit: [0, 0] },
  abroad: { f: 'express_international', prep: [1, 3], transit: [3, 8] },
  freight: { f: 'freight', prep: [2, 7], transit: [1, 3] },
  email: { f: 'email', prep: [0, 0], transit: [0, 0] },
} as const satisfies Record<string, Fulfil>;

/** A nine-digit Fawry payment reference. */
export const fawryRef = (rng: Rng): string => `${rng.int(1, 9)}${rng.digits(8)}`;
