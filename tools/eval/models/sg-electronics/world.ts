import { type Address, type Buyer, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Clock, clockOf } from './calendar.js';
import { type Category, type Fulfilment } from './catalogue.js';
import { ipIn, type Network } from './networks.js';
import { type Account, type Channel, customerBase } from './people.js';
import { locker, type Market } from './places.js';

/** The store's world for a window: its calendar and its accounts; and what honest and fraud planners share. */

export interface World {
  clock: Clock;
  customers: Account[];
}

export function worldOf(rng: Rng, window: Window, orders: number): World {
  return { clock: clockOf(window), customers: customerBase(rng.fork('customers'), window.start, orders) };
}

/** Which sale week a moment falls in. */
export function weekOf(w: World, t: number): number {
  const second = w.clock.parts[1];
  return second && t >= second.from ? 1 : 0;
}

/** How a Singapore order is delivered: home by courier, a locker, collection at the showroom, same day. */
function sgFulfilment(rng: Rng, categories: readonly Category[]): Fulfilment {
  if (categories.every((c) => c === 'gift_cards')) return 'e_code';
  const urgent = categories.some((c) => c === 'phones' || c === 'gaming');
  return rng.weightedPick<Fulfilment>([
    ['standard', 50],
    ['locker', 20],
    ['self_collect', 12],
    ['same_day', urgent ? 14 : 7],
  ]);
}

export function fulfilmentFor(rng: Rng, m: Market, categories: readonly Category[]): Fulfilment {
  return m === 'SG' ? sgFulfilment(rng, categories) : 'international';
}

/** Where the order goes: home, a locker (Singapore), nowhere for collection or an e-code. */
export function shipTo(rng: Rng, f: Fulfilment, home: Address): Address | undefined {
  if (f === 'self_collect' || f === 'e_code') return undefined;
  if (f === 'locker') return locker(rng);
  return { ...home };
}

/** A signed-in account's checkout: one of its devices, from home broadband or its phone's network. */
export function accountCheckout(
  rng: Rng,
  a: Account,
): { device: Device; channel: Channel; net: Network; ip: string } {
  const d = rng.pick(a.devices);
  const net = d.channel === 'desktop' || rng.chance(0.55) ? a.homeNet : a.mobileNet;
  return { device: d.device, channel: d.channel, net, ip: ipIn(rng, net) };
}

export const asBuyer = (a: Account, signedIn = true): Buyer =>
  signedIn
    ? { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt }
    : { email: a.email, name: a.name };

/** A new account opened at checkout (`minutes` before the order), as its buyer. */
export function freshBuyer(rng: Rng, a: Account, at: number, minutes = 25): Buyer {
  return { id: a.id, email: a.email, name: a.name, createdAt: at - rng.int(1, minutes) * MINUTE };
}
