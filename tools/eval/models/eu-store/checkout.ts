import { avsResult, cvcResult, walletAvs, type AddressMatch, type CvcSituation } from './cards.js';
import type { Rng } from './random.js';
import { DAY, HOUR, MINUTE, SECOND } from './timeline.js';
import type { Card, FollowUp, PaymentAttempt, PurchasePlan } from './types.js';

/** Building blocks shared by honest and fraudulent purchases: payment attempts and what happens afterwards. */

export interface AttemptSpec {
  card: Card;
  succeeded: boolean;
  address: AddressMatch;
  cvc: CvcSituation;
  /** ms after the previous attempt (or after the order for the first). */
  gap: number;
}

/** Turns attempt specs into attempts with results the issuer would really send. */
export function attempts(rng: Rng, specs: AttemptSpec[]): PaymentAttempt[] {
  let offset = 0;
  return specs.map((spec) => {
    offset += spec.gap;
    const cvc = cvcResult(rng, spec.cvc);
    const avs = spec.cvc === 'wallet' ? walletAvs(rng) : avsResult(rng, spec.card.country, spec.address);
    return { offset, card: spec.card, outcome: spec.succeeded ? 'succeeded' : 'failed', avs, cvc };
  });
}

/** A shopper paying: seconds after the order, sometimes a minute of 3-D Secure on the phone. */
export function checkoutGap(rng: Rng): number {
  return rng.chance(0.8) ? rng.int(3, 25) * SECOND : rng.int(30, 150) * SECOND;
}

export function paidAttempt(plan: PurchasePlan): PaymentAttempt | undefined {
  return plan.attempts.find((a) => a.outcome === 'succeeded');
}

/** How a fraudulent, paid order unravels: issuer warnings, chargebacks, and the store cancelling in time. */
export interface Aftermath {
  /** Chance of an early fraud warning (TC40/SAFE report relayed by the processor). */
  warning: number;
  /** Chance of a chargeback. */
  dispute: number;
  /** Chance the store cancels and refunds when a warning arrives before the parcel leaves (within ~a day). */
  cancelOnEarlyWarning: number;
  /** Chance the victim complains to the store and gets refunded directly. */
  refund?: number;
}

export function fraudAftermath(rng: Rng, plan: PurchasePlan, profile: Aftermath): FollowUp[] {
  const paid = paidAttempt(plan);
  if (!paid) return [];
  const out: FollowUp[] = [];
  let cancelled = false;
  if (rng.chance(profile.warning)) {
    const offset = paid.offset + Math.floor(rng.logNormal(1.6 * DAY, 0.8));
    out.push({ type: 'fraud_warning.created', offset });
    if (offset - paid.offset < 30 * HOUR && rng.chance(profile.cancelOnEarlyWarning)) {
      const at = offset + rng.int(10, 240) * MINUTE;
      out.push({ type: 'order.cancelled', offset: at });
      out.push({ type: 'refund.created', offset: at + rng.int(5, 90) * SECOND });
      cancelled = true;
    }
  }
  if (!cancelled && profile.refund && rng.chance(profile.refund)) {
    out.push({ type: 'refund.created', offset: paid.offset + Math.floor(rng.between(1, 6) * DAY) });
    cancelled = true;
  }
  if (!cancelled && rng.chance(profile.dispute)) {
    out.push({ type: 'dispute.created', offset: paid.offset + Math.floor(rng.logNormal(14 * DAY, 0.55)) });
  }
  return out;
}
