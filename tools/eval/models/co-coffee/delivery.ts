import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { PREORDER_SHIPS } from './calendar.js';
import { type Line } from './catalogue.js';
import { type City } from './places.js';
import { DAY, type Deferred, type Fulfilment, HOUR, type LaterEvent, MINUTE } from './purchase.js';

/**
 * How parcels travel and what happens to them: the roastery's messengers in the Medellín metro area, national
 * couriers (or collection at their offices), freight for green-coffee sacks, DHL Express or 4-72 post abroad,
 * e-mailed gift cards, collection at the tasting room; vouchers paid at an Efecty counter or left to expire,
 * cash collected at the door (or the parcel refused), invoices paid by transfer weeks later.
 */

export interface Shipment {
  fulfilment: Fulfilment;
  carrier?: string;
}

const COURIERS = ['Coordinadora', 'Servientrega', 'Inter Rapidísimo', 'Envía'] as const;

/** How an order to a city (or abroad) travels. */
export function shipmentTo(
  rng: Rng,
  city: City | undefined,
  lines: readonly Line[],
  pickup = false,
): Shipment {
  if (lines.every((l) => l.category === 'gift_card')) return { fulfilment: 'digital' };
  if (pickup) return { fulfilment: 'shop_pickup' };
  if (lines.some((l) => l.category === 'green' && l.price >= 100_000_000))
    return { fulfilment: 'freight', carrier: 'TCC' };
  if (!city || city.country !== 'CO')
    return rng.chance(0.8)
      ? { fulfilment: 'international_express', carrier: 'DHL Express' }
      : { fulfilment: 'international_post', carrier: '4-72' };
  if (city.metro) return { fulfilment: 'messenger', carrier: 'Mensajería Cumbre' };
  return { fulfilment: 'national_courier', carrier: rng.pick(COURIERS) };
}

/** Collection at a carrier's office in another city (the buyer shows an ID there). */
export const officePickup = (rng: Rng): Shipment => ({
  fulfilment: 'carrier_office',
  carrier: rng.pick(COURIERS),
});

/** When the parcel is delivered (or collected), from the order; and the steps that say so. */
export function deliverySteps(
  rng: Rng,
  f: Fulfilment,
  placed: number,
  from = 0,
): { steps: LaterEvent[]; shippedAt: number; deliveredAt: number } {
  const up = (afterMs: number, status: string): LaterEvent => ({ type: 'order.updated', afterMs, status });
  let ship: number;
  let arrive: number;
  switch (f) {
    case 'digital': {
      const at = from + rng.int(1, 6) * MINUTE;
      return { steps: [up(at, 'delivered')], shippedAt: at, deliveredAt: at };
    }
    case 'shop_pickup': {
      const ready = from + rng.int(3, 20) * HOUR;
      const collected = ready + rng.int(4, 96) * HOUR;
      return {
        steps: [up(ready, 'ready_for_pickup'), up(collected, 'collected')],
        shippedAt: ready,
        deliveredAt: collected,
      };
    }
    case 'messenger':
      ship = from + rng.int(2, 20) * HOUR;
      arrive = ship + rng.int(2, 7) * HOUR;
      break;
    case 'national_courier':
      ship = from + rng.int(12, 40) * HOUR;
      arrive = ship + rng.int(20, 100) * HOUR;
      break;
    case 'carrier_office': {
      ship = from + rng.int(10, 36) * HOUR;
      const ready = ship + rng.int(20, 72) * HOUR;
      const collected = ready + rng.int(1, 60) * HOUR;
      return {
        steps: [up(ship, 'shipped'), up(ready, 'ready_for_pickup'), up(collected, 'collected')],
        shippedAt: ship,
        deliveredAt: collected,
      };
    }
    case 'freight':
      ship = from + rng.int(24, 72) * HOUR;
      arrive = ship + rng.int(48, 120) * HOUR;
      break;
    case 'international_express':
      ship = from + rng.int(24, 72) * HOUR;
      arrive = ship + rng.int(3, 8) * DAY;
      if (rng.chance(0.06)) {
        const held = ship + rng.int(2, 4) * DAY;
        arrive = held + rng.int(4, 10) * DAY;
        return {
          steps: [up(ship, 'shipped'), up(held, 'customs_hold'), up(arrive, 'delivered')],
          shippedAt: ship,
          deliveredAt: arrive,
        };
      }
      break;
    case 'international_post':
      ship = from + rng.int(48, 96) * HOUR;
      arrive = ship + rng.int(10, 25) * DAY;
      break;
    case 'preorder':
      ship = Math.max(from + DAY, PREORDER_SHIPS - placed + rng.int(0, 72) * HOUR);
      arrive = ship + rng.int(4, 9) * DAY;
      break;
  }
  return { steps: [up(ship, 'shipped'), up(arrive, 'delivered')], shippedAt: ship, deliveredAt: arrive };
}

