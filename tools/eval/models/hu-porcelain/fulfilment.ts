import { type Rng } from '../kit/random.js';
import { type Basket, type Delivery } from './catalogue.js';
import { type Zone } from './places.js';
import {
  type Attempt,
  attemptsSpan,
  DAY,
  HOUR,
  type LaterEvent,
  MINUTE,
  type OfflineMethod,
  paid,
} from './purchase.js';

/**
 * What happens after checkout. Parcels are packed in the shop's back room on working days (a dinner service or
 * an antique takes longer, and an antique leaving Hungary waits for its export licence), handed to the insured
 * domestic courier or DHL Express, and delivered against a signature. Reservations wait in the Váci utca shop.
 */

/** Hours in transit after dispatch, by zone. */
const TRANSIT: Record<Zone, readonly [number, number]> = {
  HU: [18, 48],
  EU: [30, 96],
  CH: [40, 110],
  UK: [40, 110],
  NA: [48, 150],
  GULF: [48, 140],
  ASIA: [48, 150],
  OCEANIA: [72, 170],
  OTHER: [60, 170],
};

/** An unpaid checkout is released half an hour to an hour after the last failed try. */
export const release = (rng: Rng, attempts: readonly Attempt[], reason = 'payment_failed'): LaterEvent => ({
  type: 'order.cancelled',
  afterMs: attemptsSpan(attempts) + rng.int(30, 60) * MINUTE,
  reason,
});

export interface Dispatch {
  shipAt: number;
  deliverAt: number;
  events: LaterEvent[];
}

/** Shipped `pack` hours after `from` (ms after the order), delivered after the zone's transit time. */
export function dispatch(
  rng: Rng,
  from: number,
  zone: Zone,
  pack: readonly [number, number] = [16, 52],
): Dispatch {
  const shipAt = from + rng.int(pack[0], pack[1]) * HOUR + rng.int(0, 59) * MINUTE;
  const [lo, hi] = TRANSIT[zone];
  const deliverAt = shipAt + rng.int(lo, hi) * HOUR + rng.int(0, 59) * MINUTE;
  return {
    shipAt,
    deliverAt,
    events: [
      { type: 'order.updated', afterMs: shipAt, status: 'shipped' },
      { type: 'order.updated', afterMs: deliverAt, status: 'delivered' },
    ],
  };
}

export interface HonestFulfil {
  delivery: Delivery;
  zone: Zone;
  attempts: readonly Attempt[];
  offline?: OfflineMethod;
  basket: Basket;
  /** Packing hours before dispatch. */
  pack?: readonly [number, number];
  /** An antique leaving Hungary waits one to two weeks for its export licence. */
  exportLicence?: boolean;
}

/** The most expensive line's unit price: what a breakage refund gives back. */
const dearest = (b: Basket): number => Math.max(...b.lines.map((l) => l.price));

/** Only a card or PayPal payment can be charged back. */
export const disputable = (f: { attempts: readonly Attempt[]; offline?: OfflineMethod }): boolean =>
  !f.offline && f.attempts.some((a) => a.ok && a.method !== 'gift_voucher');

/**
 * An honest order's life: released if never paid; a transfer arriving (or not); a voucher e-mailed; a
 * reservation collected (or not); a parcel shipped and delivered, now and then cancelled first, broken in
 * transit, sent back within the fourteen days, refused for import duties abroad or lost.
 */
