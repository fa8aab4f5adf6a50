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
import { type Basket, type Delivery } from './catalogue.js';
import { type Storefront } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method =
  'card' | 'apple_pay' | 'google_pay' | 'vipps' | 'mobilepay' | 'klarna' | 'paypal' | 'gift_card' | 'invoice';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`shipped`, `ready_for_pickup`, `collected`, `delivered`, …). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  storefront: Storefront;
  ip: string;
  device: Device;
  phone?: string;
  /** Who the parcel or gift card is for, when not the buyer. */
  recipient?: { name: string; email?: string };
  giftNote?: string;
  company?: { name: string; orgNumber: string };
}

export const CARDLIKE: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay']);

/** Strong customer authentication applies to cards issued in the EEA and the UK. */
const SCA = new Set(['NO', 'SE', 'DK', 'FI', 'DE', 'NL', 'GB', 'LT', 'ES']);

/** 3-D Secure as it turns out for a card: BankID or the bank's app at home, mostly frictionless elsewhere. */
export function secure(rng: Rng, card: HeldCard, passed: boolean, smallAmount: boolean): ThreeDS {
  if (!SCA.has(card.country))
    return rng.chance(0.12) ? 'not_enrolled' : passed ? 'frictionless' : 'challenge_failed';
  if (!passed) return 'challenge_failed';
  if (smallAmount && rng.chance(0.6)) return 'exempt';
  return rng.chance(0.55) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows the 3-D Secure result better (a phished code, a victim who said no). */
  threeDS?: ThreeDS;
  small?: boolean;
}

export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.85) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card, !authFailed, t.small ?? false),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(6_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  /** Where the payer banks: decides Vipps, MobilePay, Klarna's reach and the card's home. */
  country: string;
  storefront: Storefront;
  signedIn: boolean;
  older?: boolean;
}

/** Which methods a payer of a country uses at this shop's checkout, by weight. */
function methodMix(p: Payer): ReadonlyArray<readonly [Method, number]> {
  const sf = p.storefront;
  const klarna = sf === 'INTL' ? 0 : 1;
  switch (p.country) {
    case 'NO':
      return sf === 'NO'
        ? [
            ['vipps', 44],
            ['klarna', 20],
            ['card', 22],
            ['apple_pay', 9],
            ['google_pay', 2],
            ['paypal', 3],
          ]
        : [
            ['card', 60],
            ['apple_pay', 15],
            ['paypal', 15],
            ['klarna', 10 * klarna],
          ];
    case 'SE':
      return [
        ['klarna', 45 * klarna],
        ['card', 35],
        ['apple_pay', 10],
        ['paypal', 8],
        ['google_pay', 2],
      ];
    case 'DK':
      return [
        ['mobilepay', sf === 'DK' ? 38 : 0],
        ['card', 42],
        ['apple_pay', 8],
        ['klarna', 6 * klarna],
        ['paypal', 6],
      ];
    case 'FI':
      return [
        ['mobilepay', sf === 'FI' ? 18 : 0],
        ['card', 40],
        ['klarna', 20 * klarna],
        ['paypal', 14],
        ['apple_pay', 8],
      ];
    case 'DE':
      return [
        ['paypal', 40],
        ['klarna', 25 * klarna],
        ['card', 25],
        ['apple_pay', 8],
        ['google_pay', 2],
      ];
    case 'NL':
      return [
        ['paypal', 30],
        ['card', 32],
        ['klarna', 18 * klarna],
        ['apple_pay', 15],
        ['google_pay', 5],
      ];
    case 'GB':
      return [
        ['card', 55],
        ['paypal', 24],
        ['apple_pay', 16],
        ['klarna', 5 * klarna],
      ];
    default:
      return [
        ['card', p.older ? 66 : 58],
        ['paypal', 22],
        ['apple_pay', p.older ? 10 : 17],
        ['google_pay', 3],
      ];
  }
}

/**
 * How an honest customer pays, and retries a decline the way people do: approve the Vipps request this time,
 * answer BankID, type the right code, use the other card, or fall back to Vipps, Klarna or PayPal; a few give up.
 * `declineShare` is the chance the first try fails.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  amount: number,
  small: boolean,
  declineShare = 0.05,
): Attempt[] {
  const method = rng.weightedPick(methodMix(payer));
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare);
  const fallback: Method = payer.storefront === 'NO' && payer.country === 'NO' ? 'vipps' : 'paypal';
  if (method === 'vipps' || method === 'mobilepay') {
    if (!declined) return [other(method, true, first)];
    const why: Decline = rng.chance(0.6)
      ? 'payment_expired'
      : rng.chance(0.5)
        ? 'user_cancelled'
        : 'insufficient_funds';
    const out = [other(method, false, first, why)];
    if (rng.chance(0.1)) return out;
    out.push(
      why === 'insufficient_funds'
        ? other('klarna', true, retryGap(rng))
        : other(method, true, retryGap(rng)),
    );
    return out;
  }
  if (method === 'klarna') {
    if (!declined) return [other('klarna', true, first)];
    const out = [other('klarna', false, first, 'klarna_rejected')];
    if (rng.chance(0.12)) return out;
    const card = rng.pick(payer.cards);
    out.push(
      rng.chance(0.5)
        ? other(fallback, true, retryGap(rng))
        : cardAttempt(rng, card, { ok: true, afterMs: retryGap(rng), small }),
    );
    return out;
  }
  if (method === 'paypal') {
    if (!declined) return [other('paypal', true, first)];
    return [other('paypal', false, first, 'do_not_honor'), other('paypal', true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  if (!declined) return [cardAttempt(rng, card, { entry, ok: true, afterMs: first, small })];
  const why = honestDecline(rng, amount > 500_000);
  const out = [cardAttempt(rng, card, { entry, ok: false, decline: why, afterMs: first, small })];
  if (rng.chance(0.1)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, { entry: 'typed', ok: true, afterMs: retryGap(rng), small }));
    return out;
  }
  if (rng.chance(0.35)) {
    out.push(other(fallback, true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, { entry: 'typed', ok: true, afterMs: retryGap(rng), small }));
  return out;
}

/** Days for a parcel once handed to the carrier, by where it goes. */
function transitDays(rng: Rng, d: Delivery, country: string): number {
  if (d === 'express') return rng.float(0.6, 1.2);
  if (d === 'dhl_express') return rng.float(2, 4.5);
  if (country === 'NO') return rng.float(1, 4);
  if (d === 'nordic_post') return rng.float(3, 7);
  return rng.float(4, 10);
}

