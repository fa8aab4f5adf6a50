import { accountBuyer, type Address, type Buyer, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, currencyOf, type Fulfilment } from './catalogue.js';
import { ipOn, type Network } from './networks.js';
import {
  type Account,
  type Gadget,
  type People,
  person,
  type PersonSpec,
  type Segment,
  shownDevice,
} from './people.js';
import { COUNTRIES, type Market, METRO, onIslands, pickupIn } from './places.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/** The pieces every planner shares: the world, picking and making shoppers, where they connect from, delivery. */

export interface World {
  window: Window;
  people: People;
}

/** An account from `segments` living in one of `residences` (any residence when omitted), or none. */
export function pickAccount(
  rng: Rng,
  w: World,
  segments: readonly Segment[],
  residences?: readonly string[],
): Account | undefined {
  const pool = segments
    .flatMap((s) => w.people.bySegment[s])
    .filter((a) => !residences || residences.includes(a.residence));
  return pool.length ? rng.pick(pool) : undefined;
}

/** Someone not yet in the club: a guest, or (shown only when signed in) an account opened at `createdAt`. */
export const stranger = (rng: Rng, spec: PersonSpec, createdAt: number): Account =>
  person(rng, spec, createdAt);

/** An account opened minutes before checking out. */
export const openedJustNow = (rng: Rng, at: number): number => at - rng.int(3, 25) * MINUTE;

/** How the buyer appears on the order: the account when signed in, else only e-mail and name. */
export const buyerOf = (a: Account, signedIn: boolean): Buyer =>
  signedIn ? accountBuyer(a) : { email: a.email, name: a.name };

/** Where a checkout comes from: one of the person's devices, on the home line or the phone's network. */
export interface Connection {
  ip: string;
  device: Device;
  channel: 'web' | 'app';
}

export function connectFrom(rng: Rng, a: Account, gadget?: Gadget, net?: Network): Connection {
  const g = gadget ?? rng.pick(a.devices);
  const phone = g.app || /iPhone|Android/.test(g.userAgent);
  const onMobile = phone && rng.chance(0.42);
  const ip = net
    ? ipOn(rng, net)
    : onMobile
      ? ipOn(rng, a.mobileNet)
      : rng.chance(0.9)
        ? a.homeIp
        : ipOn(rng, a.homeNet);
  return { ip, device: shownDevice(rng, g), channel: g.app ? 'app' : 'web' };
}

/** The storefront language a person uses. */
export function localeOf(rng: Rng, a: Account, market: string): string {
  if (a.origin === 'pt' || a.origin === 'br' || a.origin === 'ao')
    return a.origin === 'br' && rng.chance(0.3) ? 'pt-BR' : 'pt-PT';
  if (a.origin === 'gb' || a.origin === 'us') return 'en';
  if (a.origin === 'de') return rng.chance(0.6) ? 'en' : 'de-DE';
  if (a.origin === 'ir' || a.origin === 'cu') return a.origin === 'cu' ? 'es-ES' : 'en';
  const c = COUNTRIES[market as Market];
  return c ? rng.pick(c.locales.filter((l) => l !== 'pt-PT')) : 'en';
}

/** Delivery to `to`: courier, express, a pick-up point or the nearest shop, and its transit time in days. */
export interface Delivery {
  fulfilment: Fulfilment;
  shipping?: Address;
  transit: readonly [number, number];
}

export function transitTo(to: Address, f: Fulfilment): readonly [number, number] {
  if (to.country === 'PT') return onIslands(to) ? [5, 11] : f === 'ctt_express' ? [0.6, 1.2] : [1, 2.2];
  if (to.country === 'ES') return f === 'ctt_express' ? [1, 1.8] : [1.5, 3];
  if (to.country === 'CH') return [3, 5.5];
  return [2, 4];
}

/**
 * How a parcel to `home` is sent. `hurry` (0–1) raises express and collection near Mother's Day; `shops` allows
 * store collection for people living near a shop.
 */
export function deliveryTo(rng: Rng, home: Address, { hurry = 0, shops = true } = {}): Delivery {
  const c = home.country;
  if (c === 'PT' && onIslands(home))
    return { fulfilment: 'ctt_standard', shipping: home, transit: transitTo(home, 'ctt_standard') };
  if (c === 'PT') {
    const nearShop = shops && METRO.includes(home.city ?? '');
    const f = rng.weightedPick<Fulfilment>([
      ['ctt_standard', 52 - 30 * hurry],
      ['ctt_express', 8 + 25 * hurry],
      ['pickup_point', 20],
      [
        nearShop && /Porto|Gaia|Matosinhos/.test(home.city ?? '') ? 'store_porto' : 'store_lisboa',
        nearShop ? 14 + 20 * hurry : 0,
      ],
    ]);
    if (f === 'store_lisboa' || f === 'store_porto') return { fulfilment: f, transit: [0, 0] };
    const shipping = f === 'pickup_point' ? pickupIn(rng, 'PT', home.city) : home;
    return { fulfilment: f, shipping, transit: transitTo(shipping, f) };
  }
  if (c === 'CH') return { fulfilment: 'dpd_home', shipping: home, transit: transitTo(home, 'dpd_home') };
  const f = rng.weightedPick<Fulfilment>([
    ['dpd_home', 80],
    ['pickup_point', c === 'FR' || c === 'ES' ? 16 : 8],
    ['ctt_express', c === 'ES' ? 4 + 10 * hurry : 0],
  ]);
  const shipping = f === 'pickup_point' ? pickupIn(rng, c as Market, home.city) : home;
  return { fulfilment: f, shipping, transit: transitTo(shipping, f) };
}

/** A purchase's currency: francs when the parcel goes to Switzerland, or for a Swiss buyer's e-mail. */
export const currencyFor = (destination: string): 'EUR' | 'CHF' => currencyOf(destination);

/** Everything a planner decided, assembled into a purchase. */
export interface Parts {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  delivery: Delivery;
  basket: Basket;
  attempts: Attempt[];
  later: LaterEvent[];
  connection: Connection;
  locale: string;
  giftMessage?: string;
  recipientName?: string;
  recipientEmail?: string;
  company?: { name: string; vatId: string };
}

export function assemble(p: Parts): Purchase {
  return {
    at: p.at,
    fraud: p.fraud,
    kind: p.kind,
    basket: p.basket,
    billing: p.billing,
    attempts: p.attempts,
    later: p.later,
    buyer: p.buyer,
    ...(p.delivery.shipping ? { shipping: p.delivery.shipping } : {}),
    fulfilment: p.delivery.fulfilment,
    ip: p.connection.ip,
    device: p.connection.device,
    channel: p.connection.channel,
    locale: p.locale,
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.recipientName ? { recipientName: p.recipientName } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
    ...(p.company ? { company: p.company } : {}),
  };
}
