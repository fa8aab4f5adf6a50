import { DAY, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { dropsIn, type Drop } from './calendar.js';
import { type Card, newCard } from './cards.js';
import { type Device, desktop, personalDevice } from './devices.js';
import { business, fullName, lastName, personalEmail } from './names.js';
import { homeIsp, ipIn, mobileCarrier, type Network, network } from './networks.js';
import {
  type Address,
  anyMetro,
  buildStores,
  businessAddress,
  homeAddress,
  type Metro,
  type Store,
} from './places.js';

/**
 * The store's customers for the stream: households (most with an account and a card or two saved, some always
 * guests), and pros — contractors with loyalty accounts, company cards, an office and a crew who pick up. Each
 * has a home line whose IP stays the same for the stream, a phone carrier and their own devices.
 */

export interface Customer {
  /** Account id; none for a shopper who always checks out as a guest. */
  id?: string;
  createdAt?: number;
  email: string;
  name: string;
  metro: Metro;
  home: Address;
  homeNet: Network;
  homeIp: string;
  mobileNet: Network;
  devices: Device[];
  /** Cards saved on the account (or the one a guest always types). */
  cards: Card[];
  /** Loyalty or pro-desk number. */
  loyaltyId?: string;
  pro?: { company: string; office: Address; officeNet: Network; officeIp: string; crew: string[] };
  /** Spouse or partner who may pick up. */
  partner?: string;
}

export interface World {
  window: Window;
  households: Customer[];
  pros: Customer[];
  stores: Map<Metro, Store[]>;
  drops: Drop[];
}

export const accountId = (rng: Rng): string => `C${rng.digits(9)}`;
export const loyaltyId = (rng: Rng): string => `KR${rng.digits(10)}`;

/** An account opened long ago: months to many years before the stream. */
export const agedAccount = (rng: Rng, start: number): number =>
  start - Math.floor((30 + rng.exp(3 * 365)) * DAY) - rng.int(0, DAY);

export function household(rng: Rng, start: number): Customer {
  const metro = anyMetro(rng);
  const name = fullName(rng);
  const homeNet = homeIsp(rng, metro.region);
  const account = rng.chance(0.8);
  const cards = [newCard(rng)];
  if (rng.chance(0.35)) cards.push(newCard(rng));
  return {
    ...(account ? { id: accountId(rng), createdAt: agedAccount(rng, start) } : {}),
    email: personalEmail(rng, name),
    name,
    metro,
    home: homeAddress(rng, metro),
    homeNet,
    homeIp: ipIn(rng, homeNet, 0.25),
    mobileNet: mobileCarrier(rng),
    devices: rng.chance(0.6) ? [personalDevice(rng), personalDevice(rng)] : [personalDevice(rng)],
    cards,
    ...(account && rng.chance(0.55) ? { loyaltyId: loyaltyId(rng) } : {}),
    ...(rng.chance(0.55)
      ? { partner: `${fullName(rng).split(' ')[0]} ${name.split(' ')[1] ?? lastName(rng)}` }
      : {}),
  };
}

function pro(rng: Rng, start: number): Customer {
  const c = household(rng, start);
  const { company, email } = business(rng, c.name);
  const officeNet = rng.chance(0.6) ? network('business-fiber') : homeIsp(rng, c.metro.region);
  const cards = [newCard(rng, 'business')];
  if (rng.chance(0.3)) cards.push(newCard(rng, 'store'));
  if (rng.chance(0.3)) cards.push(newCard(rng, 'business'));
  return {
    ...c,
    id: accountId(rng),
    createdAt: start - Math.floor((200 + rng.exp(4 * 365)) * DAY),
    email,
    cards,
    loyaltyId: loyaltyId(rng),
    devices: [desktop(rng), c.devices[0] ?? personalDevice(rng)],
    pro: {
      company,
      office: businessAddress(rng, c.metro),
      officeNet,
      officeIp: ipIn(rng, officeNet, 0.1),
      crew: Array.from({ length: rng.int(1, 4) }, () => fullName(rng)),
    },
  };
}

export function world(rng: Rng, window: Window, orders: number): World {
  const h = rng.fork('households');
  const p = rng.fork('pros');
  return {
    window,
    households: Array.from({ length: Math.max(20, Math.round(orders * 0.75)) }, () =>
      household(h, window.start),
    ),
    pros: Array.from({ length: Math.max(6, Math.round(orders * 0.035)) }, () => pro(p, window.start)),
    stores: buildStores(rng.fork('stores')),
    drops: dropsIn(window),
  };
}

/** A store in the metro (the one nearest home, usually). */
export function storeIn(rng: Rng, w: World, metro: Metro): Store {
  const list = w.stores.get(metro) ?? [];
  const first = list[0];
  if (!first) throw new Error(`no store in ${metro.city}`);
  return rng.chance(0.75) ? first : rng.pick(list);
}

/** A repeat customer: the first quarter of the pool shops more often. */
export function regular(rng: Rng, pool: readonly Customer[]): Customer {
  const i = rng.chance(0.35) ? rng.int(0, Math.floor(pool.length / 4)) : rng.int(0, pool.length - 1);
  const c = pool[Math.min(i, pool.length - 1)];
  if (!c) throw new Error('empty customer pool');
  return c;
}
