import { type Address, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { deliverySlot } from './calendar.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { deviceOf } from './devices.js';
import { type Network, ipOn, networksOf } from './networks.js';
import { type Person, buyerOf } from './people.js';
import { MARKETS } from './places.js';
import { type Attempt, DAY, HOUR, type LaterEvent, paid, type Purchase } from './purchase.js';

/** What honest planners share: where a person connects from, on what, and what happens after checkout. */

/** Home broadband most of the time, the phone's mobile data, a work line at lunch, now and then a VPN app. */
export function honestNetwork(rng: Rng, p: Person, { office = 0.08 } = {}): Network {
  const where = rng.weightedPick<string>([
    ['home', 62],
    ['mobile', 28],
    ['office', office * 100],
    ['vpn', 2],
  ]);
  if (where === 'mobile') return p.mobileNet;
  if (where === 'office') return rng.pick(networksOf(p.market, 'business'));
  if (where === 'vpn') return rng.pick([...networksOf('DE', 'hosting'), ...networksOf('US', 'hosting')]);
  return p.homeNet;
}

export const honestDevice = (rng: Rng, p: Person): Device =>
  rng.chance(0.9) ? rng.pick(p.devices) : deviceOf(rng, rng.pick(['android', 'iphone', 'windows'] as const));

/**
 * After checkout: a rescheduled slot, a cancellation, a withdrawal within the EU's fourteen days, a partial refund
 * for something damaged in transit, and, rarely, an honest dispute over a delivery that ran late.
 */
export function honestLater(
  rng: Rng,
  p: Pick<Purchase, 'fulfilment' | 'basket' | 'slot' | 'market'>,
  at: number,
): LaterEvent[] {
  const out: LaterEvent[] = [];
  const amount = p.basket.amount;
  if (p.slot && rng.chance(0.12)) {
    const moved = deliverySlot(rng, p.slot.from, p.market, 1);
    out.push({
      type: 'order.updated',
      afterMs: rng.int(2 * HOUR, Math.max(3 * HOUR, p.slot.from - at - HOUR)),
      reason: 'slot_rescheduled',
      slot: moved,
    });
  }
  const roll = rng.next();
  if (roll < 0.03) {
    const after = rng.int(HOUR, 2 * DAY);
    out.push({ type: 'order.cancelled', afterMs: after, reason: 'customer_request' });
    out.push({
      type: 'refund.created',
      afterMs: after + rng.int(HOUR, DAY),
      reason: 'cancelled_by_customer',
    });
  } else if (roll < 0.03 + (p.fulfilment === 'parcel' ? 0.06 : 0.025)) {
    out.push({
      type: 'refund.created',
      afterMs: rng.int(6, 20) * DAY,
      reason: 'withdrawal',
      amount: Math.round(amount * rng.float(0.3, 1)),
    });
  } else if (roll < 0.1 && p.fulfilment === 'two_person') {
    out.push({
      type: 'refund.created',
      afterMs: rng.int(4, 14) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.round(amount * rng.pick([0.1, 0.15, 0.2])),
    });
  } else if (roll < 0.104) {
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 45) * DAY, reason: 'product_not_received' });
  }
  return out;
}

export interface Draft {
  at: number;
  kind: string;
  person: Person;
  basket: Basket;
  fulfilment: Fulfilment;
  attempts: Attempt[];
  network: Network;
  device: Device;
  shipping?: Address;
  billing?: Address;
  slot?: { from: number; to: number };
  warehouse?: string;
  company?: { name: string; vatId: string };
  giftNote?: string;
  later?: LaterEvent[];
  email?: string;
  guest?: boolean;
}

/** An honest purchase from a draft: later events only when the money was taken. */
export function honestPurchase(rng: Rng, d: Draft): Purchase {
  const buyer = buyerOf(d.person);
  const base = {
    at: d.at,
    fraud: false,
    kind: d.kind,
    market: d.person.market,
    buyer: d.guest
      ? { email: buyer.email, name: buyer.name }
      : d.email
        ? { ...buyer, email: d.email }
        : buyer,
    basket: d.basket,
    billing: d.billing ?? d.person.home,
    fulfilment: d.fulfilment,
    attempts: d.attempts,
    ip: ipOn(rng, d.network),
    device: d.device,
    locale: MARKETS[d.person.market].locale,
    ...(d.fulfilment === 'collect' ? {} : { shipping: d.shipping ?? d.person.home }),
    ...(d.slot ? { slot: d.slot } : {}),
    ...(d.warehouse ? { warehouse: d.warehouse } : {}),
    ...(d.company ? { company: d.company } : {}),
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    later: [] as LaterEvent[],
  };
  const later = paid(base) ? (d.later ?? honestLater(rng, base, d.at)) : [];
  return { ...base, later };
}