/** Shipping steps of a parcel: packed (or made to order), handed over, then delivered or left for collection. */
export function fulfil(
  rng: Rng,
  d: Delivery,
  country: string,
  madeToOrder = false,
): { steps: LaterEvent[]; shipped: number; end: number } {
  if (d === 'email') {
    const end = rng.int(1, 4) * MINUTE;
    return { steps: [{ type: 'order.updated', afterMs: end, status: 'fulfilled' }], shipped: end, end };
  }
  if (d === 'bryggen_pickup') {
    const ready = rng.int(2, 26) * HOUR;
    const end = ready + rng.float(0.5, 5) * DAY;
    return {
      steps: [
        { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
        { type: 'order.updated', afterMs: end, status: 'collected' },
      ],
      shipped: ready,
      end,
    };
  }
  const steps: LaterEvent[] = [];
  const shipped = madeToOrder ? rng.float(14, 26) * DAY : rng.int(6, 46) * HOUR;
  if (madeToOrder)
    steps.push({ type: 'order.updated', afterMs: rng.int(2, 6) * HOUR, status: 'in_production' });
  steps.push({ type: 'order.updated', afterMs: shipped, status: 'shipped' });
  let end = shipped + transitDays(rng, d, country) * DAY;
  if (d === 'pickup_point' || d === 'parcel_locker') {
    steps.push({ type: 'order.updated', afterMs: end, status: 'ready_for_pickup' });
    end += rng.float(0.1, 4) * DAY;
    steps.push({ type: 'order.updated', afterMs: end, status: 'collected' });
  } else steps.push({ type: 'order.updated', afterMs: end, status: 'delivered' });
  return { steps, shipped, end };
}

export interface AfterOptions {
  /** Where the parcel goes. */
  country: string;
  /** A buyer who ordered two sizes to keep one. */
  bracketed?: { price: number };
  /** Made to order (logo knitwear): weeks in production before it ships. */
  madeToOrder?: boolean;
  /** How likely a return for size or colour is. */
  returns?: number;
}

/**
 * What happens to an honest order once paid: e-mailed at once, collected at Bryggen, or packed in one to two
 * days and delivered or left at the pick-up point; a few cancelled before dispatch, returns for size (the other
 * of two sizes nearly always), a parcel lost now and then (refunded), a rare dispute over a slow parcel or a
 * charge not recognised.
 */
export function honestAfter(rng: Rng, d: Delivery, amount: number, o: AfterOptions): LaterEvent[] {
  if (d !== 'email' && rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const { steps, shipped, end } = fulfil(rng, d, o.country, o.madeToOrder);
  if (d === 'email') {
    if (rng.chance(0.003))
      steps.push({ type: 'dispute.created', afterMs: rng.int(25, 60) * DAY, reason: 'unrecognized' });
    return steps;
  }
  if (d !== 'bryggen_pickup' && rng.chance(0.004)) {
    const lost = steps.filter((x) => x.afterMs <= shipped);
    lost.push({
      type: 'refund.created',
      afterMs: shipped + rng.float(12, 20) * DAY,
      reason: 'lost_in_transit',
    });
    return lost;
  }
  if (o.bracketed && rng.chance(0.85)) {
    steps.push({
      type: 'refund.created',
      afterMs: end + rng.float(5, 16) * DAY,
      reason: 'returned',
      amount: o.bracketed.price,
    });
  } else if (rng.chance(o.returns ?? 0.06)) {
    const share = rng.chance(0.6) ? 1 : rng.float(0.3, 0.7);
    steps.push({
      type: 'refund.created',
      afterMs: end + rng.float(6, 25) * DAY,
      reason: 'returned',
      amount: Math.round(amount * share),
    });
  } else if (rng.chance(0.003)) {
    steps.push({
      type: 'dispute.created',
      afterMs: end + rng.float(20, 50) * DAY,
      reason: o.country === 'NO' ? 'unrecognized' : 'product_not_received',
    });
  }
  return steps;
}
