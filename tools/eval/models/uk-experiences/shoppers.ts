import { accountBuyer, type Address, type Buyer, type Card, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Funding, type Match, newCard } from './cards.js';
import { addressIn, type Network } from './networks.js';
import {
  type Account,
  customerId,
  homeNetwork,
  isMobile,
  mobileNetwork,
  newDevice,
  personalEmail,
  personName,
} from './people.js';
import { homeAddress } from './places.js';

/** Who is at the checkout: their account or none, address, cards, browser and connection. */
export interface Shopper {
  buyer: Buyer;
  billing: Address;
  cards: Card[];
  /** Signed in with a card saved at the shop. */
  saved: boolean;
  device: Device;
  ip: string;
  /** Where they live. */
  country: string;
  tz: number;
  newCustomer: boolean;
  /** How their billing address compares with the issuer's records. */
  match: Match;
  account?: Account;
}

/** The connection from a device: mobile data on a phone some of the time, else the home line. */
function connection(
  rng: Rng,
  device: Device,
  home: Network,
  homeIp: string | undefined,
  mobile: Network,
): string {
  if (isMobile(device) && rng.chance(0.45)) return addressIn(rng, mobile, 0.35);
  if (homeIp && rng.chance(0.8)) return homeIp;
  return addressIn(rng, home, 0.3);
}

/** A signed-in account holder on one of their own devices, at home or on their phone. */
export function accountShopper(rng: Rng, a: Account): Shopper {
  const device = rng.pick(a.devices);
  const cards = [...a.saved, ...a.cards.filter((c) => !a.saved.includes(c))];
  return {
    buyer: accountBuyer(a),
    billing: { ...a.home },
    cards,
    saved: a.saved.length > 0,
    device,
    ip: connection(rng, device, a.network, a.homeIp, a.mobile),
    country: a.country,
    tz: a.tz,
    newCustomer: false,
    // Expats paying with a British card give an address the bank does not hold.
    match:
      a.cards.some((c) => c.country !== a.country) && a.country !== 'GB' && a.country !== 'IE'
        ? 'stale'
        : 'good',
    account: a,
  };
}

export interface NewShopperOptions {
  /** Opens an account at checkout (else a guest). */
  signUp: boolean;
  mobileShare?: number;
  funding?: Funding | readonly Funding[];
  /** The card's issuing country, when not the one they live in. */
  cardCountry?: string;
  tz?: number;
}

/** Someone new to the shop: a guest or a sign-up minutes before the order, with their own card. */
export function newShopper(rng: Rng, country: string, at: number, o: NewShopperOptions): Shopper {
  const name = personName(rng, country);
  const email = personalEmail(rng, name, country);
  const device = newDevice(rng, { mobile: rng.chance(o.mobileShare ?? 0.6) });
  const home = homeNetwork(rng, country);
  const cardCountry = o.cardCountry ?? country;
  const card = newCard(rng, cardCountry, o.funding ?? (rng.chance(0.62) ? 'debit' : 'credit'));
  return {
    buyer: o.signUp
      ? { id: customerId(rng), email, name, createdAt: at - rng.int(2, 12) * MINUTE }
      : { email, name },
    billing: homeAddress(rng, country),
    cards: [card],
    saved: false,
    device,
    ip: connection(rng, device, home, undefined, mobileNetwork(rng, country)),
    country,
    tz: o.tz ?? 0,
    newCustomer: true,
    match: cardCountry !== country ? 'stale' : 'good',
  };
}

/** An account of the base that fits, or none. */
export function pickAccount(
  rng: Rng,
  accounts: readonly Account[],
  fits: (a: Account) => boolean,
): Account | undefined {
  const found = accounts.filter(fits);
  return found.length ? rng.pick(found) : undefined;
}
