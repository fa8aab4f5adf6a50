import { type Address, type Buyer, accountBuyer, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { ipOn, type NetworkName } from './networks.js';
import {
  type Account,
  type Channel,
  type Customers,
  emailFor,
  type Person,
  person,
  phoneFor,
  type Used,
} from './people.js';
import { type Home, homeAt, type Market } from './places.js';
import { type Attempt, type LaterEvent, type Method, type Purchase, type Storefront } from './purchase.js';

/** The store's world for a window, and the pieces every planner puts a purchase together from. */

export interface World {
  window: Window;
  customers: Customers;
}

/** Who is at the checkout: the buyer as the store records them, their name, phone and home. */
export interface Who {
  buyer: Buyer;
  person: Person;
  phone: string;
  home: Home;
  market: Market;
  account?: Account;
}

/** A returning account holder, signed in. */
export const signedIn = (a: Account): Who => ({
  buyer: accountBuyer(a),
  person: a.person,
  phone: a.phone,
  home: a.home,
  market: a.market,
  account: a,
});

/**
 * Someone new: a guest, or (with `register`) an account opened at checkout a few minutes before the order.
 * `email` replaces the address people make from their name (fraudsters' throwaways).
 */
export function newcomer(
  rng: Rng,
  market: Market,
  at: number,
  opts: { register?: boolean; home?: Home; person?: Person; email?: string } = {},
): Who {
  const p = opts.person ?? person(rng);
  const email = opts.email ?? emailFor(rng, p, market);
  const home = opts.home ?? homeAt(rng, market);
  const buyer: Buyer = opts.register
    ? { id: `cus_${rng.token(14)}`, email, name: p.name, createdAt: at - rng.int(2, 25) * MINUTE }
    : { email, name: p.name };
  return { buyer, person: p, phone: phoneFor(rng, market), home, market };
}

/** The site language: English nearly everywhere, some Urdu at home and Arabic in Saudi Arabia. */
export function localeFor(rng: Rng, market: Market): string {
  if (market === 'PK') return rng.chance(0.12) ? 'ur-PK' : 'en-PK';
  if (market === 'SA') return rng.chance(0.2) ? 'ar-SA' : 'en-SA';
  return `en-${market}`;
}

export interface Parts {
  at: number;
  kind: string;
  fraud: boolean;
  who: Who;
  basket: Basket;
  storefront: Storefront;
  method: Method;
  fulfilment: Fulfilment;
  attempts: Attempt[];
  later: LaterEvent[];
  used: Used;
  network: NetworkName;
  /** The IP when the planner already drew one (a ring reusing its address). */
  ip?: string;
  billing?: Address;
  /** Absent for pickup and e-mailed gift cards; the buyer's home unless given. */
  shipping?: Address | null;
  recipient?: string;
  giftMessage?: string;
  company?: { name: string; ntn: string };
  channel?: Channel;
  /** The number the courier rings when it is not the buyer's (a relative, a fraudster's own). */
  phone?: string;
  pickupStore?: string;
}

/** A purchase from its parts: billing and shipping default to the buyer's home. */
export function purchaseOf(rng: Rng, p: Parts): Purchase {
  const home = p.who.home.address;
  const shipping = p.shipping === null ? undefined : (p.shipping ?? home);
  return {
    at: p.at,
    fraud: p.fraud,
    kind: p.kind,
    basket: p.basket,
    billing: p.billing ?? home,
    attempts: p.attempts,
    later: p.later,
    buyer: p.who.buyer,
    ...(shipping ? { shipping } : {}),
    ...(p.recipient ? { recipient: p.recipient } : {}),
    phone: p.phone ?? p.who.phone,
    storefront: p.storefront,
    method: p.method,
    fulfilment: p.fulfilment,
    ip: p.ip ?? ipOn(rng, p.network),
    device: p.used.device,
    channel: p.channel ?? p.used.channel,
    locale: localeFor(rng, p.who.market),
    ...(p.company ? { company: p.company } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.pickupStore ? { pickupStore: p.pickupStore } : {}),
  };
}
