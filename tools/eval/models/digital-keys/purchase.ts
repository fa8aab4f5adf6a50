import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  type Card,
  type Device,
  HOUR,
  localHour,
  MINUTE,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket } from './catalog.js';
import { type Method } from './places.js';

/** One planned purchase before events.ts renders it, and the store's clock: its daily curve and its big nights. */

export {
  type Address,
  type Buyer,
  type Card,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  type Window,
} from '../kit/purchase.js';

/** One payment attempt on the order: a card authorisation, or a wallet / instant payment confirming. */
export interface Attempt {
  /** Card payments only. */
  card?: Card;
  ok: boolean;
  avs: CheckResult;
  cvc: CheckResult;
  /** The issuer's or wallet's decline code when `ok` is false. */
  decline?: string;
  /** After the previous step (the order or the previous attempt). */
  afterMs: number;
  /** When it is not the order's method: a shopper whose card was refused pays with PayPal. */
  method?: Method;
}

export type LaterType =
  'order.updated' | 'order.cancelled' | 'refund.created' | 'fraud_warning.created' | 'dispute.created';

export interface Later {
  type: LaterType;
  afterMs: number;
  reason?: string;
  /** Partial refunds. */
  amount?: number;
  /** For `order.updated`: the e-mail the keys go to now. */
  email?: string;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, Later> {
  buyer: Buyer;
  method: Method;
  ip: string;
  device: Device;
  billing: Address;
}

/** The summer sale opens a day into the default window (Thursday 17:00 UTC, 10:00 in Seattle). */
export const SALE_OPENS = 24 * HOUR;
/** A big game unlocks worldwide 54 hours in (Friday 23:00 UTC). */
export const LAUNCH = 54 * HOUR;

/** Orders by local hour: gamers buy in the evening and well past midnight, hardly at dawn. */
const BY_HOUR = [
  3.4, 2.6, 1.7, 1.0, 0.6, 0.4, 0.5, 0.8, 1.2, 1.6, 2.0, 2.4, 2.8, 2.9, 3.0, 3.2, 3.6, 4.0, 4.6, 5.2, 5.8,
  6.0, 5.6, 4.5,
];

/** Traffic against the stream's start: the sale's opening rush, the sale, the launch night. */
export function surge(t: number, w: Window): number {
  const since = t - w.start - SALE_OPENS;
  const launch = Math.abs(t - w.start - LAUNCH);
  const sale = since < 0 ? 1 : since < 3 * HOUR ? 2.6 : since < 12 * HOUR ? 1.7 : 1.4;
  return sale * (launch < 2 * HOUR ? 1.5 : 1);
}

/** Saturday and Sunday (local) are busier; so is Friday evening. */
function weekend(t: number, tz: number): number {
  const local = new Date(t + tz * HOUR);
  const day = local.getUTCDay();
  return day === 0 || day === 6 ? 1.15 : day === 5 && local.getUTCHours() >= 18 ? 1.1 : 1;
}

/** A moment in [from, to) on the store's curve for a shopper at UTC offset `tz`. */
export function when(rng: Rng, w: Window, tz: number, from = w.start, to = w.end): number {
  for (let i = 0; i < 80; i++) {
    const t = rng.float(from, to);
    const weight = (BY_HOUR[Math.floor(localHour(t, tz))] ?? 1) * surge(t, w) * weekend(t, tz);
    if (rng.next() * 6 * 2.6 * 1.5 * 1.15 < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(from, to));
}

/** A moment between local hours `from` and `to` (may pass midnight), anywhere in the window. */
export function atNight(rng: Rng, w: Window, tz: number, from = 23, to = 5): number {
  for (let i = 0; i < 400; i++) {
    const t = rng.float(w.start, w.end);
    const h = localHour(t, tz);
    if (from <= to ? h >= from && h < to : h >= from || h < to) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Clamp a planned moment into the window (bursts that would run past its end start earlier). */
export const within = (w: Window, t: number, length = 0): number =>
  Math.floor(Math.max(w.start, Math.min(t, w.end - 1 - length)));

export const paid = (
  afterMs: number,
  card?: Card,
  avs: CheckResult = 'unavailable',
  cvc: CheckResult = 'pass',
) => attempt(true, afterMs, card, avs, cvc);

export const declined = (
  decline: string,
  afterMs: number,
  card?: Card,
  avs: CheckResult = 'unavailable',
  cvc: CheckResult = 'pass',
): Attempt => ({ ...attempt(false, afterMs, card, avs, cvc), decline });

function attempt(
  ok: boolean,
  afterMs: number,
  card: Card | undefined,
  avs: CheckResult,
  cvc: CheckResult,
): Attempt {
  return card
    ? { card, ok, avs, cvc, afterMs: Math.floor(afterMs) }
    : { ok, avs: 'unavailable', cvc: 'unavailable', afterMs: Math.floor(afterMs) };
}

/** How long a wallet or an instant payment takes to confirm: a card or PayPal in seconds, Pix or UPI in minutes. */
export function payDelay(rng: Rng, method: Method): number {
  if (method === 'pix' || method === 'upi' || method === 'ewallet') return rng.float(40_000, 6 * MINUTE);
  if (method === 'paypal') return rng.float(20_000, 90_000);
  return rng.float(6_000, 40_000);
}

export const accountId = (rng: Rng): string => `acc_${rng.digits(8)}`;
