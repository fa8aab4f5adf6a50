import { type CheckResult } from '@vigil/contracts';
import { type Basket } from './catalog.js';
import { type Rng } from './random.js';

/** One planned purchase, before events.ts turns it into webhooks, and the helpers the planners share. */

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export interface Address {
  country: string;
  postalCode?: string;
  city?: string;
  line1?: string;
}

export interface Card {
  bin: string;
  last4: string;
  brand: string;
  country: string;
  fingerprint: string;
}

export interface Device {
  userAgent: string;
  /** The app always sends one; the web fingerprint script most of the time. */
  id?: string;
}

export interface Attempt {
  card: Card;
  ok: boolean;
  avs: CheckResult;
  cvc: CheckResult;
  /** Delay after the previous step (the order, or the previous attempt). */
  afterMs: number;
}

export type LaterType =
  'order.updated' | 'order.cancelled' | 'refund.created' | 'fraud_warning.created' | 'dispute.created';

export interface Later {
  type: LaterType;
  /** After the order was placed. */
  afterMs: number;
  reason?: string;
  /** Partial refunds. */
  amount?: number;
  /** For `order.updated`: the new delivery address. */
  shipping?: Address;
}

export interface Buyer {
  /** Absent for guest checkout. */
  id?: string;
  email: string;
  name: string;
  createdAt?: number;
}

export interface Purchase {
  at: number;
  fraud: boolean;
  kind: string;
  basket: Basket;
  buyer: Buyer;
  billing: Address;
  /** The delivery address, or the boutique for pick-up orders. */
  shipping: Address;
  ip: string;
  device: Device;
  attempts: Attempt[];
  later: Later[];
}

export interface Window {
  start: number;
  end: number;
}

/**
 * Shopping by local hour: little at night, a late-morning and lunchtime browse, and the evening peak on the
 * sofa (19–23 h) that luxury and gift shopping share.
 */
const BY_HOUR = [
  1.2, 0.7, 0.4, 0.25, 0.2, 0.3, 0.6, 1.2, 2, 2.8, 3.4, 3.8, 4.2, 4, 3.6, 3.4, 3.5, 3.8, 4.4, 5.4, 6, 6, 4.8,
  2.6,
];
const PEAK = 6;

const localHour = (t: number, tz: number) => (((t / HOUR + tz) % 24) + 24) % 24;

/** A moment in [from, to) following the local shopping curve of a shopper at UTC offset `tz`. */
export function when(rng: Rng, w: Window, tz: number, from = w.start, to = w.end): number {
  for (let i = 0; i < 50; i++) {
    const t = rng.range(from, to);
    if (rng.float() * PEAK < (BY_HOUR[Math.floor(localHour(t, tz))] ?? 1)) return Math.floor(t);
  }
  return Math.floor(rng.range(from, to));
}

/** A moment in the window between local hours `from` and `to` (to may pass midnight, e.g. 23 → 5). */
export function between(rng: Rng, w: Window, tz: number, from: number, to: number): number {
  for (let i = 0; i < 400; i++) {
    const t = rng.range(w.start, w.end);
    const h = localHour(t, tz);
    if (from <= to ? h >= from && h < to : h >= from || h < to) return Math.floor(t);
  }
  return Math.floor(rng.range(w.start, w.end));
}

/** North American and British issuers answer AVS; others do not. */
const AVS_ISSUERS = new Set(['US', 'CA', 'GB']);
export function avs(card: Card, result: 'pass' | 'fail' | 'partial'): CheckResult {
  return AVS_ISSUERS.has(card.country) ? result : 'unavailable';
}

export const attempt = (
  card: Card,
  ok: boolean,
  afterMs: number,
  avsResult: CheckResult,
  cvc: CheckResult = 'pass',
): Attempt => ({ card, ok, avs: avsResult, cvc, afterMs });
