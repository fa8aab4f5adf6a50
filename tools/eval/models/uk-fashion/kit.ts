import { attempt } from './cards.js';
import { basket, currencyFor, deliveryFee } from './catalog.js';
import {
  type Address,
  type Attempt,
  type Buyer,
  type Card,
  DAY,
  type Device,
  type FollowUp,
  HOUR,
  type Line,
  MINUTE,
  type Purchase,
} from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type Customer } from './world.js';

/** Small builders shared by the honest and fraud planners. */

export interface Draft {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  ip: string;
  device: Device;
  lines: Line[];
  /** Currency from the billing country unless given. */
  currency?: 'GBP' | 'EUR';
  collect?: boolean;
  attempts: Attempt[];
  followUps?: FollowUp[];
}

export function build(d: Draft): Purchase {
  const currency = d.currency ?? currencyFor(d.billing.country);
  const digital = d.shipping === undefined;
  const b = basket(d.lines, currency, digital ? 0 : deliveryFee(d.lines, currency, d.collect === true));
  return {
    at: d.at,
    kind: d.kind,
    fraud: d.fraud,
    buyer: d.buyer,
    billing: d.billing,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    ip: d.ip,
    device: d.device,
    basket: b,
    attempts: d.attempts,
    followUps: d.attempts.some((a) => a.ok)
      ? (d.followUps ?? []).map((f) => ({
          ...f,
          ...(f.amount !== undefined ? { amount: Math.min(f.amount, b.amount) } : {}),
        }))
      : unpaid(d),
  };
}

/**
 * Nobody is charged when every authorisation failed: no refund, dispute or warning follows; the platform
 * cancels most such orders after half an hour to an hour.
 */
function unpaid(d: Draft): FollowUp[] {
  const roll = (d.at % 1000) / 1000;
  return roll < 0.6
    ? [{ type: 'order.cancelled', afterMs: 30 * MINUTE + Math.round(roll * 50 * MINUTE) }]
    : [];
}

export function account(c: Customer): Buyer {
  return { id: c.id, email: c.email, name: c.name, createdAt: c.createdAt };
}

/** A buyer who signs up at checkout (`ageMs` before it) or checks out as a guest. */
export function newBuyer(
  rng: Rng,
  at: number,
  name: string,
  email: string,
  guestShare: number,
  ageMs?: number,
): Buyer {
  if (rng.chance(guestShare)) return { email, name };
  return {
    id: `cus_${rng.token(14)}`,
    email,
    name,
    createdAt: at - (ageMs ?? Math.round(rng.float(1, 9) * MINUTE)),
  };
}

export function paid(rng: Rng, card: Card | undefined): Attempt[] {
  return [attempt(rng, card, true)];
}

/**
 * What happens to an honest fashion order afterwards: a third send something back (bracketing sizes, change
 * of mind), a few are cancelled within the hour.
 */
export function honestAfter(rng: Rng, amount: number, physical: boolean, returnShare = 0.3): FollowUp[] {
  if (!physical) return [];
  if (rng.chance(0.02)) return [{ type: 'order.cancelled', afterMs: Math.round(rng.float(5, 55) * MINUTE) }];
  if (!rng.chance(returnShare)) return [];
  const share = rng.chance(0.35) ? 1 : rng.float(0.25, 0.7);
  return [
    {
      type: 'refund.created',
      afterMs: Math.round(rng.float(6, 28) * DAY),
      amount: Math.max(100, Math.round(amount * share)),
      reason: 'requested_by_customer',
    },
  ];
}

/** Rough goods value before the basket is built, for follow-up amounts. */
export function goods(lines: Line[]): number {
  return lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
}

/** Fraud the card's owner or the issuer notices later: an early warning, a chargeback, or both. */
export function stolenAfter(rng: Rng, amount: number, warnShare = 0.4, disputeShare = 0.45): FollowUp[] {
  const out: FollowUp[] = [];
  if (rng.chance(warnShare))
    out.push({
      type: 'fraud_warning.created',
      afterMs: Math.round(rng.float(6 * HOUR, 4 * DAY)),
      amount,
      reason: 'fraudulent',
    });
  if (rng.chance(disputeShare))
    out.push({
      type: 'dispute.created',
      afterMs: Math.round(rng.float(5, 45) * DAY),
      amount,
      reason: 'fraudulent',
    });
  return out;
}
