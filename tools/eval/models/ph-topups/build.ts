import { accountBuyer, type Address, type Buyer, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Telco } from './catalogue.js';
import { address, ipIn, network } from './networks.js';
import { type Account, type Customers, type Handset } from './people.js';
import { addressAt, type Place } from './places.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/** The store's world for a window, and the pieces every planner builds a purchase from. */

export interface World {
  window: Window;
  customers: Customers;
}

const ipOn = (rng: Rng, name: string, v6: number): string => address(rng, network(name), rng.chance(v6));

/** A Philippine mobile-data address: Smart and DITO subscribers on one CGNAT network, Globe's on the other. */
export function mobileIp(rng: Rng, telco: Telco): string {
  const name =
    telco === 'globe'
      ? 'ph-mobile-b'
      : telco === 'smart'
        ? 'ph-mobile-a'
        : rng.pick(['ph-mobile-a', 'ph-mobile-b']);
  return ipOn(rng, name, 0.3);
}

/** A Philippine home broadband (fibre or DSL) address. */
export const fixedIp = (rng: Rng): string => ipOn(rng, rng.pick(['ph-fibre-a', 'ph-fibre-b']), 0.15);

/** Where a buyer in the Philippines connects from: home broadband when they have it, else mobile data. */
export const homeIp = (rng: Rng, a: { broadband: boolean; telco: Telco }): string =>
  a.broadband && rng.chance(0.6) ? fixedIp(rng) : mobileIp(rng, a.telco);

/** Where a buyer abroad connects from: home broadband or mobile data in that country. */
export const abroadIp = (rng: Rng, country: string, broadband: boolean): string =>
  ipIn(rng, country, broadband && rng.chance(0.65) ? 'fixed' : 'mobile', 0.12);

/** The site's language: English (Philippines) mostly, Filipino for a third, a browser left in US English. */
export const phLocale = (rng: Rng): string =>
  rng.weightedPick<string>([
    ['en-PH', 64],
    ['fil-PH', 30],
    ['en-US', 6],
  ]);

/** A billing address at a place; the street only when the buyer typed one (cards mostly). */
export const billingAt = (rng: Rng, place: Place, line: boolean): Address => addressAt(rng, place, line);

/** The buyer as the checkout knows them: a signed-in account, or a guest's e-mail and name. */
export const signedIn = (a: Account): Buyer => accountBuyer(a);
export const guest = (email: string, name: string): Buyer => ({ email, name });

export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  phone: string;
  ip: string;
  device: Handset;
  locale: string;
  basket: Basket;
  billing: Address;
  attempts: Attempt[];
  later: LaterEvent[];
  company?: { name: string; tin: string };
  reseller?: string;
  giftMessage?: string;
}

/** A planned purchase from its parts; the channel is the device's (the app, or the web). */
export function purchaseOf(d: Draft): Purchase {
  const { device, ...rest } = d;
  return {
    ...rest,
    device: { userAgent: device.userAgent, ...(device.id ? { id: device.id } : {}) },
    channel: device.surface,
  };
}
