import { type Rng } from '../kit/random.js';
import { type Delivery } from './catalogue.js';
import { type Attempt, DAY, HOUR, type LaterEvent, type Method, paid, releaseUnpaid } from './purchase.js';

/**
 * What happens to an order after checkout: fulfilment by delivery method (with the made-to-measure and
 * trade lead times), cash collected on delivery or refused, and the ordinary cancellations, returns and rare
 * disputes of honest buyers.
 */

/** When a parcel leaves and arrives, in ms after the order. */
function transit(rng: Rng, d: Delivery, provincial: boolean): { ship: number; arrive: number } {
  switch (d) {
    case 'hotel_messenger': {
      const ship = rng.int(3, 22) * HOUR;
      return { ship, arrive: ship + rng.int(1, 4) * HOUR };
    }
    case 'showroom_pickup': {
      const ship = rng.int(2, 20) * HOUR;
      return { ship, arrive: ship + rng.int(4, 72) * HOUR };
    }
    case 'office_delivery': {
      const ship = rng.int(2, 5) * DAY;
      return { ship, arrive: ship + rng.int(18, 30) * HOUR };
    }
    case 'ems_world': {
      const ship = rng.int(18, 60) * HOUR;
      return { ship, arrive: ship + rng.int(6, 16) * DAY };
    }
    case 'dhl_express': {
      const ship = rng.int(14, 40) * HOUR;
      return { ship, arrive: ship + rng.int(60, 140) * HOUR };
    }
    case 'freight': {
      const ship = rng.int(3, 9) * DAY;
      return { ship, arrive: ship + (provincial ? rng.int(1, 3) : rng.int(3, 9)) * DAY };
    }
    default: {
      const ship = rng.int(14, 44) * HOUR;
      return { ship, arrive: ship + (provincial ? rng.int(36, 96) : rng.int(16, 40)) * HOUR };
    }
  }
}

export interface Fulfil {
  delivery: Delivery;
  /** Outside Bangkok, or abroad for couriers that say so. */
  provincial: boolean;
  /** Made to measure or cut to order: days before the parcel leaves. */
  leadDays?: readonly [number, number];
  cod: boolean;
  /** A cash-on-delivery parcel the buyer does not take. */
  refused?: boolean;
}

/** Shipped (or ready at the showroom, out with the messenger) and delivered; COD collected or refused. */
export function fulfilment(rng: Rng, f: Fulfil): LaterEvent[] {
  const t = transit(rng, f.delivery, f.provincial);
  const lead = f.leadDays ? rng.int(f.leadDays[0] * 24, f.leadDays[1] * 24) * HOUR : 0;
  const ship = t.ship + lead;
  const arrive = t.arrive + lead;
  if (f.delivery === 'showroom_pickup')
    return [
      { type: 'order.updated', afterMs: ship, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: arrive, status: 'collected' },
      // Cash at the counter, for the few who chose to pay on collection.
      ...(f.cod ? [{ type: 'payment.succeeded' as const, afterMs: arrive + 60_000 }] : []),
    ];
  const out: LaterEvent[] = [
    {
      type: 'order.updated',
      afterMs: ship,
      status: f.delivery === 'hotel_messenger' ? 'out_for_delivery' : 'shipped',
    },
  ];
  if (f.cod && f.refused) {
    out.push({ type: 'order.updated', afterMs: arrive, status: 'delivery_refused' });
    out.push({ type: 'order.cancelled', afterMs: arrive + rng.int(3, 8) * DAY, reason: 'cod_refused' });
    return out;
  }
  out.push({ type: 'order.updated', afterMs: arrive, status: 'delivered' });
  if (f.cod) out.push({ type: 'payment.succeeded', afterMs: arrive + rng.int(1, 30) * 60_000 });
  return out;
}

export interface Ordinary extends Fulfil {
  attempts: readonly Attempt[];
  method: Method;
  amount: number;
  abroad: boolean;
}

/**
 * An honest order's life: released if never paid; otherwise now and then cancelled before it leaves (the
 * store refunds), else fulfilled, with a return now and then, a colour or fit complaint refunded in part, a
 * COD parcel not taken (no one home, a change of mind), and very rarely a dispute over a parcel lost abroad.
 */
export function ordinaryAfter(rng: Rng, o: Ordinary): LaterEvent[] {
  if (!o.cod && !paid(o) && o.attempts.length > 0) return [releaseUnpaid(rng, o.attempts)];
  if (rng.chance(0.012))
    return [{ type: 'order.cancelled', afterMs: rng.int(1, 12) * HOUR, reason: 'customer_request' }];
  const refused = o.cod && rng.chance(0.04);
  const out = fulfilment(rng, { ...o, refused });
  if (refused) return out;
  const delivered = out.find((l) => l.status === 'delivered' || l.status === 'collected')?.afterMs ?? 0;
  const cardLike = o.method === 'card' || o.method === 'paypal';
  if (rng.chance(0.025))
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(2, 12) * DAY,
      reason: rng.pick(['requested_by_customer', 'colour_not_as_expected', 'alteration']),
      amount: Math.max(100, Math.round(o.amount * rng.pick([0.2, 0.35, 0.5, 1]))),
    });
  else if (o.abroad && cardLike && rng.chance(0.004))
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(8, 30) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
