import { accountBuyer, type Address, type Buyer, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeIp } from './networks.js';
import { type Account, device, newAccount, person, type World } from './people.js';
import { addressIn, drawMarket, localeOf, type Market, MARKETS } from './places.js';

/** Who is at the checkout of an honest order: a signed-in account, a new account, or a guest. */
export interface Shopper {
  account?: Account;
  buyer: Buyer;
  country: Market;
  home: Address;
  cards: HeldCard[];
  device: Device;
  ip: string;
  locale: string;
  signedIn: boolean;
}

/** An existing account of a country (any country when none is given), if the shop has one. */
export function someAccount(rng: Rng, w: World, country?: Market, minAgeDays = 0): Account | undefined {
  const pool = (country ? w.byCountry.get(country) : w.customers) ?? [];
  const old = pool.filter((a) => w.window.start - a.createdAt >= minAgeDays * 86_400_000);
  return old.length > 0 ? rng.pick(old) : undefined;
}

/** The checkout as an account holder: at home most of the time, sometimes on the phone. */
export function asAccount(rng: Rng, a: Account): Shopper {
  return {
    account: a,
    buyer: accountBuyer(a),
    country: a.country as Market,
    home: a.home,
    cards: a.cards,
    device: rng.chance(0.8) ? a.device : device(rng),
    ip: rng.chance(0.7) ? a.ip : homeIp(rng, a.country, 0.6),
    locale: localeOf(rng, a.country as Market),
    signedIn: true,
  };
}

/**
 * An honest shopper from `country` (drawn by the markets' shares when not given): an account holder with
 * probability `accountShare`, else a guest, of whom one in six opens an account at checkout.
 */
export function shopper(rng: Rng, w: World, at: number, accountShare: number, country?: Market): Shopper {
  const c = country ?? drawMarket(rng);
  const existing = rng.chance(accountShare) ? someAccount(rng, w, c) : undefined;
  if (existing) return asAccount(rng, existing);
  const p = person(rng, c);
  const opens = rng.chance(1 / 6);
  const fresh = opens ? newAccount(rng, c, at - rng.int(2, 20) * MINUTE) : undefined;
  const cards = [newCard(rng, c)];
  if (rng.chance(0.3)) cards.push(newCard(rng, c, 'credit'));
  return {
    buyer: fresh
      ? accountBuyer({ ...fresh, name: p.name, email: p.email })
      : { email: p.email, name: p.name },
    country: c,
    home: addressIn(rng, c),
    cards,
    device: device(rng),
    ip: homeIp(rng, c, 0.35),
    locale: localeOf(rng, c),
    signedIn: false,
  };
}

export const tzOfMarket = (m: Market): number => MARKETS[m].tz;
