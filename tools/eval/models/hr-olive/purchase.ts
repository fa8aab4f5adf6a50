import { type CanonicalEventType } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  localHour,
  MINUTE,
  type PaymentAttempt,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { avs, cvc, type HeldCard, newCard } from './cards.js';
import { type Basket, type Delivery } from './catalogue.js';
import { HOLIDAYS } from './places.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

/** The checkout's payment-method codes, as the shop's Croatian checkout posts them. */
export type Method =
  'kartica' | 'keks_pay' | 'aircash' | 'paypal' | 'opca_uplatnica' | 'pouzece' | 'placanje_u_trgovini';

export type ThreeDS =
  | 'frictionless'
  | 'challenge_passed'
  | 'challenge_failed'
  | 'attempted'
  | 'not_enrolled'
  | 'exempt_low_value';

export type Decline =
  | 'do_not_honor'
  | 'insufficient_funds'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'card_not_supported'
  | 'restricted_card'
  | 'generic_decline'
  | 'cancelled_by_user';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** A later step; `status` marks fulfilment updates, `method` a payment settled later (transfer, cash). */
export interface LaterEvent {
  type: CanonicalEventType;
  afterMs: number;
  reason?: string;
  amount?: number;
  status?: string;
  method?: Method;
  shipping?: Address;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  /** The method chosen at checkout. */
  method: Method;
  ip: string;
  device: Device;
  locale: string;
  company?: { name: string; oib: string };
  note?: string;
}

const EEA = new Set(['HR', 'DE', 'AT', 'SI', 'PL', 'CZ', 'IT', 'FR', 'NL', 'SE', 'LT']);

/** PSD2 strong authentication for European and British cards; US issuers mostly not enrolled. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, euro: number): ThreeDS {
  if (!EEA.has(card.country) && card.country !== 'GB') {
    if (!ok) return rng.chance(0.6) ? 'not_enrolled' : 'challenge_failed';
    return rng.weightedPick<ThreeDS>([
      ['not_enrolled', 35],
      ['attempted', 20],
      ['frictionless', 45],
    ]);
  }
  if (!ok) return 'challenge_failed';
  if (euro < 3000 && rng.chance(0.5)) return 'exempt_low_value';
  return rng.chance(euro > 25_000 ? 0.8 : 0.45) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  ok: boolean;
  saved?: boolean;
  match?: 'good' | 'typo' | 'none';
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, euro: number, t: CardTry): Attempt {
  const authFailed = t.decline === 'authentication_failed';
  return {
    method: 'kartica',
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(t.saved ?? false, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok || !authFailed, euro)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const walletAttempt = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
});

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(30_000, 5 * MINUTE);

export interface Payer {
  country: string;
  cards: readonly HeldCard[];
  saved: boolean;
  /** Billing typed as the accommodation rather than the card's home: AVS partial. */
  match?: 'good' | 'typo';
}

/**
 * An honest card payment: declines retried the way people do (the 3-D Secure prompt answered this time, the
 * right CVC, another card, PayPal); a few give up.
 */
