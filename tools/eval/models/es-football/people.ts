import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { humanDevice } from './devices.js';
import { emailOf, type Name, nameIn } from './names.js';
import { homeNetwork, type Network } from './networks.js';
import { addressIn, type Lang, MARKET_WEIGHTS, type Place, placeOf } from './places.js';

/** People: the shop's accounts, new customers, and how either turns up at checkout. */

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: string;
  home: Address & { tz: number };
  cards: HeldCard[];
  devices: Device[];
  network: Network;
}

/**
 * A person who is not (yet) a customer: who they are, where they live, their cards, device and connection.
 */
export interface Person {
  name: Name;
  email: string;
  country: string;
  lang: Lang;
  home: Address & { tz: number };
  cards: HeldCard[];
  device: Device;
  network: Network;
}

/**
 * The card a resident of a market carries: a local one, and for one Spaniard in ten a Lithuanian-issued
 * neobank card.
 */
export function homeCard(rng: Rng, country: string): HeldCard {
  if (country === 'ES' && rng.chance(0.1)) return newCard(rng, 'LT');
  return newCard(rng, country);
}

/** A new person living in `country`, or in a market drawn by the shop's weights. */
export function personIn(rng: Rng, country?: string, lang?: Lang): Person {
  const where = country ?? rng.weightedPick(MARKET_WEIGHTS);
  const place: Place = placeOf(where);
  // Many of the shop's US fans are Spanish speakers.
  const l = lang ?? (where === 'US' && rng.chance(0.35) ? 'es' : place.lang);
  const name = nameIn(rng, l);
  return {
    name,
    email: emailOf(rng, name, where),
    country: where,
    lang: l,
    home: addressIn(rng, place),
    cards: [homeCard(rng, where), ...(rng.chance(0.3) ? [homeCard(rng, where)] : [])],
    device: humanDevice(rng, where),
    network: homeNetwork(rng, where),
  };
}

export const accountId = (rng: Rng): string => `cus_${rng.token(14)}`;

/**
 * The shop's accounts before the window: one for every three orders expected, opened a month to eight years
 * earlier (most in the last three), each with a card or two and a device or two.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(60, Math.round(orders / 3));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const p = personIn(r);
    const age = Math.min(8 * 365, 30 + Math.floor(r.exp(420))) * DAY;
    return {
      id: accountId(r),
      email: p.email,
      name: p.name.full,
      createdAt: start - age - r.int(0, DAY),
      country: p.country,
      home: p.home,
      cards: p.cards,
      devices: [p.device, ...(r.chance(0.4) ? [humanDevice(r, p.country, 0.2)] : [])],
      network: p.network,
    };
  });
}

/** The account as a person at checkout (their usual device and connection). */
export const personOf = (a: Account, rng: Rng): Person => {
  const [first = '', ...rest] = a.name.split(' ');
  return {
    name: { first, last: rest[0] ?? '', full: a.name },
    email: a.email,
    country: a.country,
    lang: placeOf(a.country).lang,
    home: a.home,
    cards: a.cards,
    device: rng.pick(a.devices),
    network: a.network,
  };
};

/** The site language a person browses in. */
export const localeOf = (p: Person): string =>
  p.country === 'US' && p.lang === 'es' ? 'es-US' : placeOf(p.country).locale;
