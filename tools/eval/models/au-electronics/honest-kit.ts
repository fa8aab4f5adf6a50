import { type Basket } from './catalog.js';
import { ipOf } from './geo-ip.js';
import { type Card, type Device } from './people.js';
import { type Address } from './places.js';
import { type Attempt, type Buyer, type FollowUp, paid, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { DAY, type Customer, HOUR, type World } from './world.js';

/** Shared pieces of honest purchases: where a shopper at home connects from, and ordinary after-sales. */

/**
 * A shopper's IP at home: on a phone often the carrier (carrier NAT on IPv4, so shared with strangers, or
 * IPv6), otherwise the home broadband; `nat` raises the carrier share (launch queues are on phones).
 */
export function homeIp(rng: Rng, world: World, country: string, device: Device, nat = 0.5): string {
  if (device.mobile && rng.chance(0.6)) {
    return rng.chance(nat) ? world.nat.shared(rng, country) : ipOf(rng, country, ['mobile'], 1);
  }
  return ipOf(rng, country, ['fixed'], 0.35);
}

/** Returns and cancellations of honest orders: change of mind, wrong colour, found it cheaper. */
export function afterSales(rng: Rng, basket: Basket): FollowUp[] {
  if (basket.digitalOnly)
    return rng.chance(0.01)
      ? [
          {
            type: 'refund.created',
            afterMs: rng.int(1, 40) * HOUR,
            amount: basket.amount,
            reason: 'requested_by_customer',
          },
        ]
      : [];
  const roll = rng.next();
  if (roll < 0.02) return [{ type: 'order.cancelled', afterMs: rng.int(10, 600) * 60_000 }];
  if (roll < 0.04) {
    const line = basket.lines[0];
    const amount = line ? line.price : basket.amount;
    return [
      { type: 'refund.created', afterMs: rng.int(2, 20) * DAY, amount, reason: 'requested_by_customer' },
    ];
  }
  return [];
}

interface Shape {
  at: number;
  kind: string;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  ip: string;
  device: Device;
  basket: Basket;
  attempts?: Attempt[];
  card?: Card;
  followUps?: FollowUp[];
}

/** An honest purchase; paid first time with `card` unless attempts are given, after-sales by chance. */
export function honest(rng: Rng, shape: Shape): Purchase {
  const { card, attempts, followUps, ...rest } = shape;
  return {
    ...rest,
    fraud: false,
    attempts: attempts ?? [paid(rng, card)],
    followUps: followUps ?? afterSales(rng, shape.basket),
  };
}

export function buyerOf(c: Customer): Buyer {
  return { id: c.id, email: c.email, name: c.who.name, createdAt: c.createdAt };
}