export function honestCard(rng: Rng, payer: Payer, euro: number, declineShare = 0.05): Attempt[] {
  const card = rng.pick(payer.cards);
  const base = { saved: payer.saved, match: payer.match ?? 'good' } as const;
  const first = firstAuth(rng);
  if (!rng.chance(declineShare)) return [cardAttempt(rng, card, euro, { ...base, ok: true, afterMs: first })];
  const why = rng.weightedPick<Decline>([
    ['authentication_failed', 30],
    ['insufficient_funds', 22],
    ['incorrect_cvc', 14],
    ['do_not_honor', 16],
    ['expired_card', 8],
    ['cancelled_by_user', 10],
  ]);
  const out = [cardAttempt(rng, card, euro, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'authentication_failed' || why === 'incorrect_cvc' || why === 'cancelled_by_user') {
    out.push(cardAttempt(rng, card, euro, { match: base.match, ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(walletAttempt('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, euro, { match: base.match, ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** A wallet (KEKS Pay, Aircash, PayPal): approved in the app, now and then declined and tried again. */
export function honestWallet(rng: Rng, method: Method): Attempt[] {
  if (!rng.chance(0.04)) return [walletAttempt(method, true, firstAuth(rng))];
  return [
    walletAttempt(
      method,
      false,
      firstAuth(rng),
      rng.pick(['insufficient_funds', 'cancelled_by_user'] as const),
    ),
    walletAttempt(method, true, retryGap(rng)),
  ];
}

/** The day (Split time) of a moment, as `YYYY-MM-DD`. */
export const splitDay = (t: number): string => new Date(t + 2 * HOUR).toISOString().slice(0, 10);

/**
 * A moment in the window, in the buyer's own hours (`curve` gives a weight per local hour), busier towards
 * mid-August; `weekdays` keeps to Monday–Saturday, `open` away from the public holidays.
 */
export function momentIn(
  rng: Rng,
  w: Window,
  tz: number,
  curve: readonly number[],
  o: { weekdays?: boolean; open?: boolean } = {},
): number {
  const top = Math.max(...curve);
  for (let i = 0; i < 500; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const progress = (t - w.start) / Math.max(1, w.end - w.start);
    const season = 0.75 + 0.45 * Math.sin(Math.PI * Math.min(1, progress * 1.1));
    const h = Math.floor(localHour(t, tz));
    const dow = new Date(t + tz * HOUR).getUTCDay();
    if (o.weekdays && dow === 0) continue;
    if (o.open && HOLIDAYS.includes(splitDay(t))) continue;
    if (rng.next() * top * 1.2 < (curve[h] ?? 0) * season) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Hour weights: households (lunch and late evening), tourists (after the beach), offices, the night. */
export const HOUSEHOLD = [
  1, 0.5, 0.2, 0.1, 0.1, 0.2, 0.6, 1.5, 2.5, 3, 3, 3, 3, 2.5, 2.5, 2.5, 2.5, 3, 3.5, 4, 4.5, 4.5, 3.5, 2,
];
export const TOURIST = [
  1.5, 0.8, 0.3, 0.1, 0.1, 0.1, 0.3, 1.5, 2.5, 2.5, 1.5, 1, 1, 1.5, 1.5, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 4, 2.5,
];
export const OFFICE = [0, 0, 0, 0, 0, 0, 0.5, 2, 4, 4.5, 4.5, 4, 3, 3, 3, 2, 1, 0.3, 0, 0, 0, 0, 0, 0];
export const NIGHT = [
  3, 4, 4, 4, 3, 2, 1, 0.4, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.5, 1, 1.5, 2,
];

/** Delivered in one to three days in Croatia, two to five in the EU, three to seven by express abroad. */
export function shipAndDeliver(rng: Rng, d: Delivery): LaterEvent[] {
  if (d === 'shop_pickup') return [];
  if (d === 'same_day_van') {
    const at = rng.int(2, 8) * HOUR;
    return [{ type: 'order.updated', afterMs: at, status: 'delivered' }];
  }
  const ship = rng.int(6, 40) * HOUR;
  const transit =
    d === 'hr_courier' ? rng.int(18, 60) : d === 'eu_courier' ? rng.int(40, 120) : rng.int(60, 170);
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + transit * HOUR, status: 'delivered' },
  ];
}

/** When a delivered order arrived (its last fulfilment step), or its placing. */
export const deliveredAfter = (later: readonly LaterEvent[]): number =>
  later.filter((l) => l.status === 'delivered').reduce((m, l) => Math.max(m, l.afterMs), 0);

/**
 * What happens to an honest order by how it was paid: cards and wallets ship, a transfer ships once the money
 * arrives (or is released when it never does), cash on delivery is settled at the door (or the parcel comes
 * back), pickup is paid and collected at the shop (or not collected). Then now and then a broken bottle
 * refunded in part, a cancellation, or a rare dispute.
 */
export function honestAfter(
  rng: Rng,
  p: { method: Method; delivery: Delivery; paid: boolean; amount: number },
): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (p.method === 'opca_uplatnica') {
    if (rng.chance(0.07))
      return [{ type: 'order.cancelled', afterMs: rng.int(7, 10) * DAY, reason: 'payment_not_received' }];
    const arrives = rng.int(5, 60) * HOUR;
    out.push({ type: 'payment.succeeded', afterMs: arrives, method: 'opca_uplatnica' });
    for (const l of shipAndDeliver(rng, p.delivery)) out.push({ ...l, afterMs: l.afterMs + arrives });
    return out;
  }
  if (p.method === 'pouzece') {
    const steps = shipAndDeliver(rng, p.delivery);
    const at = deliveredAfter(steps);
    if (rng.chance(0.025)) {
      out.push(...steps.filter((l) => l.status !== 'delivered'));
      out.push({ type: 'order.updated', afterMs: at, status: 'returned_to_sender', reason: 'not_at_home' });
      out.push({ type: 'order.cancelled', afterMs: at + rng.int(3, 8) * DAY, reason: 'not_collected' });
      return out;
    }
    out.push(...steps, {
      type: 'payment.succeeded',
      afterMs: at + rng.int(1, 20) * MINUTE,
      method: 'pouzece',
    });
    return out;
  }
  if (!p.paid && p.method !== 'placanje_u_trgovini')
    return [{ type: 'order.cancelled', afterMs: rng.int(30, 60) * MINUTE, reason: 'payment_failed' }];
  if (p.delivery === 'shop_pickup') {
    const ready = rng.int(1, 5) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
    if (rng.chance(0.04)) {
      out.push({ type: 'order.cancelled', afterMs: ready + 7 * DAY, reason: 'not_collected' });
      return out;
    }
    const collected = ready + rng.int(1, 60) * HOUR;
    if (p.method === 'placanje_u_trgovini')
      out.push({ type: 'payment.succeeded', afterMs: collected, method: 'placanje_u_trgovini' });
    out.push({ type: 'order.updated', afterMs: collected + MINUTE, status: 'collected' });
    return out;
  }
  if (rng.chance(0.01)) {
    return [{ type: 'order.cancelled', afterMs: rng.int(1, 5) * HOUR, reason: 'customer_request' }];
  }
  const steps = shipAndDeliver(rng, p.delivery);
  out.push(...steps);
  const at = deliveredAfter(steps);
  if (rng.chance(0.03))
    out.push({
      type: 'refund.created',
      afterMs: at + rng.int(1, 4) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(p.amount, rng.int(15, 40) * 100),
    });
  else if (rng.chance(0.003))
    out.push({
      type: 'dispute.created',
      afterMs: at + rng.int(15, 40) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