export interface Outcome {
  fulfilment: Fulfilment;
  placed: number;
  amount: number;
  deferred?: Deferred | undefined;
  abroad?: boolean;
  /** A corrected delivery address before dispatch (gifts). */
  readdress?: Address | undefined;
}

/**
 * An honest order after checkout (the caller handles unpaid card, PSE and wallet checkouts): delivered, now and
 * then cancelled before dispatch (refunded), broken in transit (partly refunded), lost abroad (refunded or
 * disputed); Efecty vouchers paid or expired; cash on delivery collected or refused; invoices paid weeks later.
 */
export function honestLater(rng: Rng, o: Outcome): LaterEvent[] {
  let from = 0;
  const out: LaterEvent[] = [];
  if (o.deferred === 'efecty') {
    if (rng.chance(0.36)) return [{ type: 'order.cancelled', afterMs: 48 * HOUR, reason: 'voucher_expired' }];
    from = rng.int(2 * HOUR, 46 * HOUR);
    out.push({ type: 'payment.succeeded', afterMs: from, method: 'efecty' });
  }
  if (o.deferred !== 'cod' && o.deferred !== 'invoice' && rng.chance(0.012))
    return [
      ...out,
      { type: 'order.cancelled', afterMs: from + rng.int(1, 10) * HOUR, reason: 'customer_request' },
    ];
  if (o.readdress)
    out.push({
      type: 'order.updated',
      afterMs: from + rng.int(20, 180) * MINUTE,
      shipping: o.readdress,
      status: 'address_changed',
    });
  const { steps, deliveredAt } = deliverySteps(
    rng,
    o.fulfilment,
    o.placed,
    from + (o.readdress ? 4 * HOUR : 0),
  );
  if (o.deferred === 'cod' && rng.chance(0.07)) {
    const shipped = steps.filter((s) => s.status === 'shipped');
    const reason = rng.pick(['refused_on_delivery', 'recipient_unreachable']);
    return [...out, ...shipped, { type: 'order.cancelled', afterMs: deliveredAt, reason }];
  }
  if (o.abroad && o.deferred === undefined && rng.chance(0.01)) {
    // Lost on the way: never delivered; refunded, or the buyer goes to the bank first.
    const lost = deliveredAt + rng.int(10, 25) * DAY;
    out.push(...steps.filter((s) => s.status !== 'delivered'));
    out.push(
      rng.chance(0.7)
        ? { type: 'refund.created', afterMs: lost, reason: 'lost_in_transit' }
        : { type: 'dispute.created', afterMs: lost + rng.int(5, 20) * DAY, reason: 'product_not_received' },
    );
    return out;
  }
  out.push(...steps);
  if (o.deferred === 'cod')
    out.push({ type: 'payment.succeeded', afterMs: deliveredAt + rng.int(1, 30) * MINUTE, method: 'cod' });
  if (o.deferred === 'invoice')
    out.push({ type: 'payment.succeeded', afterMs: deliveredAt + rng.int(8, 35) * DAY, method: 'invoice' });
  if (o.fulfilment === 'digital' || o.deferred === 'cod') return out;
  if (rng.chance(0.015))
    out.push({
      type: 'refund.created',
      afterMs: deliveredAt + rng.int(1, 5) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(o.amount, Math.round((o.amount * rng.int(20, 60)) / 100)),
    });
  return out;
}
