import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  betweenHours,
  type Buyer,
  type Card,
  type CardAttempt,
  type Device,
  localHour,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Basket } from './catalog.js';
import { type Rng } from './random.js';

/** One planned purchase, before events.ts turns it into webhooks, and the helpers the planners share. */

export type Attempt = CardAttempt;

export interface Purchase extends PurchaseCore<Basket, Attempt> {
  buyer: Buyer;
  /** The delivery address, or the boutique for pick-up orders. */
  shipping: Address;
  ip: string;
  device: Device;
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
  return betweenHours((a, b) => rng.range(a, b), w, tz, from, to);
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
