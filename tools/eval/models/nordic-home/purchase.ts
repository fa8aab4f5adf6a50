import { type CheckResult } from '@vigil/contracts';
import { type Basket } from './basket.js';
import { type Card } from './cards.js';
import { type Device } from './devices.js';
import { type Address } from './places.js';
import { type Rng } from './random.js';

/**
 * One purchase as the model plans it, before it becomes webhooks: who, from where, what, the payment
 * attempts in order, and what happens afterwards (edits, cancellation, refunds, disputes, fraud warnings).
 */

export interface Attempt {
  card: Card;
  ok: boolean;
  avs: CheckResult;
  cvc: CheckResult;
  /** Delay after the previous step (the order, or the previous attempt). */
  afterMs: number;
}

export type FollowUp =
  | { type: 'order.updated'; afterMs: number; shipping: Address }
  | { type: 'order.cancelled'; afterMs: number }
  | { type: 'refund.created'; afterMs: number; amount: number }
  | { type: 'dispute.created'; afterMs: number }
  | { type: 'fraud_warning.created'; afterMs: number };

export interface Buyer {
  id?: string;
  email: string;
  name: string;
  createdAt?: number;
}

export interface Purchase {
  fraud: boolean;
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  /** Absent for e-mailed gift cards. */
  shipping?: Address;
  ip: string;
  device: Device;
  basket: Basket;
  attempts: Attempt[];
  followUps: FollowUp[];
}

/** Issuers that answer address checks: AVS is a North American and British habit. */
const AVS_ISSUERS: ReadonlySet<string> = new Set(['US', 'GB', 'CA']);

/**
 * The address check as the processor reports it. Most European issuers do not verify addresses at all
 * (`unavailable`) or the shop does not ask (`unchecked`); where they do, a flat number or a new street
 * often gives `partial` even for the real cardholder.
 */
export function avsCheck(
  rng: Rng,
  cardCountry: string,
  match: 'match' | 'partial' | 'mismatch',
): CheckResult {
  if (!AVS_ISSUERS.has(cardCountry)) {
    const roll = rng.next();
    if (roll < 0.45) return 'unavailable';
    if (roll < 0.6) return 'unchecked';
  } else if (rng.chance(0.06)) return 'unavailable';
  if (match === 'match')
    return rng.weightedPick([
      ['pass', 80],
      ['partial', 17],
      ['fail', 3],
    ] as const);
  if (match === 'partial')
    return rng.weightedPick([
      ['partial', 70],
      ['pass', 15],
      ['fail', 15],
    ] as const);
  return rng.weightedPick([
    ['fail', 75],
    ['partial', 20],
    ['pass', 5],
  ] as const);
}

/** A stored card is often charged without its CVC; a typed one is checked. */
export function cvcCheck(rng: Rng, storedCard: boolean, correct = true): CheckResult {
  if (storedCard && rng.chance(0.55)) return 'unchecked';
  if (rng.chance(0.02)) return 'unavailable';
  return correct ? 'pass' : 'fail';
}

/** Seconds between placing the order and the payment answer (3-D Secure takes a while on a phone). */
export function paymentDelay(rng: Rng): number {
  return Math.round(rng.logNormal(9_000, 0.8));
}
