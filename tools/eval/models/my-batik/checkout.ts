import { type Address, accountBuyer, type Buyer, DAY, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { dayOf, type When, when } from './calendar.js';
import { type Match } from './cards.js';
import { type Basket, type Delivery } from './catalogue.js';
import { type Channel, channelOf, type HeldDevice, throughChannel } from './devices.js';
import { ipOn, type Network } from './networks.js';
import { type Customer, type CustomerBase, newCustomer, type Segment } from './people.js';
import { isEast } from './places.js';
import {
  type Attempt,
  type Company,
  fulfil,
  honestAfter,
  honestPay,
  type LaterEvent,
  type Method,
  paidAfter,
  type Purchase,
  releaseUnpaid,
} from './purchase.js';

/** What honest and fraudulent checkouts share: who is buying, from where, and the order they place. */

export interface World {
  window: Window;
  customers: CustomerBase;
}

/** Who is at the checkout: an account with a history, one opened minutes ago, or a guest. */
export interface Shopper {
  c: Customer;
  at: number;
  buyer: Buyer;
  signedIn: boolean;
  fresh: boolean;
}

export interface Mix {
  returning: number;
  fresh: number;
  guest: number;
}

/** The customer's own hours (terawih and sahur for those who fast), on the days a kind allows. */
export const hoursOf = (c: Customer, o: Partial<When> = {}): When => ({
  tz: c.tz,
  rhythm: c.fasting ? 'fasting' : 'shopper',
  ...o,
});

/** A shopper of a segment, and when they check out. */
export function shopperOf(
  rng: Rng,
  w: World,
  segment: Segment,
  mix: Mix,
  timing: Partial<When> = {},
): Shopper {
  const type = rng.weighted({ returning: mix.returning, fresh: mix.fresh, guest: mix.guest });
  const known = w.customers.of(segment);
  if (type === 'returning' && known.length > 0) {
    const c = rng.pick(known);
    const at = when(rng, w.window, hoursOf(c, timing));
    return { c, at, buyer: accountBuyer(c), signedIn: true, fresh: false };
  }
  const proto = newCustomer(rng, segment, w.window.start);
  const at = when(rng, w.window, hoursOf(proto, timing));
  if (type === 'guest') {
    const c = { ...proto, points: 0 };
    return { c, at, buyer: { email: c.email, name: c.name }, signedIn: false, fresh: false };
  }
  const c = { ...proto, createdAt: at - rng.int(2, 25) * MINUTE, points: 0 };
  return { c, at, buyer: accountBuyer(c), signedIn: true, fresh: true };
}

/** The network, device and channel of one visit: mostly mobile data, a home line otherwise. */
export function visit(
  rng: Rng,
  c: Customer,
  o: { mobile?: number; social?: number; net?: Network; device?: HeldDevice } = {},
): { ip: string; device: HeldDevice; channel: Channel } {
  const net =
    o.net ??
    (rng.chance(o.mobile ?? (c.segment === 'peninsular' || c.segment === 'east' ? 0.62 : 0.45))
      ? c.mobile
      : c.fibre);
  const channel = channelOf(rng, o.social ?? 0.3);
  const device = throughChannel(rng, o.device ?? rng.pick(c.devices), channel);
  return { ip: ipOn(rng, net), device, channel };
}

export function localeOf(rng: Rng, c: Customer): 'ms' | 'en' | 'id' {
  switch (c.segment) {
    case 'id':
      return 'id';
    case 'sg':
      return rng.chance(0.6) ? 'en' : 'ms';
    case 'bn':
      return rng.chance(0.7) ? 'ms' : 'en';
    case 'diaspora':
      return rng.chance(0.55) ? 'en' : 'ms';
    default:
      return c.fasting ? (rng.chance(0.75) ? 'ms' : 'en') : 'en';
  }
}

/** How a parcel to this address goes. */
export function deliveryTo(a: Address): Delivery {
  if (a.country === 'MY') return isEast(a) ? 'east_malaysia' : 'standard';
  if (a.country === 'SG') return 'singapore';
  if (a.country === 'BN') return 'brunei';
  if (a.country === 'ID') return 'indonesia';
  return 'international';
}

/** Everything of a purchase but its payment and what follows. */
export interface Draft {
  at: number;
  buyer: Buyer;
  phone: string;
  billing: Address;
  shipping?: Address;
  recipient?: string;
  delivery: Delivery;
  ip: string;
  device: HeldDevice;
  locale: 'ms' | 'en' | 'id';
  channel: Channel;
  method: Method;
  basket: Basket;
  giftNote?: string;
  company?: Company;
}

export function purchase(
  d: Draft,
  label: { fraud: boolean; kind: string },
  attempts: Attempt[],
  later: LaterEvent[],
): Purchase {
  return { ...d, ...label, attempts, later };
}

/** Methods an honest buyer of a segment picks from, within wallet and pay-later limits. */
export function honestMethod(
  rng: Rng,
  c: Customer,
  amount: number,
  extra: Partial<Record<Method, number>> = {},
): Method {
  const rm = c.market.currency === 'MYR' ? amount : c.market.currency === 'SGD' ? amount * 3.3 : amount * 4.2;
  const weights: Partial<Record<Method, number>> =
    c.segment === 'peninsular' || c.segment === 'east'
      ? {
          fpx: 36,
          card: c.cards.length > 0 ? 22 : 6,
          apple_pay: c.cards.length > 0 && c.devices.some((x) => x.kind === 'iphone') ? 6 : 0,
          tng_ewallet: c.wallet === 'tng_ewallet' && rm < 3000_00 ? 18 : 0,
          grabpay: c.wallet === 'grabpay' && rm < 3000_00 ? 14 : 0,
          atome: rm < 3000_00 ? 10 : 0,
        }
      : c.segment === 'sg'
        ? { card: 48, apple_pay: 8, paynow: 20, grabpay: 8, atome: rm < 3000_00 ? 10 : 0, paypal: 6 }
        : c.segment === 'bn'
          ? { card: 72, paypal: 28 }
          : c.segment === 'id'
            ? { card: 58, paypal: 42 }
            : { card: 66, apple_pay: 10, paypal: 24 };
  for (const [m, v] of Object.entries(extra) as Array<[Method, number]>) weights[m] = v;
  return rng.weighted(weights as Record<Method, number>);
}

export interface Honest {
  /** Made to measure: at the tailors for weeks before it ships. */
  tailoring?: boolean;
  /** Share of COD parcels refused or never collected from the rider. */
  codRefusal?: number;
  match?: Match;
  declineShare?: number;
}

/**
 * An honest purchase's payment and what follows: paid (or COD, or on invoice), packed, shipped and delivered,
 * now and then refunded, cancelled or disputed; released an hour after the last try if never paid.
 */
export function honestFinish(
  rng: Rng,
  w: World,
  d: Draft,
  c: Customer,
  signedIn: boolean,
  kind: string,
  o: Honest = {},
): Purchase {
  const payer = {
    cards: c.cards,
    bank: c.fpxBank,
    signedIn,
    country: c.market.country,
    match: o.match ?? 'good',
  };
  const attempts = honestPay(rng, payer, d.method, d.basket.amount, o.declineShare);
  const label = { fraud: false, kind };
  if (d.method === 'cod') {
    const refused = rng.chance(o.codRefusal ?? 0.08);
    const f = fulfil(rng, { w: w.window, at: d.at, ready: 0, delivery: d.delivery, cod: { refused } });
    return purchase(
      d,
      label,
      attempts,
      refused ? f.steps : honestAfter(rng, { basket: d.basket, method: 'cod' }, f),
    );
  }
  if (d.method === 'invoice') {
    const f = fulfil(rng, { w: w.window, at: d.at, ready: rng.int(2, 20) * 3_600_000, delivery: d.delivery });
    const paidOn = (f.received ?? f.dispatched) + rng.int(7, 30) * DAY;
    return purchase(d, label, attempts, [
      ...f.steps,
      { type: 'payment.succeeded', afterMs: paidOn, method: 'bank_transfer' },
    ]);
  }
  const paid = paidAfter(attempts);
  if (paid === undefined) return purchase(d, label, attempts, [releaseUnpaid(rng, attempts)]);
  const f = fulfil(rng, {
    w: w.window,
    at: d.at,
    ready: paid,
    delivery: d.delivery,
    ...(o.tailoring ? { tailoring: true } : {}),
  });
  const method = attempts.find((a) => a.ok)?.method;
  return purchase(d, label, attempts, honestAfter(rng, { basket: d.basket, method }, f));
}

/** The default calendar's day a moment of the window falls on. */
export const dayIn = (w: World, t: number): number => dayOf(w.window, t);
