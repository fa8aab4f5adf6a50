import { type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, homeCardKey, newCard } from './cards.js';
import { address, broadbandIn, mobileIn } from './networks.js';
import {
  type Account,
  type Customers,
  deviceOf,
  emailFor,
  isPhone,
  nameIn,
  type Persona,
  type UaKey,
} from './people.js';
import { addressAt, type Place, placeIn, type Region } from './places.js';

/** What honest planners share: picking an account, where it connects from, and guests who have none. */

export interface World {
  window: Window;
  customers: Customers;
}

/** An account of one of the personas, by weight; any account when none fits. */
export function pickAccount(
  rng: Rng,
  c: Customers,
  personas: ReadonlyArray<readonly [Persona, number]>,
  fits: (a: Account) => boolean = () => true,
): Account {
  const available = personas.filter(([p]) => c.of[p].some(fits));
  if (available.length === 0) return rng.pick(c.all);
  const persona = rng.weightedPick(available);
  return rng.pick(c.of[persona].filter(fits));
}

/** One of the account's devices (usually the one it uses most). */
export const deviceOfAccount = (rng: Rng, a: Account): Device =>
  rng.chance(0.6) ? (a.devices[0] as Device) : rng.pick(a.devices);

/**
 * Where an account's checkout comes from: its VPN when it runs one; a phone on the carrier's network a third of
 * the time; otherwise the home line, whose address changes now and then.
 */
export function connectionOf(rng: Rng, a: Account, device: Device): string {
  if (a.vpn) return address(rng, a.vpn, rng.chance(0.3));
  if (isPhone(device) && rng.chance(0.35)) return address(rng, a.mobile);
  if (rng.chance(0.85)) return a.homeIp;
  return address(rng, a.broadband, a.broadband.v6.length > 0 && rng.chance(0.25));
}

export interface Guest {
  buyer: Buyer;
  billing: Address;
  place: Place;
  region: Region;
  tz: number;
  ip: string;
  device: Device;
  cards: HeldCard[];
  wallets: { paypal: boolean; revolut: boolean; klarna: boolean };
}

const GUEST_DEVICES: ReadonlyArray<readonly [UaKey, number]> = [
  ['iphone', 30],
  ['android', 18],
  ['samsung', 6],
  ['windows', 20],
  ['edge', 6],
  ['mac', 8],
  ['ipad', 6],
  ['iphoneOld', 6],
];

/** Someone checking out without an account, at home in a region. */
export function guestIn(rng: Rng, region: Region, place = placeIn(rng, region)): Guest {
  const country = place.country;
  const nameCountry = region === 'NI' ? 'NI' : region === 'EU' ? country : region;
  const name = nameIn(rng, nameCountry);
  const device = deviceOf(rng, rng.weightedPick(GUEST_DEVICES));
  const ip =
    isPhone(device) && rng.chance(0.4)
      ? address(rng, mobileIn(rng, country))
      : address(rng, broadbandIn(rng, country), rng.chance(0.2));
  return {
    buyer: { email: emailFor(rng, name, nameCountry), name },
    billing: addressAt(rng, place),
    place,
    region,
    tz: place.tz,
    ip,
    device,
    cards: [newCard(rng, homeCardKey(rng, country, region === 'NI'))],
    wallets: {
      paypal: rng.chance(0.35),
      revolut: rng.chance(region === 'IE' ? 0.25 : 0.08),
      klarna: rng.chance(0.15),
    },
  };
}
