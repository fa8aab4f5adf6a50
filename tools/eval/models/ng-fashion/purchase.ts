import { type CanonicalEvent } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  type Card,
  cardPaymentAttempt,
  DAY,
  type Device,
  HOUR,
  localHour,
  MINUTE,
  otherAttempt,
  paid,
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
  foreignDecline,
  type HeldCard,
  type Match,
  newCard,
  nigerianDecline,
} from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';

/**
 * One planned purchase before events.ts renders it, how people pay and what happens after checkout. Methods:
 * a card through the local acquirer (an OTP for Nigerian cards, 3-D Secure abroad, a saved card by token), a
 * bank transfer to the one-off account number the checkout shows (paid from the buyer's banking app minutes
 * later), USSD (a short code dialled on the phone) and pay on delivery in Lagos and Abuja (cash or the rider's
 * POS terminal, confirmed by phone first).
 */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'card' | 'bank_transfer' | 'ussd' | 'pay_on_delivery';
export type ThreeDS = 'challenge_passed' | 'challenge_failed' | 'frictionless' | 'not_enrolled' | 'exempt';
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card>;
export type Channel = 'web' | 'instagram';

/** A later step: fulfilment updates carry a `status`; a `payment.succeeded` step is paid on delivery. */
export interface LaterEvent {
  type: CanonicalEvent['type'];
  afterMs: number;
  reason?: string;
  amount?: number;
  status?: string;
  /** For `order.updated`: the new delivery address. */
  shipping?: Address;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  channel: Channel;
  /** What the checkout was set to pay with. */
  method: Method;
  giftNote?: string;
  company?: { name: string; rcNumber: string };
  note?: string;
}

/** 3-D Secure as the acquirer reports it: Nigerian OTPs, SCA in the UK, mostly frictionless in North America. */
export function secure(rng: Rng, card: Card, entry: Entry, decline?: Decline): ThreeDS {
  if (entry === 'saved') return 'exempt';
  if (decline === 'authentication_failed') return 'challenge_failed';
  if (card.country === 'NG' || card.country === 'GH' || card.country === 'BY') return 'challenge_passed';
  if (card.country === 'GB') return rng.chance(0.6) ? 'challenge_passed' : 'frictionless';
  if (card.country === 'CA')
    return rng.weightedPick<ThreeDS>([
      ['frictionless', 60],
      ['challenge_passed', 30],
      ['not_enrolled', 10],
    ]);
  return rng.weightedPick<ThreeDS>([
    ['frictionless', 55],
    ['not_enrolled', 35],
    ['challenge_passed', 10],
  ]);
}

