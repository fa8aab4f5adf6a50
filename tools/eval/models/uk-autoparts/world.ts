import {
  accountBuyer,
  type Address,
  type BasketLine,
  type Buyer,
  type Device,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Match } from './cards.js';
import { basketOf, type Category, type Fulfilment } from './catalogue.js';
import { type Account, customerBase, emailFor, fullName, type People, type Vehicle } from './people.js';
import { type Branch, branches, type Garage, partnerGarages } from './places.js';
import {
  type Attempt,
  type Channel,
  honestAfter,
  honestPay,
  type LaterEvent,
  type Purchase,
} from './purchase.js';

/** The store's world for a stream (its window, people, partner garages and branches) and how a purchase is put together. */

export interface World {
  window: Window;
  people: People;
  garages: Garage[];
  branches: Branch[];
}

export function worldOf(rng: Rng, window: Window, orders: number): World {
  return {
    window,
    people: customerBase(rng.fork('people'), window.start, orders),
    garages: partnerGarages(rng.fork('garages')),
    branches: branches(rng.fork('branches')),
  };
}

/** A guest at checkout: a name and an e-mail, no account. */
export function guest(rng: Rng, country = 'GB'): Buyer {
  const name = fullName(rng);
  return { email: emailFor(rng, name, country), name };
}

/** The branch in the buyer's town, or else the first one in the country. */
export function branchNear(rng: Rng, w: World, home: Address): Branch {
  const same = w.branches.filter((b) => b.address.city === home.city);
  if (same.length > 0) return rng.pick(same);
  return w.branches.find((b) => b.address.country === home.country) ?? rng.pick(w.branches);
}

/** What a planner decides about a purchase; the basket, and unless given the payment and later steps, follow. */
export interface Plan {
  at: number;
  fraud: boolean;
  kind: string;
  lines: BasketLine<Category>[];
  fulfilment: Fulfilment;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  recipient?: string;
  garage?: Garage;
  branch?: Branch;
  ip: string;
  device: Device;
  channel?: Channel;
  vehicle?: Vehicle;
  company?: Purchase['company'];
  giftMessage?: string;
  promo?: { code: string; percent: number };
  /** How an honest payer pays when `attempts` is not given. */
  payer?: { cards: Account['cards']; country: string; signedIn: boolean; match?: Match };
  attempts?: (amount: number) => Attempt[];
  later?: (amount: number) => LaterEvent[];
}

/** The purchase a plan describes: the basket priced for where it goes; honest payment and aftercare unless planned. */
export function assemble(rng: Rng, p: Plan): Purchase {
  const where = p.garage?.address ?? p.branch?.address ?? p.shipping ?? p.billing;
  const basket = basketOf(p.lines, p.fulfilment, where.country ?? 'GB', p.promo);
  const payer = p.payer ?? { cards: [], country: 'GB', signedIn: false };
  const attempts = p.attempts ? p.attempts(basket.amount) : honestPay(rng, payer, basket.amount);
  const later = p.later
    ? p.later(basket.amount)
    : honestAfter(rng, p.fulfilment, basket.amount, where.country ?? 'GB');
  return {
    at: p.at,
    fraud: p.fraud,
    kind: p.kind,
    basket,
    billing: p.billing,
    attempts,
    later,
    buyer: p.buyer,
    shipping: where,
    ...(p.recipient ? { recipient: p.recipient } : p.garage ? { recipient: p.garage.name } : {}),
    fulfilment: p.fulfilment,
    ...(p.garage ? { garage: { id: p.garage.id, name: p.garage.name } } : {}),
    ...(p.branch ? { branch: p.branch.id } : {}),
    ip: p.ip,
    device: p.device,
    channel: p.channel ?? (p.device.userAgent.startsWith('AutoPartsApp') ? 'app' : 'web'),
    ...(p.vehicle ? { vehicle: p.vehicle } : {}),
    ...(p.company ? { company: p.company } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
  };
}

export { accountBuyer };
