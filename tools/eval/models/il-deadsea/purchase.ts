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
  type IdCheck,
  type Match,
  newCard,
} from './cards.js';
import { type Basket, type Delivery } from './catalogue.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after the order. */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'bit' | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'attempted' | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard> & {
  /** Tashlumim: the number of monthly payments an Israeli card splits the charge into. */
  installments?: number;
  idCheck?: IdCheck;
};

/** `status` marks fulfilment updates; the rest are the kit's. */
export type LaterEvent = Later & { status?: string };

export type Channel = 'web' | 'subscription' | 'wholesale';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  /** None for a refill the store charges itself. */
  ip?: string;
  device?: Device;
  locale: string;
  channel: Channel;
  giftNote?: string;
  business?: { name: string; taxId: string };
}

const SCA = new Set(['GB', 'DE', 'FR', 'NL', 'BE', 'AT', 'IT', 'ES', 'IE']);

/**
 * 3-D Secure on a foreign card (the gateway asks for it on every card from abroad; Israeli cards go without).
 * European and British issuers challenge more; American, Canadian and Australian ones mostly pass silently.
 */
export function secure(rng: Rng, card: HeldCard, ok: boolean): ThreeDS {
  if (SCA.has(card.country)) {
    if (!ok) return 'challenge_failed';
    return rng.chance(0.55) ? 'challenge_passed' : 'frictionless';
  }
  if (['US', 'CA', 'AU'].includes(card.country)) {
    if (!ok) return rng.chance(0.5) ? 'challenge_failed' : 'frictionless';
    return rng.weightedPick<ThreeDS>([
      ['frictionless', 80],
      ['challenge_passed', 12],
      ['attempted', 8],
    ]);
  }
  return rng.chance(0.6) ? 'attempted' : 'not_enrolled';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows better (a stolen one-time code, an issuer that skipped the check). */
  threeDS?: ThreeDS;
  installments?: number;
  /** For Israeli cards: whether the ID number given was the holder's. */
  idKnown?: boolean;
  /** Apple Pay or Google Pay for a wallet. */
  wallet?: 'apple_pay' | 'google_pay';
}

/** One card authorisation, with the checks the gateway reports for it. */
export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (t.wallet ?? 'apple_pay') : 'card';
  const israeli = card.country === 'IL';
  const decline = !t.ok ? t.decline : undefined;
  const threeDS =
    israeli || entry === 'wallet' || entry === 'off_session'
      ? undefined
      : (t.threeDS ?? (decline === 'authentication_failed' ? 'challenge_failed' : secure(rng, card, t.ok)));
  const idCheck: IdCheck | undefined = israeli
    ? entry === 'typed'
      ? decline === 'id_mismatch' || t.idKnown === false
        ? 'mismatch'
        : 'match'
      : 'not_sent'
    : undefined;
  return {
    method,
    card,
    ok: t.ok,
    avs: israeli ? 'unavailable' : avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(decline ? { decline } : {}),
    ...(t.installments && t.installments > 1 ? { installments: t.installments } : {}),
    ...(idCheck ? { idCheck } : {}),
  };
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

/** From the order to the first authorisation: the payment page, the card form, a wallet sheet. */
export const firstAuth = (rng: Rng): number => rng.int(4_000, 45_000);
export const retryGap = (rng: Rng): number => rng.int(30_000, 5 * MINUTE);

/** How many payments an Israeli buyer splits a bigger card purchase into (agorot). */
export function tashlumim(rng: Rng, amount: number, share = 0.35): number {
  if (amount < 25_000 || !rng.chance(share)) return 1;
  return rng.weightedPick<number>([
    [2, 30],
    [3, 40],
    [4, 8],
    [5, 4],
    [6, 10],
    [10, amount >= 100_000 ? 5 : 0],
    [12, amount >= 100_000 ? 4 : 0],
  ]);
}

export interface Payer {
  cards: HeldCard[];
  /** Shekels on the Hebrew site, or the international site's currency. */
  ils: boolean;
  signedIn: boolean;
  /** The wallet the device has. */
  wallet: 'apple_pay' | 'google_pay';
  match?: Match;
}

