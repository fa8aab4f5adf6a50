import { expect } from '@jest/globals';
import { type LabelledStream } from '../../traffic-model.js';
import { type CreatedOrder, createdOrders, webhookTypesByPurchase } from './contract.js';

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

/**
 * `expectMoneyAfterPaymentAndDisputesMostlyFraud`, and every purchase without a succeeded payment is cancelled
 * (as `afterCapture` releases an unpaid order). Returns the same.
 */
export function expectMoneyAfterPaymentAndUnpaidCancelled(s: LabelledStream): {
  types: Map<string, string[]>;
  disputed: string[];
} {
  const found = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
  for (const list of found.types.values())
    if (!list.includes('payment.succeeded')) expect(list).toContain('order.cancelled');
  return found;
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

/** The median order amount, in minor units (the upper middle of an even count; 0 for none). */
export function medianAmount(orders: readonly CreatedOrder[]): number {
  const values = orders.map((o) => o.data.amount ?? 0).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 0;
}

/**
 * A stream's card testing: guests only, paid less often than `paidBelow`, in bursts (most gaps under `gap` ms)
 * and, with `ordersPerBin`, on so few BINs that each carries more than that many orders on average. Returns
 * the testing orders for the model's own checks.
 */
export function expectGuestCardTesting(
  s: LabelledStream,
  { paidBelow, gap, ordersPerBin }: { paidBelow: number; gap: number; ordersPerBin?: number },
): CreatedOrder[] {
  const testing = createdOrders(s).filter((o) => o.kind === 'card_testing');
  expect(paidShare(testing, webhookTypesByPurchase(s))).toBeLessThan(paidBelow);
  for (const o of testing) expect(o.data.customer?.id).toBeUndefined();
  expectMostGapsUnder(testing, gap);
  if (ordersPerBin !== undefined)
    expect(new Set(testing.map((o) => o.data.card?.bin)).size).toBeLessThan(testing.length / ordersPerBin);
  return testing;
}

/**
 * For each account-takeover order in `streams`: whether its account (`account`, the customer id unless the model
 * says otherwise) also ordered honestly in the same stream.
 */
export function takeoversOfKnownAccounts(
  streams: readonly LabelledStream[],
  account: (o: CreatedOrder) => unknown = (o) => o.data.customer?.id,
): boolean[] {
  return streams.flatMap((s) => {
    const orders = createdOrders(s);
    const accounts = new Set(orders.filter((o) => !o.fraud).map(account));
    return orders.filter((o) => o.kind === 'account_takeover').map((o) => accounts.has(account(o)));
  });
}