export interface CardTry {
  ok: boolean;
  afterMs: number;
  entry?: Entry;
  match?: Match;
  decline?: Decline;
  /** When the planner knows better (an OTP a SIM-swapper receives). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  return cardPaymentAttempt<Method, ThreeDS, Decline, Card>({
    method: 'card',
    card: shownCard(card),
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card, entry, t.ok ? undefined : t.decline),
    afterMs: t.afterMs,
    decline: t.ok ? undefined : t.decline,
  });
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 5 * MINUTE);

/** A bank transfer: the money lands a few minutes later, or the one-off account expires after 30 minutes. */
export function transfer(rng: Rng, expireShare = 0.05): Attempt {
  return rng.chance(expireShare)
    ? other('bank_transfer', false, 30 * MINUTE + rng.int(0, 90_000), 'transfer_expired')
    : other('bank_transfer', true, Math.floor(rng.logNormal(4 * MINUTE, 0.8)) + 30_000);
}

/** USSD: a short code dialled on the phone, confirmed with the bank PIN; sessions time out now and then. */
export function ussd(rng: Rng): Attempt {
  return rng.chance(0.08)
    ? other('ussd', false, rng.int(2, 6) * MINUTE, 'ussd_timeout')
    : other('ussd', true, rng.int(60_000, 6 * MINUTE));
}

export interface Payer {
  cards: HeldCard[];
  /** The cards' country. */
  country: string;
  /** Signed in with a card saved on the account. */
  saved: boolean;
  match?: Match;
}

/**
 * An honest card payment: declined at the first try now and then (no funds, the OTP never came, the bank's
 * switch down, a foreign issuer wary of a Nigerian merchant), then retried the way people do: the same card
 * again, another card, a bank transfer instead, or they give up.
 */
export function payByCard(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const home = payer.country === 'NG';
  const big = amount > 50_000_000;
  const card = rng.pick(payer.cards);
  const entry: Entry = payer.saved && rng.chance(0.6) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  const declined = rng.chance(declineShare ?? (home ? (big ? 0.2 : 0.13) : 0.14));
  if (!declined) return [cardAttempt(rng, card, { ...base, ok: true, afterMs: firstAuth(rng) })];
  const why = home ? nigerianDecline(rng, big) : foreignDecline(rng);
  const out = [cardAttempt(rng, card, { ...base, ok: false, decline: why, afterMs: firstAuth(rng) })];
  const next = rng.next();
  if (next < 0.12) return out;
  const again = [
    'authentication_failed',
    'issuer_unavailable',
    'incorrect_pin',
    'incorrect_cvc',
    'do_not_honor',
  ];
  if (again.includes(why) && next < 0.6) {
    out.push(cardAttempt(rng, card, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (home && next < 0.85) {
    out.push(rng.chance(0.8) ? transfer(rng) : ussd(rng));
    return out;
  }
  const spare = payer.cards.find((c) => c !== card) ?? newCard(rng, payer.country);
  out.push(cardAttempt(rng, spare, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** A transfer or USSD payment; a failed USSD session is followed by a transfer most of the time. */
export function payOther(rng: Rng, method: 'bank_transfer' | 'ussd'): Attempt[] {
  if (method === 'bank_transfer') return [transfer(rng)];
  const first = ussd(rng);
  return first.ok || rng.chance(0.3) ? [first] : [first, transfer(rng, 0.03)];
}

/** Time from checkout to the last attempt. */
export const attemptsTook = (attempts: readonly Attempt[]): number =>
  attempts.reduce((s, a) => s + Math.max(1000, Math.floor(a.afterMs)), 0);

/** An unpaid order released: the basket's hold lapses 30–90 minutes after the last try. */
export function released(rng: Rng, attempts: readonly Attempt[]): LaterEvent {
  const expired = attempts[attempts.length - 1]?.decline === 'transfer_expired';
  return {
    type: 'order.cancelled',
    afterMs: attemptsTook(attempts) + rng.int(30, 90) * MINUTE,
    reason: expired ? 'payment_timeout' : 'payment_failed',
  };
}

/**
 * `after` ms from checkout `at`, moved to the next morning (08:00–12:00 in the destination) when it would fall at
 * night: couriers and riders work by day.
 */
export function byDay(rng: Rng, at: number, after: number, tz = 1): number {
  const t = at + after;
  const h = localHour(t, tz);
  if (h >= 8 && h < 20) return after;
  const toMorning = ((8 - h + 24) % 24) * HOUR;
  return Math.floor(after + toMorning + rng.int(0, 4 * 60) * MINUTE);
}

const TZ: Record<string, number> = { NG: 1, GH: 0, GB: 0, US: -5, CA: -5, RU: 3, BY: 3 };

/** When the parcel goes out and arrives, by service and destination, from checkout `at`. */
export function deliverySteps(rng: Rng, f: Fulfilment, to: Address | undefined, at: number): LaterEvent[] {
  const h = (lo: number, hi: number) => Math.floor(rng.float(lo, hi) * HOUR);
  const tz = TZ[to?.country ?? 'NG'] ?? 1;
  if (f === 'pickup') {
    const ready = byDay(rng, at, h(3, 30));
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: byDay(rng, at, ready + h(2, 72)), status: 'collected' },
    ];
  }
  const out = (dispatch: number, transit: number, last = 'delivered'): LaterEvent[] => {
    const dispatched = byDay(rng, at, dispatch);
    return [
      { type: 'order.updated', afterMs: dispatched, status: 'dispatched' },
      { type: 'order.updated', afterMs: byDay(rng, at, dispatched + transit, tz), status: last },
    ];
  };
  if (f === 'same_day') return out(h(1, 3), h(2, 6));
  if (f === 'express') return out(h(3, 18), h(12, 30));
  if (f === 'hub_pickup') return out(h(8, 40), h(24, 96), 'collected');
  if (f === 'international') {
    const far = to?.country === 'RU' || to?.country === 'BY';
    return out(h(24, 72), far ? h(240, 600) : to?.country === 'GH' ? h(96, 240) : h(72, 192));
  }
  return out(h(8, 40), to?.city === 'Lagos' ? h(20, 48) : h(48, 120));
}

/** The confirmation call and the rider going out (by day), for a pay-on-delivery order placed at `at`. */
export function podRun(rng: Rng, at: number): { confirmed: number; out: number; door: number } {
  const confirmed = byDay(rng, at, rng.int(30, 300) * MINUTE);
  const out = byDay(rng, at, confirmed + rng.int(14, 40) * HOUR);
  const door = out + rng.int(40, 300) * MINUTE;
  return { confirmed, out, door };
}

/** Pay on delivery: the call to confirm, the rider out, paid at the door, delivered. */
export function podSteps(rng: Rng, at: number): LaterEvent[] {
  const { confirmed, out, door } = podRun(rng, at);
  return [
    { type: 'order.updated', afterMs: confirmed, status: 'confirmed' },
    { type: 'order.updated', afterMs: out, status: 'out_for_delivery' },
    { type: 'payment.succeeded', afterMs: door },
    { type: 'order.updated', afterMs: door + rng.int(1, 4) * MINUTE, status: 'delivered' },
  ];
}

/** A pay-on-delivery order that never gets paid: called off on the phone, refused or nobody home. */
export function podFailed(
  rng: Rng,
  why: 'unconfirmed' | 'refused_on_delivery' | 'customer_unreachable',
  at: number,
): LaterEvent[] {
  const { confirmed, out, door } = podRun(rng, at);
  if (why === 'unconfirmed')
    return [{ type: 'order.cancelled', afterMs: confirmed + rng.int(2, 26) * HOUR, reason: why }];
  return [
    { type: 'order.updated', afterMs: confirmed, status: 'confirmed' },
    { type: 'order.updated', afterMs: out, status: 'out_for_delivery' },
    { type: 'order.cancelled', afterMs: door + rng.int(1, 24) * HOUR, reason: why },
  ];
}

export interface Aftermath {
  /** When the order was placed. */
  at: number;
  fulfilment: Fulfilment;
  to: Address | undefined;
  amount: number;
  /** The largest line's value, for a return of one item. */
  itemValue: number;
  /** Clothes, shoes and wigs come back for size and fit; fabric and fragrance rarely. */
  returnable: number;
  cardCountry?: string;
}

/**
 * What happens to an honest paid order: delivered, now and then cancelled before dispatch (refunded), one item
 * returned for size or fit, a rare dispute (a diaspora parcel held up, a Nigerian card debited twice) or an
 * issuer's warning on a good order.
 */
export function honestAfter(rng: Rng, a: Aftermath): LaterEvent[] {
  if (rng.chance(0.012))
    return [{ type: 'order.cancelled', afterMs: rng.int(1, 10) * HOUR, reason: 'customer_request' }];
  const steps = deliverySteps(rng, a.fulfilment, a.to, a.at);
  const arrived = steps[steps.length - 1]?.afterMs ?? DAY;
  if (rng.chance(a.returnable))
    steps.push({
      type: 'refund.created',
      afterMs: arrived + rng.int(2, 9) * DAY,
      reason: rng.pick(['returned_wrong_size', 'returned_wrong_size', 'not_as_described', 'changed_mind']),
      amount: a.itemValue,
    });
  else if (a.cardCountry && a.cardCountry !== 'NG' && rng.chance(0.006))
    steps.push({ type: 'dispute.created', afterMs: rng.int(25, 60) * DAY, reason: 'product_not_received' });
  else if (a.cardCountry === 'NG' && rng.chance(0.004))
    steps.push({ type: 'dispute.created', afterMs: rng.int(5, 25) * DAY, reason: 'duplicate' });
  else if (a.cardCountry && rng.chance(0.001))
    steps.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' });
  return steps;
}
