import { accountBuyer, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Line, needsFreight, type Shipping } from './catalogue.js';
import { type Phase } from './calendar.js';
import { ipOn, type Network } from './networks.js';
import { newCard } from './cards.js';
import { pickNetwork } from './networks.js';
import { type Account, computerOf, emailOf, type Person, personFrom, phoneOf, usAccounts } from './people.js';
import { type Country, homeIn, pickRegion, regionOf, SHOPS, type Where } from './places.js';

/** What the honest and fraud planners share: the world, a checkout's connection, shipping choices, shops. */

export interface World {
  window: Window;
  customers: Account[];
}

export const channelOf = (device: Device): 'web' | 'app' =>
  device.userAgent.startsWith('LoneStarLinks/') ? 'app' : 'web';

export interface Connection {
  ip: string;
  device: Device;
  channel: 'web' | 'app';
}

export const connection = (rng: Rng, network: Network, device: Device, v6Share?: number): Connection => ({
  ip: ipOn(rng, network, v6Share),
  device,
  channel: channelOf(device),
});

/** An account holder at home: the phone on the carrier `mobile` of the time, else the computer on broadband. */
export function fromHome(rng: Rng, a: Account, mobile: number): Connection {
  if (rng.chance(mobile) || !a.computer) {
    const onWifi = rng.chance(0.45);
    return connection(rng, onWifi ? a.broadband : a.carrier, a.phone);
  }
  return connection(rng, a.broadband, a.computer);
}

export const buyerOfAccount = (a: Account): Buyer => accountBuyer(a);
export const guestBuyer = (p: Person, email: string): Buyer => ({ email, name: p.name });

/** How a domestic order for oneself is shipped. */
export function ownShipping(rng: Rng, lines: readonly Line[]): Shipping {
  if (needsFreight(lines)) return 'freight';
  return rng.weightedPick<Shipping>([
    ['ground', 86],
    ['express', 11],
    ['overnight', 3],
  ]);
}

/** How a gift still arrives by Father's Day; `null` when only an e-mailed card or a pickup will. */
export function giftShipping(rng: Rng, phase: Phase): Shipping | null {
  if (phase === 'ground') return rng.chance(0.85) ? 'ground' : 'express';
  if (phase === 'express') return rng.chance(0.8) ? 'express' : 'overnight';
  if (phase === 'overnight') return rng.chance(0.5) ? 'overnight' : null;
  return null;
}

const NEAR: Readonly<Record<string, string>> = {
  Dallas: 'DAL',
  'Fort Worth': 'DAL',
  Plano: 'DAL',
  Frisco: 'DAL',
  Southlake: 'DAL',
  Houston: 'HOU',
  Katy: 'HOU',
  'The Woodlands': 'HOU',
  'Corpus Christi': 'HOU',
  Austin: 'AUS',
  'San Antonio': 'SAT',
};

/** The shop nearest a Texas home (any for the rest of the state). */
export function shopNear(rng: Rng, home: Where): (typeof SHOPS)[number] {
  const id = NEAR[home.city];
  return SHOPS.find((s) => s.id === id) ?? rng.pick(SHOPS);
}

/** "Jun 14": how a date is written in a delivery note. */
export const shortDate = (t: number): string =>
  new Date(t).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'America/Chicago' });

/** A guest shaped like an account (no id is shown: the buyer is a guest), so the same helpers serve both. */
export function guestLike(rng: Rng, country: Country, state?: string, male = 0.82): Account {
  const person = personFrom(rng, country, male);
  const region = state ? regionOf(state, country) : pickRegion(rng, country);
  // Now and then a prepaid gift card someone was given, spent on golf.
  const cards = [newCard(rng, country, country === 'US' && rng.chance(0.02) ? 'prepaid' : undefined)];
  if (rng.chance(0.3)) cards.push(newCard(rng, country));
  return {
    ...person,
    id: '',
    email: emailOf(rng, person, country),
    createdAt: 0,
    country,
    home: homeIn(rng, region),
    tz: region.tz,
    cards,
    phone: phoneOf(rng, country),
    ...(rng.chance(0.6) ? { computer: computerOf(rng) } : {}),
    broadband: pickNetwork(rng, country, 'residential'),
    carrier: pickNetwork(rng, country, 'mobile'),
    household: 0,
  };
}

/** A signed-in account holder (US unless the caller filters), or a new guest. */
export function someone(
  rng: Rng,
  w: World,
  signedIn: number,
  pool?: readonly Account[],
): { a: Account; signedIn: boolean } {
  const from = pool ?? usAccounts(w.customers);
  if (from.length > 0 && rng.chance(signedIn)) return { a: rng.pick(from), signedIn: true };
  return { a: guestLike(rng, 'US'), signedIn: false };
}

export const buyerOf = (a: Account, signedIn: boolean): Buyer =>
  signedIn ? buyerOfAccount(a) : guestBuyer(a, a.email);
