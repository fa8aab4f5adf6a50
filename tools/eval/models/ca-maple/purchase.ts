import {
  type Address,
  type Buyer,
  type Card,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { avs, cvc, type Decline, type Entry, honestDecline, type Match, newCard } from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';

/** A planned purchase, how people pay at the shack's checkout, and what happens after. */

export { DAY, HOUR, MINUTE };

/** The payment methods as the checkout posts them. */
export type Method =
  | 'card'
  | 'apple_pay'
  | 'paypal'
  | 'interac_etransfer'
  | 'interac_online'
  | 'invoice'
  | 'gift_card'
  | 'pay_at_pickup';

export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'attempted' | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card> & { method: Method };

/** Fulfilment updates carry a `status`; a readdressed order carries its new `shipping`. */
export type LaterEvent =
  (Later & { status?: string }) | (Omit<Later, 'type'> & { type: 'payment.succeeded'; method: Method });

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: 'fr-CA' | 'en-CA' | 'en-US' | 'fr-FR' | 'ru-RU';
  /** The first method chosen at checkout (an e-Transfer or invoice has no attempt at checkout). */
  method: Method;
  giftNote?: string;
  company?: { name: string; taxId: string };
  /** Corporate orders: how many client addresses the shack dispatches to from the list sent. */
  recipients?: number;
  /** A meal booking: the seating. */
  seating?: number;
  recipientEmail?: string;
}

/** 3-D Secure on a card: Canadian issuers challenge now and then, US issuers rarely, French ones under PSD2. */
export function secure(rng: Rng, card: Card, ok: boolean, amount: number): ThreeDS {
  if (card.country === 'US')
    return rng.chance(0.35) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (card.country === 'KZ') return rng.chance(0.5) ? 'attempted' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  const challenge = card.country === 'FR' ? 0.7 : amount > 25_000 ? 0.45 : 0.18;
  return rng.chance(challenge) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: Card, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS =
    entry === 'wallet'
      ? undefined
      : (t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, true, amount)));
  return {
    method: entry === 'wallet' ? 'apple_pay' : 'card',
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
});

export const firstAuth = (rng: Rng): number => rng.int(6_000, 60_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 7 * MINUTE);

export interface Payer {
  cards: Card[];
  signedIn: boolean;
  match?: Match;
}

export interface Paying {
  attempts: Attempt[];
  method: Method;
  /** Money that arrives after checkout (an e-Transfer), if any. */
  settles?: LaterEvent;
}

/**
 * An honest checkout: the method the buyer picked; an e-Transfer arrives minutes to a day later (a few never
 * do); declines are retried the way people do (the right CVC, the bank's prompt this time, another card,
 * PayPal), and a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, method: Method): Paying {
  if (method === 'interac_etransfer') {
    if (rng.chance(0.03)) return { attempts: [], method };
    const wait = rng.chance(0.7) ? rng.int(8 * MINUTE, 3 * HOUR) : rng.int(3 * HOUR, 26 * HOUR);
    return { attempts: [], method, settles: { type: 'payment.succeeded', afterMs: wait, method } };
  }
  if (method === 'invoice') return { attempts: [], method };
  if (method === 'pay_at_pickup') return { attempts: [], method };
  const declined = rng.chance(amount > 40_000 ? 0.08 : 0.04);
  if (method === 'paypal' || method === 'interac_online' || method === 'gift_card') {
    const first = firstAuth(rng);
    if (!declined) return { attempts: [other(method, true, first)], method };
    return {
      attempts: [
        other(method, false, first, 'do_not_honor'),
        other(rng.chance(0.5) ? method : 'card', true, retryGap(rng)),
      ].map((a) =>
        a.method === 'card'
          ? cardAttempt(rng, rng.pick(payer.cards), amount, { ok: true, afterMs: a.afterMs })
          : a,
      ),
      method,
    };
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  const first = firstAuth(rng);
  if (!declined)
    return { attempts: [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })], method };
  const why = honestDecline(rng);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return { attempts: out, method };
  if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'incorrect_zip')
    out.push(cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  else if (rng.chance(0.3)) out.push(other('paypal', true, retryGap(rng)));
  else {
    const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country === 'US' ? 'US' : 'CA');
    out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  }
  return { attempts: out, method };
}

export const isPaid = (p: Paying): boolean => p.attempts.some((a) => a.ok) || p.settles !== undefined;

/** An unpaid order is released: an hour after a failed card, three days after an e-Transfer that never came. */
export const released = (p: Paying): LaterEvent => ({
  type: 'order.cancelled',
  afterMs: p.method === 'interac_etransfer' ? 72 * HOUR : rng1h(p),
  reason: p.method === 'interac_etransfer' ? 'etransfer_not_received' : 'payment_failed',
});

const rng1h = (p: Paying) => p.attempts.reduce((s, a) => s + a.afterMs, 0) + 45 * MINUTE;

/**
 * Shipped next business day or two, delivered in two to six days (a week or more to the US and the West); now
 * and then a bottle broken in the parcel, a cancellation, or a parcel held at the border.
 */
export function shippedAfter(rng: Rng, f: Fulfilment, amount: number, far: boolean): LaterEvent[] {
  if (f === 'farm_pickup') {
    const ready = rng.int(4, 30) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(3, 120) * HOUR, status: 'picked_up' },
    ];
  }
  if (f === 'email') return [{ type: 'order.updated', afterMs: rng.int(1, 5) * MINUTE, status: 'emailed' }];
  if (f === 'reservation') return [];
  if (rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 18) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(19, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const ship = rng.int(16, 60) * HOUR;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    {
      type: 'order.updated',
      afterMs: ship + rng.int(far ? 72 : 36, far ? 220 : 130) * HOUR,
      status: 'delivered',
    },
  ];
  if (rng.chance(0.025))
    out.push({
      type: 'refund.created',
      afterMs: ship + rng.int(4, 10) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(amount, rng.int(1, 3) * 1899),
    });
  else if (rng.chance(0.003))
    out.push({ type: 'dispute.created', afterMs: rng.int(25, 50) * DAY, reason: 'product_not_received' });
  else if (rng.chance(0.002))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 45) * DAY, reason: 'unrecognized' });
  return out;
}
