import { accountBuyer, type Address, type Buyer, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { ipOn, type Network, networkOf } from './networks.js';
import {
  type Customer,
  deviceOf,
  emailOf,
  MOBILE,
  type OwnDevice,
  type Person,
  personOf,
  platformFor,
} from './people.js';
import { homeIn, type Market } from './places.js';
import { type Attempt, type LaterEvent } from './purchase.js';

/** Who sits at the checkout: a signed-in customer on one of their devices, or a newcomer; and from where. */

export interface Connection {
  ip: string;
  device: Device;
}

/**
 * A customer at home: on one of their devices (a new phone now and then), on the home network, or on their
 * mobile carrier when on the phone and out.
 */
export function atHome(rng: Rng, c: Customer, newPhone = 0.06): Connection {
  let device: OwnDevice;
  if (rng.chance(newPhone)) {
    device = deviceOf(rng, platformFor(rng, c.market.country, true));
    c.devices.push(device);
  } else device = rng.pick(c.devices);
  const net: Network = MOBILE.has(device.platform) && rng.chance(0.35) ? c.mobileNet : c.homeNet;
  return { ip: ipOn(rng, net), device: shown(device) };
}

/** A device as the body shows it (id and user agent). */
export const shown = (d: OwnDevice): Device =>
  d.id ? { id: d.id, userAgent: d.userAgent } : { userAgent: d.userAgent };

/** Someone the shop has not seen: a name, an address, a card, a device and their networks. */
export interface Newcomer {
  person: Person;
  email: string;
  market: Market;
  home: { address: Address; tz: number };
  card: HeldCard;
  device: OwnDevice;
  homeNet: Network;
  mobileNet: Network;
}

export function newcomer(rng: Rng, m: Market, nameSet = m.names): Newcomer {
  const person = personOf(rng, nameSet);
  return {
    person,
    email: emailOf(rng, person, m.mail),
    market: m,
    home: homeIn(rng, m),
    card: newCard(rng, m.country),
    device: deviceOf(rng, platformFor(rng, m.country)),
    homeNet: networkOf(rng, m.country, 'fixed'),
    mobileNet: networkOf(rng, m.country, 'mobile'),
  };
}

export function newcomerConnection(rng: Rng, n: Newcomer): Connection {
  const net = MOBILE.has(n.device.platform) && rng.chance(0.4) ? n.mobileNet : n.homeNet;
  return { ip: ipOn(rng, net), device: shown(n.device) };
}

/** A newcomer as a guest, or with an account opened `minutes` before the order. */
export function newcomerBuyer(rng: Rng, n: Newcomer, at: number, account: boolean): Buyer {
  if (!account) return { email: n.email, name: n.person.name };
  return {
    id: `cus_${rng.token(14)}`,
    email: n.email,
    name: n.person.name,
    createdAt: at - rng.int(2, 25) * MINUTE,
  };
}

export const customerBuyer = (c: Customer): Buyer => accountBuyer(c);

/**
 * Labels only where the method has them: no chargebacks or issuer warnings on Yape or a bank transfer; PayPal
 * buyers open disputes, but no card network files a fraud report on them.
 */
export function fitLabels(attempts: readonly Attempt[], later: LaterEvent[]): LaterEvent[] {
  const method = attempts.find((a) => a.ok)?.method;
  if (method === 'yape' || method === 'bank_transfer')
    return later.filter((l) => l.type !== 'dispute.created' && l.type !== 'fraud_warning.created');
  if (method === 'paypal') return later.filter((l) => l.type !== 'fraud_warning.created');
  return later;
}
