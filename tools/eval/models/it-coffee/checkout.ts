import { accountBuyer, type Address, type Buyer, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Basket, basketOf, type Code, type Fulfilment, type Line } from './catalogue.js';
import { homeNetwork, ipFrom, mobileNetwork, type Network } from './networks.js';
import {
  type Account,
  emailFor,
  fullName,
  isApp,
  localeOf,
  newDevice,
  type PersonName,
  personName,
  type Platform,
  provider,
} from './people.js';
import {
  currencyFor,
  homeIn,
  isPiedmont,
  type Market,
  MARKETS,
  pickMarket,
  pickupPoint,
  SHOWROOM,
} from './places.js';
import {
  type Attempt,
  type Channel,
  honestAfter,
  honestPay,
  type LaterEvent,
  type Payer,
  type Purchase,
} from './purchase.js';
import { anyAccount, freshAccountId, type World } from './world.js';

/** Who is at the checkout and from where, where the order goes, and the planned purchase put together. */

export interface Shopper {
  buyer: Buyer;
  person: PersonName;
  /** The market the buyer lives in (or bills from). */
  country: Market;
  billing: Address;
  cards: HeldCard[];
  paypal: boolean;
  signedIn: boolean;
  device: Device;
  ip: string;
  locale: string;
  channel: Channel;
}

const isPhone = (d: Device): boolean => /iPhone|Android|CremaTorino/.test(d.userAgent);

/** A signed-in customer on one of their devices, at home or (a phone) on mobile data. */
export function fromAccount(rng: Rng, a: Account, net?: Network): Shopper {
  const device = rng.pick(a.devices);
  const n = net ?? (isPhone(device) && rng.chance(0.3) ? mobileNetwork(rng, a.country) : a.network);
  return {
    buyer: accountBuyer(a),
    person: a.person,
    country: a.country,
    billing: { ...a.home },
    cards: a.cards,
    paypal: a.paypal,
    signedIn: true,
    device,
    ip: ipFrom(rng, n),
    locale: a.locale,
    channel: isApp(device) ? 'app' : 'web',
  };
}

const WEB: ReadonlyArray<readonly [Platform, number]> = [
  ['iphone', 34],
  ['android', 27],
  ['windows', 22],
  ['mac', 11],
  ['ipad', 6],
];

export interface NewPerson {
  person?: PersonName;
  email?: string;
  home?: Address;
  cards?: HeldCard[];
  platform?: Platform;
  network?: Network;
  locale?: string;
  /** Registers at checkout: an account opened a few minutes before `at`. */
  registersAt?: number;
}

/** Someone new to the shop: a guest, or an account opened at checkout. */
export function newShopper(rng: Rng, w: World, country: Market, o: NewPerson = {}): Shopper {
  const person = o.person ?? personName(rng, country);
  const email = o.email ?? emailFor(rng, person, provider(rng, country));
  const device = newDevice(rng, o.platform ?? rng.weightedPick(WEB));
  const net =
    o.network ??
    (isPhone(device) && rng.chance(0.35) ? mobileNetwork(rng, country) : homeNetwork(rng, country));
  const registered = o.registersAt !== undefined;
  const buyer: Buyer = registered
    ? {
        id: freshAccountId(rng, w),
        email,
        name: fullName(person),
        createdAt: (o.registersAt ?? 0) - rng.int(2, 18) * MINUTE,
      }
    : { email, name: fullName(person) };
  return {
    buyer,
    person,
    country,
    billing: o.home ?? homeIn(rng, country),
    cards: o.cards ?? [newCard(rng, country)],
    paypal: rng.chance(0.3),
    signedIn: registered,
    device,
    ip: ipFrom(rng, net),
    locale: o.locale ?? localeOf(rng, country),
    channel: 'web',
  };
}

export const payerOf = (s: Shopper, business = false): Payer => ({
  cards: s.cards,
  country: s.country,
  signedIn: s.signedIn,
  paypal: s.paypal,
  business,
});

/** Where an order goes and how. */
export interface Route {
  fulfilment: Fulfilment;
  /** The delivery market (prices and currency follow it). */
  country: Market;
  shipping?: Address;
  carrier?: string;
  pickupPoint?: string;
  recipient?: string;
}

export const courierOf = (rng: Rng, country: Market): string => rng.weightedPick(MARKETS[country].couriers);

