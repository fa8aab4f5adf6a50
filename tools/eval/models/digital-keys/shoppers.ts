import { type Rng } from '../kit/random.js';
import {
  avs,
  cardFrom,
  honestDecline,
  type IssuedCard,
  refusalRate,
  SCA,
  strip,
  virtualDollarCard,
} from './cards.js';
import { address, network, type Network } from './networks.js';
import { billingOf, deviceFor, emailFor, fullName, homeOf } from './people.js';
import { type Market, type Method } from './places.js';
import {
  accountId,
  type Address,
  type Attempt,
  type Buyer,
  DAY,
  declined,
  type Device,
  type Later,
  MINUTE,
  paid,
  payDelay,
} from './purchase.js';

/** An honest shopper (also the households and accounts that fraud borrows), and how an honest shopper pays. */

export interface Shopper {
  m: Market;
  tz: number;
  name: string;
  email: string;
  /** Account id and opening; absent for guest checkout. */
  id?: string;
  createdAt?: number;
  home: Address;
  ip: string;
  device: Device;
  method: Method;
  card: IssuedCard;
}

export type AccountAge = 'old' | 'recent' | 'new' | 'guest';

/** Opening time of an account of this age for an order at `at` in a stream starting at `start`. */
export function openedAt(rng: Rng, age: AccountAge, at: number, start: number): number | undefined {
  if (age === 'guest') return undefined;
  if (age === 'new') return at - rng.int(2, 40) * MINUTE;
  if (age === 'recent') return at - Math.floor(rng.float(1, 45) * DAY);
  return start - Math.floor(Math.min(12 * 365, 3 + rng.exp(700)) * DAY);
}

/** An address on the shopper's usual connection: home broadband, or the phone's carrier. */
export function homeIp(rng: Rng, m: Market, mobile: boolean): { net: Network; ip: string } {
  const net = network(rng, mobile ? 'mobile' : 'home', m.country);
  return { net, ip: address(rng, net, rng.chance(m.v6)) };
}

/** A domestic card; many Nigerian gamers pay with a US-issued virtual dollar card instead. */
export function ownCard(rng: Rng, m: Market, young = false): IssuedCard {
  if (m.country === 'NG' && rng.chance(0.4)) return virtualDollarCard(rng);
  if (young && m.country === 'US' && rng.chance(0.35)) return cardFrom(rng, 'US', 'prepaid');
  return cardFrom(rng, m.country);
}

export interface ShopperOptions {
  age?: AccountAge;
  young?: boolean;
  phone?: boolean;
  /** Time of the order, for accounts opened just before it. */
  at: number;
  start: number;
  tz?: number;
}

export function shopper(rng: Rng, m: Market, o: ShopperOptions): Shopper {
  const young = o.young ?? rng.chance(0.3);
  const name = fullName(rng, m);
  const device = deviceFor(rng, m.country, o.phone);
  const onPhone = device.userAgent.includes('Mobile');
  const { ip } = homeIp(rng, m, onPhone && rng.chance(0.45));
  const age = o.age ?? rng.weighted<AccountAge>({ old: 70, recent: 10, new: 12, guest: 8 });
  const createdAt = openedAt(rng, age, o.at, o.start);
  return {
    m,
    tz: o.tz ?? rng.pick(m.tz),
    name,
    email: emailFor(rng, name, m, young ? 'young' : 'adult'),
    ...(createdAt !== undefined ? { id: accountId(rng), createdAt } : {}),
    home: homeOf(rng, m),
    ip,
    device,
    method: rng.weightedPick(Object.entries(m.pay) as Array<[Method, number]>),
    card: ownCard(rng, m, young),
  };
}

export const buyerOf = (s: Shopper): Buyer => ({
  ...(s.id ? { id: s.id } : {}),
  email: s.email,
  name: s.name,
  ...(s.id && s.createdAt !== undefined ? { createdAt: s.createdAt } : {}),
});

export interface Payment {
  method: Method;
  billing: Address;
  attempts: Attempt[];
  /** An order nobody paid: the store cancels it. */
  later: Later[];
}

/**
 * How an honest shopper's payment goes: wallets and instant payments confirm (or lapse unpaid); a card is
 * sometimes refused first (funds, the issuer's foreign-spend rules, 3-D Secure, a mistyped CVC) and the
 * shopper then authenticates, retypes, takes another card or PayPal, or gives up.
 */
export function honestPayment(
  rng: Rng,
  s: Shopper,
  method = s.method,
  billing = billingOf(rng, s.home),
  match: 'yes' | 'street' | 'no' = rng.weighted({ yes: 95, street: 4, no: 1 }),
): Payment {
  const lapsed = (reason: string): Payment => ({
    method,
    billing,
    attempts: [],
    later: [{ type: 'order.cancelled', afterMs: rng.int(30, 75) * MINUTE, reason }],
  });
  if (method !== 'card') {
    if (rng.chance(method === 'paypal' || method === 'paysafecard' ? 0.02 : 0.07))
      return lapsed('payment_expired');
    return { method, billing, attempts: [paid(payDelay(rng, method))], later: [] };
  }
  const card = strip(s.card);
  const check = avs(card, billing, match);
  const delay = payDelay(rng, method);
  if (!rng.chance(refusalRate(card)))
    return { method, billing, attempts: [paid(delay, card, check)], later: [] };
  const code = honestDecline(rng, card);
  const first = declined(code, delay, card, check, code === 'incorrect_cvc' ? 'fail' : 'pass');
  const retry = rng.int(20_000, 4 * MINUTE);
  if (rng.chance(0.3)) return { ...lapsed('payment_failed'), attempts: [first] };
  if (
    code === 'authentication_required' ||
    code === 'incorrect_cvc' ||
    (SCA.has(card.country) && rng.chance(0.3))
  )
    return { method, billing, attempts: [first, paid(retry, card, check)], later: [] };
  if (rng.chance(0.45) && s.m.pay.paypal)
    return { method, billing, attempts: [first, { ...paid(retry + 40_000), method: 'paypal' }], later: [] };
  const other = strip(s.m.country === 'NG' ? virtualDollarCard(rng) : cardFrom(rng, card.country));
  return { method, billing, attempts: [first, paid(retry, other, avs(other, billing, 'yes'))], later: [] };
}

/** A family at home: one connection, a shared PC or console browser and a tablet, the parent's card. */
export interface Household {
  m: Market;
  tz: number;
  home: Address;
  ip: string;
  devices: Device[];
  card: IssuedCard;
  parent: Shopper;
  kids: Shopper[];
}

export function household(rng: Rng, m: Market, start: number): Household {
  const parent = shopper(rng, m, { age: 'old', young: false, at: start, start });
  const { ip } = homeIp(rng, m, false);
  const devices = [deviceFor(rng, m.country, false), deviceFor(rng, m.country, true)];
  const surname = parent.name.split(' ').slice(1).join(' ');
  const kids = Array.from({ length: rng.int(1, 3) }, () => {
    const kid = shopper(rng, m, { age: 'old', young: true, at: start, start });
    const name = `${rng.pick(m.first)} ${surname}`;
    return { ...kid, name, email: emailFor(rng, name, m, 'young'), tz: parent.tz, ip, home: parent.home };
  });
  return {
    m,
    tz: parent.tz,
    home: parent.home,
    ip,
    devices,
    card: parent.card,
    parent: { ...parent, ip },
    kids,
  };
}
