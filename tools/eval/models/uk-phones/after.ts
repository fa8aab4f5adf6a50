import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Calendar, deliveryPlan } from './calendar.js';
import { type Fulfilment } from './catalogue.js';
import { DAY, HOUR, type LaterEvent, MINUTE } from './purchase.js';

/**
 * What happens after checkout: the parcel's journey by how it was sent, and what honest orders run into (a
 * cancelled pre-order, a change of mind within the 14 days the law gives, a faulty handset, a parcel the
 * courier lost, a family member's purchase the cardholder did not recognise).
 */

export interface Journey {
  steps: LaterEvent[];
  /** When the parcel reached the buyer (or the e-mail was sent), after the order. */
  arrived: number;
  /** When it left the warehouse, after the order. */
  dispatched: number;
}

export function journey(
  rng: Rng,
  c: Calendar,
  at: number,
  f: Fulfilment,
  preorder = f === 'launch_day',
): Journey {
  if (f === 'e_gift') {
    const sent = rng.int(2, 20) * MINUTE;
    return {
      steps: [{ type: 'order.updated', afterMs: sent, status: 'sent' }],
      arrived: sent,
      dispatched: sent,
    };
  }
  const speed = f === 'click_collect' ? 'next_day' : f;
  const d = deliveryPlan(rng, c, at, preorder && at < c.release ? 'launch_day' : speed);
  if (f === 'click_collect') {
    const collected = d.deliver + rng.int(2, 80) * HOUR;
    return {
      steps: [
        { type: 'order.updated', afterMs: d.dispatch, status: 'dispatched' },
        { type: 'order.updated', afterMs: d.deliver, status: 'ready_to_collect' },
        { type: 'order.updated', afterMs: collected, status: 'collected' },
      ],
      arrived: collected,
      dispatched: d.dispatch,
    };
  }
  return {
    steps: [
      { type: 'order.updated', afterMs: d.dispatch, status: 'dispatched' },
      { type: 'order.updated', afterMs: d.deliver, status: 'delivered' },
    ],
    arrived: d.deliver,
    dispatched: d.dispatch,
  };
}

/** The order cancelled before dispatch, and refunded. */
export function cancelled(rng: Rng, before: number, reason: string, refundReason = reason): LaterEvent[] {
  const at = rng.int(Math.min(20 * MINUTE, before - 1), Math.max(20 * MINUTE, before - 1));
  return [
    { type: 'order.cancelled', afterMs: at, reason },
    { type: 'refund.created', afterMs: at + rng.int(2, 90) * MINUTE, reason: refundReason },
  ];
}

/** The delivery address changed after checkout (by the buyer on the account, or through customer service). */
export function readdressed(afterMs: number, shipping: Address): LaterEvent {
  return { type: 'order.updated', afterMs, status: 'address_changed', shipping };
}

export interface HonestOdds {
  /** Cancelled before dispatch. */
  cancel?: number;
  /** Sent back within the 14 days. */
  returns?: number;
  /** A faulty handset refunded. */
  faulty?: number;
  /** A pre-order of the new phone: it leaves the warehouse for launch day. */
  preorder?: boolean;
}

/** An honest order's life after payment. */
export function honestAfter(
  rng: Rng,
  c: Calendar,
  at: number,
  f: Fulfilment,
  amount: number,
  odds: HonestOdds = {},
): LaterEvent[] {
  const j = journey(rng, c, at, f, odds.preorder);
  if (f !== 'e_gift' && rng.chance(odds.cancel ?? 0.015))
    return cancelled(rng, Math.max(j.dispatched, 30 * MINUTE), 'customer_request', 'requested_by_customer');
  const out = [...j.steps];
  if (f !== 'e_gift' && rng.chance(0.003)) {
    // Lost by the courier: the last step never comes; a refund, or a dispute when the shop was slow.
    out.pop();
    if (rng.chance(0.6))
      out.push({
        type: 'refund.created',
        afterMs: j.arrived + rng.int(5, 12) * DAY,
        reason: 'lost_in_transit',
      });
    else
      out.push({
        type: 'dispute.created',
        afterMs: j.arrived + rng.int(14, 40) * DAY,
        reason: 'product_not_received',
      });
    return out;
  }
  if (rng.chance(odds.returns ?? 0.03))
    out.push({
      type: 'refund.created',
      afterMs: j.arrived + rng.int(3, 16) * DAY,
      reason: 'returned',
      ...(rng.chance(0.25) ? { amount: Math.round(amount * rng.float(0.1, 0.5)) } : {}),
    });
  else if (rng.chance(odds.faulty ?? 0.006))
    out.push({ type: 'refund.created', afterMs: j.arrived + rng.int(1, 10) * DAY, reason: 'faulty' });
  else if (rng.chance(0.0015)) {
    // A teenager used a parent's saved card, or a partner's purchase went unrecognised.
    if (rng.chance(0.5))
      out.push({
        type: 'fraud_warning.created',
        afterMs: j.arrived + rng.int(3, 20) * DAY,
        reason: 'fraudulent',
      });
    out.push({ type: 'dispute.created', afterMs: j.arrived + rng.int(15, 50) * DAY, reason: 'fraudulent' });
  } else if (rng.chance(0.001))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' });
  return out;
}
