import { type CheckResult } from '@vigil/contracts';
import { type Basket } from './catalog.js';
import { type Card, type Device } from './people.js';
import { type Address } from './places.js';
import { type Rng } from '../kit/random.js';
import { MINUTE } from '../kit/purchase.js';

/** One purchase as the model plans it, before it is rendered into webhooks (events.ts). */

export interface Buyer {
  /** Store account id; absent for guest checkout. */
  id?: string;
  email: string;
  name: string;
  /** When the account was opened (ms); accounts only. */
  createdAt?: number;
}

export interface Attempt {
  /** Absent for buy-now-pay-later, which the gateway reports without a card. */
  card?: Card;
  ok: boolean;
  /** Delay after the previous step (the order, or the previous attempt). */
  afterMs: number;
  avs: CheckResult;
  cvc: CheckResult;
}

export type FollowUp =
  | { type: 'order.updated'; afterMs: number; shipping?: Address }
  | { type: 'order.cancelled'; afterMs: number }
  | {
      type: 'refund.created' | 'dispute.created' | 'fraud_warning.created';
      afterMs: number;
      amount: number;
      reason: string;
    };

export interface Purchase {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  ip: string;
  device: Device;
  basket: Basket;
  attempts: Attempt[];
  followUps: FollowUp[];
}

/**
 * AVS is a North American and British check: for cards from this store's own markets the gateway mostly
 * reports it unavailable. CVC is checked everywhere.
 */
export function avsFor(rng: Rng, card: Card | undefined, matches: boolean): CheckResult {
  if (!card) return 'unchecked';
  if (!['US', 'GB', 'CA'].includes(card.country)) return rng.chance(0.9) ? 'unavailable' : 'unchecked';
  return matches ? (rng.chance(0.9) ? 'pass' : 'partial') : rng.chance(0.6) ? 'fail' : 'partial';
}

/** A payment that goes through first time (the common case), a few seconds after checkout. */
export function paid(rng: Rng, card: Card | undefined, avsMatches = true): Attempt {
  return {
    card,
    ok: true,
    afterMs: rng.int(2_000, 25_000),
    avs: avsFor(rng, card, avsMatches),
    cvc: card ? 'pass' : 'unchecked',
  };
}

/** A decline: insufficient funds, a failed 3-D Secure challenge, an issuer block, or a wrong CVC. */
export function declined(rng: Rng, card: Card | undefined, cvcWrong = false, avsMatches = true): Attempt {
  return {
    card,
    ok: false,
    afterMs: rng.int(3_000, 3 * MINUTE),
    avs: avsFor(rng, card, avsMatches),
    cvc: !card ? 'unchecked' : cvcWrong ? 'fail' : 'pass',
  };
}
