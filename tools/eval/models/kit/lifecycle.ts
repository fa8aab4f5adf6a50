import { expect } from '@jest/globals';
import { type LabelledStream } from '../../traffic-model.js';
import { type CreatedOrder, webhookTypesByPurchase } from './contract.js';

/**
 * What the models' specs check alike about what happens to orders after they are placed (payments, refunds,
 * disputes, card-testing runs) and about their amounts. Every bound is the model's own argument.
 */

/** The events that only follow money taken: a dispute, a refund, an issuer's fraud warning. */
export const MONEY_EVENTS: readonly string[] = ['dispute.created', 'refund.created', 'fraud_warning.created'];

/**
 * More than half of the disputed purchases are fraud, and every purchase's first dispute, refund or warning
 * comes after a succeeded payment. Returns each purchase's event types and the disputed purchases, for the
 * model's own checks.
 */
export function expectMoneyAfterPaymentAndDisputesMostlyFraud(s: LabelledStream): {
  types: Map<string, string[]>;
  disputed: string[];
} {
  const truth = new Map(s.truth.map((p) => [p.purchase, p]));
  const types = webhookTypesByPurchase(s);
  const disputed = [...types].filter(([, l]) => l.includes('dispute.created')).map(([p]) => p);
  expect(disputed.filter((p) => truth.get(p)?.fraud).length).toBeGreaterThan(disputed.length / 2);
  for (const [p, list] of types) {
    const first = list.findIndex((t) => MONEY_EVENTS.includes(t));
    if (first >= 0) expect(`${p}:${list.slice(0, first).includes('payment.succeeded')}`).toBe(`${p}:true`);
  }
  return { types, disputed };
}

/** The share of `orders` whose purchase has a succeeded payment among `types`. */
export function paidShare(
  orders: readonly CreatedOrder[],
  types: ReadonlyMap<string, readonly string[]>,
): number {
  return orders.filter((o) => types.get(o.purchase)?.includes('payment.succeeded')).length / orders.length;
}

/** Most gaps between consecutive `orders` (in stream order) are shorter than `gap` ms: they come in bursts. */
export function expectMostGapsUnder(orders: readonly CreatedOrder[], gap: number): void {
  const gaps = orders.slice(1).map((o, i) => o.at - (orders[i]?.at ?? 0));
  expect(gaps.filter((g) => g < gap).length).toBeGreaterThan(gaps.length / 2);
}

/** The mean order amount, in minor units (a missing amount counts as 0). */
export function meanAmount(orders: readonly CreatedOrder[]): number {
  return orders.map((o) => o.data.amount ?? 0).reduce((a, b) => a + b, 0) / orders.length;
}
