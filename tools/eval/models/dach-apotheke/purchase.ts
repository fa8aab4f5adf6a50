import { type CheckResult } from '@vigil/contracts';
import { type Basket } from './catalog.js';
import { MARKETS, type MarketCode } from './geo.js';
import { type Rng } from '../kit/random.js';
import {
  type Address,
  type Buyer,
  type Card,
  type Device,
  HOUR,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';

/** One purchase as planned, before it becomes webhooks (events.ts). */

/** One authorisation: by card, or by invoice / bank transfer / BLIK (no card, no checks). */
export interface Attempt {
  card?: Card;
  ok: boolean;
  cvc: CheckResult;
  avs: CheckResult;
  afterMs: number;
}

export interface Purchase extends PurchaseCore<Basket, Attempt> {
  buyer: Buyer;
  shipping?: Address;
  /** Absent for subscription renewals charged by the server. */
  ip?: string;
  device?: Device;
}

/** Activity by local hour: a morning peak of older customers, lunch, and the evening on the sofa. */
const BY_HOUR = [
  1, 0.6, 0.3, 0.2, 0.2, 0.4, 1.2, 2.6, 3.6, 4, 4, 3.8, 4.2, 3.8, 3.4, 3.4, 3.6, 4, 4.6, 5.2, 5.6, 5, 3.6, 2,
];

export function when(rng: Rng, w: Window, home: MarketCode, from = w.start, to = w.end): number {
  const tz = MARKETS[home].tz;
  for (let i = 0; i < 40; i++) {
    const t = rng.float(from, to);
    const h = Math.floor((((t / HOUR + tz) % 24) + 24) % 24);
    if (rng.next() * 5.6 < (BY_HOUR[h] ?? 1)) return Math.floor(t);
  }
  return Math.floor(rng.float(from, to));
}

/** A moment between local hours `from` and `to` (night shifts, early-morning renewal batches). */
export function between(rng: Rng, w: Window, home: MarketCode, from: number, to: number): number {
  const tz = MARKETS[home].tz;
  for (let i = 0; i < 300; i++) {
    const t = rng.float(w.start, w.end);
    const h = (((t / HOUR + tz) % 24) + 24) % 24;
    if (h >= from && h < to) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** AVS only answers for US and UK issuers; European issuers give `unavailable`. */
export const avs = (card: Card, match: boolean): CheckResult =>
  ['US', 'GB'].includes(card.country) ? (match ? 'pass' : 'fail') : 'unavailable';

export const byCard = (
  card: Card,
  ok: boolean,
  afterMs: number,
  a: CheckResult = 'unavailable',
  cvc: CheckResult = 'pass',
): Attempt => ({ card, ok, avs: a, cvc, afterMs });
export const byInvoice = (afterMs: number, ok = true): Attempt => ({
  ok,
  avs: 'unchecked',
  cvc: 'unchecked',
  afterMs,
});
