import { type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket } from './basket.js';
import { type Device, householdDevice } from './devices.js';
import { campusIn, draw, type Network, ofKind } from './networks.js';
import { type Customer } from './people.js';
import { DAY, HOUR, type LaterEvent, MINUTE } from './purchase.js';

/** What honest purchases share: where the customer is when ordering, who they check out as, what happens later. */

export interface Session {
  ip: string;
  device: Device;
  network: Network;
}

/**
 * Where an honest customer orders from: home mostly; the phone's mobile data; the office network or its
 * secure web gateway; a privacy VPN; students on campus. A few use a new phone or a partner's laptop.
 */
export function session(rng: Rng, c: Customer): Session {
  const campus = c.segment === 'student' ? campusIn(c.city.name) : undefined;
  const network = rng.weightedPick<Network>([
    [c.homeNet, campus ? 35 : 70],
    [c.mobileNet, 16],
    [rng.pick(ofKind('office')), c.segment === 'household' ? 6 : 0],
    [rng.pick(ofKind('gateway')), c.segment === 'office' ? 20 : 1.5],
    [rng.pick(ofKind('vpn')), 3.5],
    ...(campus ? [[campus, 45] as const] : []),
  ]);
  const device = rng.chance(0.06) ? householdDevice(rng, c.person.french) : rng.pick(c.devices);
  const ip =
    network === c.homeNet && rng.chance(0.85)
      ? c.homeIp
      : draw(rng, network, network.kind === 'mobile' ? 0.55 : 0.3);
  return { network, device, ip };
}

export function buyerOf(c: Customer, signedIn = true): Buyer {
  return signedIn
    ? { id: c.id, email: c.email, name: c.name, createdAt: c.createdAt }
    : { email: c.email, name: c.name };
}

export const locale = (c: Customer): 'en-CA' | 'fr-CA' => (c.person.french ? 'fr-CA' : 'en-CA');

/**
 * What happens to an honest delivery afterwards: a slot moved, an out-of-stock or missing item refunded, a
 * cancellation before picking, now and then an issuer's fraud warning or a dispute that is a mix-up.
 */
export function honestLater(
  rng: Rng,
  at: number,
  basket: Basket,
  opts: { slot?: { from: number; to: number }; disputeShare?: number; disputeReason?: string } = {},
): LaterEvent[] {
  const out: LaterEvent[] = [];
  const { slot, disputeShare = 0.003, disputeReason = 'product_not_received' } = opts;
  if (slot && rng.chance(0.09)) {
    const shift = rng.pick([-2, 2, 24, 48]) * HOUR;
    out.push({
      type: 'order.updated',
      afterMs: rng.int(10 * MINUTE, 20 * HOUR),
      reason: 'slot_changed',
      slot: { from: slot.from + shift, to: slot.to + shift },
    });
  }
  if (rng.chance(0.025)) {
    out.push({
      type: 'order.cancelled',
      afterMs: rng.int(20 * MINUTE, 30 * HOUR),
      reason: 'requested_by_customer',
    });
    out.push({
      type: 'refund.created',
      afterMs: rng.int(31 * HOUR, 34 * HOUR),
      reason: 'requested_by_customer',
    });
    return out;
  }
  const line = rng.pick(basket.lines);
  const picked = slot ? slot.from - 3 * HOUR - at : rng.int(DAY, 3 * DAY);
  const after = (extra: number) => Math.max(HOUR, picked + extra);
  if (rng.chance(0.07) && basket.lines.length > 2)
    out.push({
      type: 'refund.created',
      afterMs: after(rng.int(0, HOUR)),
      reason: 'out_of_stock',
      amount: line.price * Math.min(line.quantity, rng.int(1, 2)),
    });
  else if (rng.chance(0.035))
    out.push({
      type: 'refund.created',
      afterMs: after(rng.int(5 * HOUR, 3 * DAY)),
      reason: rng.pick(['missing_item', 'damaged_item', 'quality_issue']),
      amount: line.price * Math.min(line.quantity, rng.int(1, 2)),
    });
  if (rng.chance(0.002))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(3 * DAY, 20 * DAY), reason: 'fraudulent' });
  if (rng.chance(disputeShare))
    out.push({ type: 'dispute.created', afterMs: rng.int(12 * DAY, 50 * DAY), reason: disputeReason });
  return out;
}

export const sameAddress = (a: Address): Address => ({ ...a });