export const walletOf = (device: Device | undefined): 'apple_pay' | 'google_pay' =>
  /iPhone|iPad|Macintosh/.test(device?.userAgent ?? '') ? 'apple_pay' : 'google_pay';

/**
 * How an honest customer pays. On the Hebrew site: an Israeli card (split into tashlumim on bigger orders),
 * Bit, Apple or Google Pay, PayPal. On the international site: a card under 3-D Secure, PayPal, a wallet.
 * Declines are retried as people do: the right CVC or ID number, the challenge answered, another card, Bit or
 * PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const big = payer.ils ? amount > 100_000 : amount > 30_000;
  const wallet = payer.wallet;
  const method = rng.weightedPick<Method>(
    payer.ils
      ? [
          ['card', 55],
          ['bit', amount <= 150_000 ? 18 : 0],
          [wallet, wallet === 'apple_pay' ? 14 : 5],
          ['paypal', 8],
        ]
      : [
          ['card', 56],
          ['paypal', 24],
          [wallet, wallet === 'apple_pay' ? 15 : 5],
        ],
  );
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.08 : 0.04));
  if (method === 'bit' || method === 'paypal') {
    if (!declined) return [other(method, true, first)];
    const why: Decline = method === 'bit' ? 'payment_timeout' : 'payer_action_required';
    return [other(method, false, first, why), other(method, true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const installments = payer.ils && method === 'card' ? tashlumim(rng, amount) : 1;
  const base = { entry, match: payer.match ?? 'good', wallet, installments } as const;
  if (!declined) return [cardAttempt(rng, card, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, card, big);
  const out = [cardAttempt(rng, card, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.08)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'id_mismatch') {
    out.push(cardAttempt(rng, card, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other(payer.ils && amount <= 150_000 ? 'bit' : 'paypal', true, retryGap(rng)));
    return out;
  }
  const next =
    payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, { international: !payer.ils });
  out.push(cardAttempt(rng, next, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** Shipped, in transit, delivered or collected: the fulfilment updates of an order that goes out. */
export function fulfilment(rng: Rng, delivery: Delivery): LaterEvent[] {
  if (delivery === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(1, 8) * MINUTE, status: 'delivered' }];
  const ship = (delivery === 'intl_express' ? rng.int(6, 30) : rng.int(16, 60)) * HOUR;
  const shipped: LaterEvent = { type: 'order.updated', afterMs: ship, status: 'shipped' };
  if (delivery === 'pickup_point') {
    const ready = ship + rng.int(20, 72) * HOUR;
    return [
      shipped,
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(2, 96) * HOUR, status: 'collected' },
    ];
  }
  const transit =
    delivery === 'courier'
      ? rng.int(20, 96)
      : delivery === 'intl_express'
        ? rng.int(60, 140)
        : delivery === 'freight'
          ? rng.int(48, 240)
          : rng.int(7 * 24, 21 * 24);
  return [shipped, { type: 'order.updated', afterMs: ship + transit * HOUR, status: 'delivered' }];
}

/**
 * What happens to an honest order once paid: it goes out and arrives; now and then it is cancelled before
 * dispatch, a jar arrives broken (a partial refund), an airmail parcel is lost (refunded, or disputed by a
 * buyer who would not wait).
 */
export function honestAfter(rng: Rng, delivery: Delivery, amount: number): LaterEvent[] {
  if (rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 18) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(19, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const out = fulfilment(rng, delivery);
  const last = out[out.length - 1]?.afterMs ?? 0;
  if (delivery === 'email') return out;
  if (rng.chance(0.015))
    out.push({
      type: 'refund.created',
      afterMs: last + rng.int(1, 6) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.max(100, Math.round(amount * rng.float(0.15, 0.4))),
    });
  else if (delivery === 'intl_standard' && rng.chance(0.012)) {
    // Lost in the post: it never arrives, and the store refunds it after the buyer has waited.
    out.pop();
    out.push({ type: 'refund.created', afterMs: last + rng.int(5, 15) * DAY, reason: 'not_received' });
  } else if (rng.chance(delivery === 'intl_standard' ? 0.005 : 0.0015))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'product_not_received' });
  return out;
}