export function honestLater(rng: Rng, f: HonestFulfil): LaterEvent[] {
  if (!f.offline && !paid(f)) return [release(rng, f.attempts)];
  const out: LaterEvent[] = [];
  let ready = attemptsSpan(f.attempts);
  if (f.offline === 'bank_transfer' || f.offline === 'wire_transfer') {
    const wire = f.offline === 'wire_transfer';
    if (rng.chance(wire ? 0.03 : 0.05))
      return [{ type: 'order.cancelled', afterMs: rng.int(8, 11) * DAY, reason: 'payment_not_received' }];
    ready = rng.int(wire ? 20 : 3, wire ? 100 : 60) * HOUR + rng.int(0, 59) * MINUTE;
    out.push({ type: 'payment.succeeded', afterMs: ready, method: f.offline });
  }
  if (f.delivery === 'email') {
    out.push({ type: 'order.updated', afterMs: ready + rng.int(1, 4) * MINUTE, status: 'voucher_sent' });
    if (rng.chance(0.006))
      out.push({
        type: 'refund.created',
        afterMs: ready + rng.int(2, 12) * DAY,
        reason: 'requested_by_customer',
      });
    return out;
  }
  if (f.delivery === 'pickup') {
    const readyAt = ready + rng.int(2, 26) * HOUR;
    out.push({ type: 'order.updated', afterMs: readyAt, status: 'ready_for_pickup' });
    if (rng.chance(0.03)) {
      out.push({
        type: 'order.cancelled',
        afterMs: readyAt + rng.int(10, 12) * DAY,
        reason: 'not_collected',
      });
      return out;
    }
    const collectAt = readyAt + rng.int(3 * HOUR, 6 * DAY);
    if (f.offline === 'pay_in_store')
      out.push({ type: 'payment.succeeded', afterMs: collectAt - 2 * MINUTE, method: 'pay_in_store' });
    out.push({ type: 'order.updated', afterMs: collectAt, status: 'collected' });
    if (rng.chance(0.01))
      out.push({ type: 'refund.created', afterMs: collectAt + rng.int(2, 12) * DAY, reason: 'returned' });
    return out;
  }
  if (rng.chance(0.01)) {
    out.push({ type: 'order.cancelled', afterMs: ready + rng.int(1, 18) * HOUR, reason: 'customer_request' });
    return out;
  }
  let from = ready;
  if (f.exportLicence) {
    out.push({
      type: 'order.updated',
      afterMs: ready + rng.int(12, 30) * HOUR,
      status: 'export_licence_pending',
    });
    from = ready + rng.int(7, 15) * DAY;
  }
  const d = dispatch(rng, from, f.zone, f.pack);
  const [shipped, delivered] = d.events as [LaterEvent, LaterEvent];
  out.push(shipped);
  if (f.offline === 'cod') {
    if (rng.chance(0.04)) {
      out.push(
        { type: 'order.updated', afterMs: d.deliverAt, status: 'refused_at_delivery' },
        { type: 'order.updated', afterMs: d.deliverAt + rng.int(2, 4) * DAY, status: 'returned_to_sender' },
        { type: 'order.cancelled', afterMs: d.deliverAt + rng.int(4, 6) * DAY, reason: 'cod_refused' },
      );
      return out;
    }
    out.push({ type: 'payment.succeeded', afterMs: d.deliverAt - rng.int(1, 5) * MINUTE, method: 'cod' });
  }
  const abroadOutsideEu = !['HU', 'EU'].includes(f.zone);
  if (abroadOutsideEu && rng.chance(0.02)) {
    out.push(
      { type: 'order.updated', afterMs: d.deliverAt, status: 'customs_hold' },
      { type: 'order.updated', afterMs: d.deliverAt + rng.int(5, 10) * DAY, status: 'returned_to_sender' },
      {
        type: 'refund.created',
        afterMs: d.deliverAt + rng.int(14, 24) * DAY,
        reason: 'import_duties_refused',
        amount: f.basket.subtotal - f.basket.discount,
      },
    );
    return out;
  }
  out.push(delivered);
  const r = rng.next();
  if (r < 0.015)
    out.push({
      type: 'refund.created',
      afterMs: d.deliverAt + rng.int(1, 5) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(f.basket.amount, dearest(f.basket)),
    });
  else if (r < 0.035)
    out.push({
      type: 'refund.created',
      afterMs: d.deliverAt + rng.int(8, 20) * DAY,
      reason: 'returned',
      amount: f.basket.subtotal - f.basket.discount,
    });
  else if (r < 0.0375 && disputable(f))
    out.push({
      type: 'dispute.created',
      afterMs: d.deliverAt + rng.int(20, 50) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
