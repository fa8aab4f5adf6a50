import { type Buyer, DAY, type Device, type Window } from '../kit/purchase.js';
import { accountBuyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { ipOn } from './networks.js';
import { type Account, deviceOf } from './people.js';

/** The store's world for a stream: its window and its customer accounts. */
export interface World {
  window: Window;
  customers: Account[];
}

/** A customer matching `test` (up to 200 tries), else any customer. */
export function customer(rng: Rng, w: World, test: (a: Account) => boolean = () => true): Account {
  for (let i = 0; i < 200; i++) {
    const a = rng.pick(w.customers);
    if (test(a)) return a;
  }
  return rng.pick(w.customers);
}

/** Opened at least `days` before the stream. */
export const agedAtLeast = (w: World, days: number) => (a: Account) =>
  a.createdAt < w.window.start - days * DAY;

export { accountBuyer };

/** How a known customer connects: their phone's carrier or home Wi-Fi, mostly on a device they used before. */
export function usualConnection(rng: Rng, a: Account, mobile = 0.6): { ip: string; device: Device } {
  const ip = ipOn(rng, rng.chance(mobile) ? a.mobile : a.homeNet);
  const device = rng.chance(0.88) ? rng.pick(a.devices) : deviceOf(rng);
  return { ip, device };
}

/** A guest checkout: the e-mail and name typed in, no account. */
export const guest = (person: { email: string; name: string }): Buyer => ({
  email: person.email,
  name: person.name,
});
