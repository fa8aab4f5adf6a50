import { type Address, type Buyer, DAY, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { newDevice } from './devices.js';
import { type Name, personalEmail, personName } from './names.js';
import { type Network, networksOf } from './networks.js';
import { addressIn, type City, type Market, pickCity, pickMarket } from './places.js';

/**
 * The store's customers: people with a home, cards, a phone and a computer, a home line and a mobile network; most
 * who buy furniture online open an account for delivery tracking, so a pool of account holders keeps coming back
 * (and is what account takeover targets).
 */

export interface Person {
  name: Name;
  email: string;
  market: Market;
  city: City;
  home: Address;
  /** The account, when they have one. */
  id?: string;
  createdAt?: number;
  cards: HeldCard[];
  devices: Device[];
  homeNet: Network;
  mobileNet: Network;
}

export function newPerson(rng: Rng, market: Market, city?: City, { account = true, now = 0 } = {}): Person {
  const where = city ?? pickCity(rng, market);
  const name = personName(rng, market);
  const cards = [newCard(rng, market, rng.chance(0.6) ? 'debit' : 'credit')];
  if (rng.chance(0.35)) cards.push(newCard(rng, market, 'credit'));
  const devices = [newDevice(rng, market)];
  if (rng.chance(0.55)) devices.push(newDevice(rng, market));
  return {
    name,
    email: personalEmail(rng, name, market),
    market,
    city: where,
    home: addressIn(rng, where),
    ...(account
      ? { id: `cus_${rng.token(12)}`, createdAt: now - Math.floor(rng.float(0.05, 1) ** 1.6 * 6 * 365 * DAY) }
      : {}),
    cards,
    devices,
    homeNet: rng.pick(networksOf(market, 'home')),
    mobileNet: rng.pick(networksOf(market, 'mobile')),
  };
}

export const buyerOf = (p: Person): Buyer => ({
  ...(p.id ? { id: p.id, createdAt: p.createdAt } : {}),
  email: p.email,
  name: p.name.full,
});

export interface World {
  window: Window;
  /** Account holders who shop during the window (returning customers), by market. */
  accounts: Person[];
}

/** About 0.45 returning account holders per order: some buy twice in the sales, most once. */
export function world(rng: Rng, window: Window, orders: number): World {
  const accounts = Array.from({ length: Math.max(20, Math.round(orders * 0.45)) }, (_, i) => {
    const r = rng.fork(`acct${i}`);
    return newPerson(r, pickMarket(r), undefined, { now: window.start - DAY });
  });
  return { window, accounts };
}

/** A returning customer of the market, or a new one (with an account opened just now, or a guest). */
export function customer(rng: Rng, w: World, market: Market, at: number, returning = 0.5): Person {
  const own = w.accounts.filter((a) => a.market === market);
  if (own.length > 0 && rng.chance(returning)) return rng.pick(own);
  const guest = rng.chance(0.3);
  const p = newPerson(rng, market, undefined, { account: !guest, now: at });
  return guest ? p : { ...p, createdAt: at - rng.int(60_000, 25 * 60_000) };
}
