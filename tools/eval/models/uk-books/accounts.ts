import { type Address, DAY, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Zone } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import { ipOn, homeNetworkOf, mobileNetworkOf, type Network } from './networks.js';
import { homeIn } from './places.js';
import {
  emailOf,
  fullName,
  newDevice,
  originIn,
  type Person,
  personOf,
  profileOf,
  type SavedDevice,
} from './people.js';

/**
 * The shop's customer accounts before the season opens: mostly Scottish and English readers, some in
 * Ireland, Europe, the US and Australia (the diaspora and past visitors), collectors with a rare-book
 * history, and subscribers billed monthly on the day they joined. Each keeps its home, cards, devices and
 * home connection, so repeat orders, renewals, takeovers and friendly fraud all draw on the same people.
 */

export interface Account {
  id: string;
  person: Person;
  email: string;
  name: string;
  createdAt: number;
  country: string;
  zone: Zone;
  home: Address;
  cards: HeldCard[];
  devices: SavedDevice[];
  homeNet: Network;
  homeIp: string;
  mobileNet: Network;
  collector: boolean;
  subscription?: { plan: 'month' | 'kids'; day: number };
}

export interface World {
  window: Window;
  accounts: Account[];
  subscribers: Account[];
  collectors: Account[];
}

const HOME_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['GB', 80],
  ['IE', 4],
  ['DE', 1.2],
  ['FR', 1],
  ['NL', 1],
  ['SE', 0.6],
  ['ES', 0.6],
  ['IT', 0.6],
  ['US', 7],
  ['AU', 4],
];

function account(rng: Rng, start: number): Account {
  const country = rng.weightedPick(HOME_COUNTRIES);
  const person = personOf(rng, originIn(rng, country));
  const { address, zone } = homeIn(rng, country);
  const homeNet = homeNetworkOf(rng, country);
  const collector = rng.chance(country === 'GB' ? 0.06 : 0.12);
  const subscribes = rng.chance(country === 'GB' ? 0.14 : 0.05);
  const devices = [newDevice(rng, profileOf(rng, rng.chance(0.6)))];
  if (rng.chance(0.45)) devices.push(newDevice(rng, profileOf(rng, !devices[0] || rng.chance(0.3))));
  const cards = [newCard(rng, country)];
  if (rng.chance(0.3)) cards.push(newCard(rng, country, 'credit'));
  return {
    id: `cus_${rng.token(14)}`,
    person,
    email: emailOf(rng, person, country),
    name: fullName(person),
    // Opened three weeks to ten years before the season; most a few years back.
    createdAt: start - Math.min(3650 * DAY, 21 * DAY + Math.floor(rng.exp(700 * DAY))),
    country,
    zone,
    home: address,
    cards,
    devices,
    homeNet,
    homeIp: ipOn(rng, homeNet),
    mobileNet: mobileNetworkOf(rng, country),
    collector,
    ...(subscribes
      ? { subscription: { plan: rng.chance(0.8) ? 'month' : 'kids', day: rng.int(1, 28) } }
      : {}),
  };
}

/** One account for about every three orders the season expects; at least a few dozen. */
export function customerBase(rng: Rng, window: Window, orders: number): World {
  const accounts = Array.from({ length: Math.max(40, Math.round(orders / 3)) }, () =>
    account(rng, window.start),
  );
  return {
    window,
    accounts,
    subscribers: accounts.filter((a) => a.subscription),
    collectors: accounts.filter((a) => a.collector),
  };
}

/** An account at home in one of `countries`, or any. */
export function accountIn(rng: Rng, w: World, countries?: readonly string[]): Account {
  const pool = countries ? w.accounts.filter((a) => countries.includes(a.country)) : w.accounts;
  return rng.pick(pool.length > 0 ? pool : w.accounts);
}
