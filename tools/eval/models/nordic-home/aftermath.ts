import { BY_SKU, RETURN_RATE } from './catalog.js';
import { nearbyAddress } from './places.js';
import { type Purchase } from './purchase.js';
import { type Rng } from './random.js';
import { DAY, MINUTE } from '../kit/purchase.js';

/**
 * What happens after checkout. Honest orders get the occasional address fix, a cancellation, and returns at
 * each category's own rate (a fifth of apparel, a few percent of furniture), weeks later; very rarely a buyer
 * disputes a charge they made. Fraud surfaces days to weeks later as issuer fraud warnings and chargebacks;
 * unpaid attempts are cancelled by the shop.
 */

const HOUR = 60 * MINUTE;

function paymentEnd(purchase: Purchase): number {
  return purchase.attempts.reduce((sum, attempt) => sum + attempt.afterMs, 0);
}

function paid(purchase: Purchase): boolean {
  return purchase.attempts.some((attempt) => attempt.ok);
}

/** Kinds that send back less: trade buyers order to a spec, gifts abroad are costly to return. */
const RETURN_FACTOR: Readonly<Record<string, number>> = {
  b2b: 0.4,
  gift_abroad: 0.5,
  click_and_collect: 0.7,
};

export function honestAftermath(rng: Rng, purchase: Purchase): void {
  const after = paymentEnd(purchase);
  const { shipping, basket, followUps } = purchase;
  if (!paid(purchase)) {
    followUps.push({ type: 'order.cancelled', afterMs: after + rng.int(45 * MINUTE, 3 * HOUR) });
    return;
  }
  if (shipping && purchase.kind !== 'click_and_collect' && rng.chance(0.03)) {
    const fixed = rng.chance(0.5)
      ? {
          ...shipping,
          line1: `${shipping.line1}, ${rng.pick(['2 tr', 'lgh 1204', 'Apt 3', 'Hinterhaus', 'bus 2'])}`,
        }
      : nearbyAddress(shipping, rng);
    followUps.push({
      type: 'order.updated',
      afterMs: after + rng.int(3 * MINUTE, 90 * MINUTE),
      shipping: fixed,
    });
  }
  if (rng.chance(0.025)) {
    const cancelAt = after + rng.int(5 * MINUTE, 10 * HOUR);
    followUps.push({ type: 'order.cancelled', afterMs: cancelAt });
    followUps.push({
      type: 'refund.created',
      afterMs: cancelAt + rng.int(MINUTE, 30 * MINUTE),
      amount: basket.amount,
    });
    return;
  }
  const factor = RETURN_FACTOR[purchase.kind] ?? 1;
  let returned = 0;
  for (const line of basket.lines) {
    const product = BY_SKU.get(line.sku);
    if (product && rng.chance(RETURN_RATE[product.category] * factor)) returned += line.price * line.quantity;
  }
  if (returned > 0) {
    followUps.push({
      type: 'refund.created',
      afterMs: after + rng.int(6 * DAY, 28 * DAY),
      amount: Math.min(returned, basket.amount),
    });
  } else if (basket.bulky && rng.chance(0.03)) {
    // A scratched table top: a goodwill partial refund instead of a return.
    followUps.push({
      type: 'refund.created',
      afterMs: after + rng.int(4 * DAY, 12 * DAY),
      amount: Math.round(basket.amount * rng.float(0.1, 0.25)),
    });
  }
  if (rng.chance(0.0035))
    followUps.push({ type: 'dispute.created', afterMs: after + rng.int(12 * DAY, 60 * DAY) });
  else if (rng.chance(0.001)) {
    followUps.push({ type: 'fraud_warning.created', afterMs: after + rng.int(2 * DAY, 7 * DAY) });
  }
}

export interface FraudOdds {
  /** Issuer early fraud warning (TC40 / SAFE), usually within a week. */
  warning: number;
  /** Chargeback once the cardholder sees the statement. */
  dispute: number;
  /** The shop (or the victim calling in) stops the order before it ships. */
  stopped?: number;
}

export function fraudAftermath(rng: Rng, purchase: Purchase, odds: FraudOdds): void {
  const after = paymentEnd(purchase);
  const { followUps, basket } = purchase;
  if (!paid(purchase)) {
    // Unpaid orders are swept by the shop's pending-order cleanup.
    if (rng.chance(0.85))
      followUps.push({ type: 'order.cancelled', afterMs: after + rng.int(20 * MINUTE, 2 * HOUR) });
    return;
  }
  if (rng.chance(odds.stopped ?? 0)) {
    const cancelAt = after + rng.int(30 * MINUTE, 2 * DAY);
    followUps.push({ type: 'order.cancelled', afterMs: cancelAt });
    followUps.push({
      type: 'refund.created',
      afterMs: cancelAt + rng.int(MINUTE, HOUR),
      amount: basket.amount,
    });
    return;
  }
  if (rng.chance(odds.warning)) {
    const warnedAt = after + rng.int(DAY, 6 * DAY);
    followUps.push({ type: 'fraud_warning.created', afterMs: warnedAt });
    if (rng.chance(0.45)) {
      // Refunding on a warning avoids the chargeback fee; the goods have usually shipped by then.
      followUps.push({
        type: 'refund.created',
        afterMs: warnedAt + rng.int(2 * HOUR, 20 * HOUR),
        amount: basket.amount,
      });
      return;
    }
  }
  if (rng.chance(odds.dispute))
    followUps.push({ type: 'dispute.created', afterMs: after + rng.int(6 * DAY, 45 * DAY) });
}