/** To a street address by courier. */
export const toDoor = (rng: Rng, address: Address & { country: Market }, recipient?: string): Route => ({
  fulfilment: 'courier',
  country: address.country,
  shipping: { ...address },
  carrier: courierOf(rng, address.country),
  ...(recipient ? { recipient } : {}),
});

/** To a pick-up point in a city of the market. */
export function toPickup(
  rng: Rng,
  country: Market,
  city?: string,
  point?: { name: string; address: Address },
): Route {
  const p = point ?? pickupPoint(rng, country, city);
  return {
    fulfilment: 'pickup_point',
    country,
    shipping: { ...p.address },
    carrier: p.name.split(' ')[0] ?? 'BRT',
    pickupPoint: p.name,
  };
}

export const byEmail = (country: Market): Route => ({ fulfilment: 'email', country });

export const atShowroom = (): Route => ({ fulfilment: 'showroom', country: 'IT', pickupPoint: SHOWROOM });

/**
 * How an honest customer has things delivered: gift cards by e-mail; the showroom for some Piedmont buyers;
 * a pick-up point for some; the door for most.
 */
export function honestRoute(
  rng: Rng,
  s: { country: Market; billing: Address },
  lines: readonly Line[],
  o: { pickup: number; showroom: number },
): Route {
  if (lines.every((l) => l.category === 'gift_card')) return byEmail(s.country);
  if (s.country === 'IT' && isPiedmont(s.billing) && rng.chance(o.showroom)) return atShowroom();
  if (rng.chance(o.pickup)) return toPickup(rng, s.country, s.billing.city);
  return toDoor(rng, { ...s.billing, country: s.country });
}

export interface Parts {
  kind: string;
  fraud: boolean;
  at: number;
  shopper: Shopper;
  basket: Basket;
  route: Route;
  attempts: Attempt[];
  later: LaterEvent[];
  extra?: Pick<Purchase, 'giftNote' | 'giftCardTo' | 'company' | 'tradeIn'>;
  /** A shop-initiated order (a renewal): no IP, no device. */
  unattended?: boolean;
  /** Billing other than the shopper's. */
  billing?: Address;
}

/** The purchase from its parts. */
export function purchaseOf(p: Parts): Purchase {
  const s = p.shopper;
  const r = p.route;
  return {
    at: p.at,
    fraud: p.fraud,
    kind: p.kind,
    basket: p.basket,
    billing: { ...(p.billing ?? s.billing) },
    attempts: p.attempts,
    later: p.later,
    buyer: s.buyer,
    ...(r.shipping ? { shipping: r.shipping } : {}),
    ...(r.recipient ? { recipient: r.recipient } : {}),
    fulfilment: r.fulfilment,
    ...(r.carrier ? { carrier: r.carrier } : {}),
    ...(r.pickupPoint ? { pickupPoint: r.pickupPoint } : {}),
    ...(p.unattended ? {} : { ip: s.ip, device: s.device }),
    locale: s.locale,
    channel: p.unattended ? 'subscription' : s.channel,
    ...(p.extra ?? {}),
  };
}

/** A returning customer most of the time; otherwise someone new, a third of whom register at checkout. */
export function someone(rng: Rng, w: World, at: number, returning: number): Shopper {
  if (rng.chance(returning)) return fromAccount(rng, anyAccount(rng, w));
  const market = pickMarket(rng);
  return newShopper(rng, w, market, rng.chance(0.35) ? { registersAt: at } : {});
}

/** A planned honest order from its shopper, lines and delivery; paid and followed up the honest way. */
export function honestOrder(
  rng: Rng,
  kind: string,
  at: number,
  s: Shopper,
  lines: Line[],
  o: { pickup: number; showroom: number; code?: Code; declineShare?: number },
): Purchase {
  const route = honestRoute(rng, s, lines, o);
  const currency = currencyFor(route.country);
  const basket = basketOf(
    lines,
    currency,
    route.fulfilment,
    route.country,
    o.code ? { code: o.code } : undefined,
  );
  const attempts = honestPay(rng, payerOf(s), basket.amount, o.declineShare);
  const later = honestAfter(rng, {
    at,
    fulfilment: route.fulfilment,
    country: route.country,
    basket,
    attempts,
  });
  return purchaseOf({ kind, fraud: false, at, shopper: s, basket, route, attempts, later });
}
