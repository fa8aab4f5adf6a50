import { type Address, type Device, paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Delivery } from './basket.js';
import { type Network, networksOf } from './networks.js';
import { deviceOf } from './people.js';
import { DROPS, LOCKERS, lockerAddress } from './places.js';
import { DAY, HOUR, type LaterEvent, MINUTE, type Purchase, step } from './purchase.js';

/** What the fraud kinds share: rings (their phones, lockers, drops, networks), drops, fulfilment, aftermath. */

/** A ring: a couple of phones, its favourite lockers and drops, the networks it works from. */
export interface Ring {
  devices: Device[];
  lockers: Address[];
  drops: Address[];
  nets: Network[];
}

export function ring(rng: Rng): Ring {
  const hubs = LOCKERS.filter((x) => x.hub);
  return {
    devices: Array.from({ length: rng.int(1, 3) }, () =>
      deviceOf(rng, rng.chance(0.8) ? 'android' : 'windows'),
    ),
    lockers: Array.from({ length: rng.int(1, 3) }, () => lockerAddress(rng.pick(hubs))),
    drops: Array.from({ length: rng.int(1, 2) }, () => rng.pick(DROPS)),
    nets: [rng.pick(networksOf('ZA', 'mobile')), rng.pick(networksOf('ZA', 'mobile', 'fixed'))],
  };
}

/** A ring's phone most of the time; a fresh one (an emulator, a new handset) otherwise. */
export const ringDevice = (rng: Rng, r: Ring): Device =>
  rng.chance(0.65) ? rng.pick(r.devices) : deviceOf(rng, rng.chance(0.75) ? 'android' : 'windows');

/** Where stolen goods go: the ring's lockers, its drops, e-mailed gift cards, collection, a mule's door. */
export function dropOf(
  rng: Rng,
  r: Ring,
  weights: { locker: number; drop: number; email: number; collect?: number; door?: number },
  door?: Address,
): { delivery: Delivery; shipping?: Address } {
  const where = rng.weightedPick<string>([
    ['locker', weights.locker],
    ['drop', weights.drop],
    ['email', weights.email],
    ['collect', weights.collect ?? 0],
    ['door', door ? (weights.door ?? 0) : 0],
  ]);
  if (where === 'locker') return { delivery: 'locker', shipping: rng.pick(r.lockers) };
  if (where === 'drop') return { delivery: 'courier', shipping: rng.pick(r.drops) };
  if (where === 'door' && door) return { delivery: 'courier', shipping: door };
  return { delivery: where === 'email' ? 'email' : 'collect' };
}

/** A fraudulent order's fulfilment: sent like any other, picked up from a locker within hours. */
export function fraudFulfil(rng: Rng, delivery: Delivery): LaterEvent[] {
  if (delivery === 'email') return [step('order.updated', rng.int(1, 10) * MINUTE, { status: 'emailed' })];
  if (delivery === 'collect') {
    const ready = rng.int(2, 20) * HOUR;
    return [
      step('order.updated', ready, { status: 'ready_for_collection' }),
      step('order.updated', ready + rng.int(1, 30) * HOUR, { status: 'collected' }),
    ];
  }
  const pack = rng.int(8, 40) * HOUR;
  if (delivery === 'locker') {
    const ready = pack + rng.int(20, 60) * HOUR;
    return [
      step('order.updated', pack, { status: 'shipped' }),
      step('order.updated', ready, { status: 'ready_for_collection' }),
      step('order.updated', ready + rng.int(1, 8) * HOUR, { status: 'collected' }),
    ];
  }
  return [
    step('order.updated', pack, { status: 'shipped' }),
    step('order.updated', pack + rng.int(1, 4) * DAY, { status: 'delivered' }),
  ];
}

/**
 * What follows a fraudulent payment: the shop catching it before dispatch (`caught`: cancelled and refunded),
 * else fulfilment, the issuer's early warning (`warn`) and the cardholder's dispute (`dispute`).
 */
export function aftermath(
  rng: Rng,
  p: { attempts: Purchase['attempts']; delivery: Delivery },
  chances: { caught: number; warn: number; dispute: number; recall?: number },
): LaterEvent[] {
  if (!paid(p)) return [];
  if (rng.chance(chances.caught))
    return [
      step('order.cancelled', rng.int(2, 20) * HOUR, { reason: 'suspected_fraud' }),
      step('refund.created', rng.int(21, 30) * HOUR, { reason: 'fraudulent' }),
    ];
  const out = fraudFulfil(rng, p.delivery);
  const method = p.attempts.find((a) => a.ok)?.method;
  const warned = rng.chance(chances.warn);
  if (warned)
    out.push(
      step('fraud_warning.created', rng.int(2, 12) * DAY + rng.int(0, 23) * HOUR, { reason: 'fraudulent' }),
    );
  if (method === 'instant_eft' || method === 'eft') {
    if (rng.chance(chances.recall ?? 0.3))
      out.push(step('refund.created', rng.int(3, 15) * DAY, { reason: 'bank_recall' }));
  } else if (rng.chance(chances.dispute))
    out.push(step('dispute.created', rng.int(12, 60) * DAY, { reason: 'fraudulent' }));
  return out;
}
