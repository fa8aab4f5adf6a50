import { accountBuyer, type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import {
  basketOf,
  type Currency,
  type Fulfilment,
  type Item,
  itemsTotal,
  lineFor,
  shippingFee,
} from './catalogue.js';
import { homeNetwork, ipOn, mobileNetwork, type Network } from './networks.js';
import {
  type Account,
  arDevice,
  arEmail,
  argentine,
  type CustomerBase,
  dni,
  isPhone,
  type Person,
} from './people.js';
import { AMBA_POINTS, arAddress, arCity, type City, isAmba, PICKUP_POINTS } from './places.js';
import { type Attempt, type LaterEvent, paid, type Purchase, type Storefront } from './purchase.js';

/** The store's world for a window, and how a planned purchase is put together from its parts. */

export interface World {
  window: Window;
  /** When the peso price list goes up. */
  rise: number;
  customers: CustomerBase;
}

/** Everything a planner decides about a purchase; `assemble` prices the basket and pays it. */
export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  storefront: Storefront;
  locale?: string;
  document?: Purchase['document'];
  recipient?: string;
  giftNote?: string;
  company?: Purchase['company'];
  currency: Currency;
  picks: ReadonlyArray<readonly [Item, number]>;
  /** Share of the items taken off (transfer, cash, a code). */
  off?: number;
  code?: string;
  pay: (amount: number) => Attempt[];
  /** What happens once paid (nothing is posted after an unpaid checkout but its release). */
  later: (amount: number, attempts: readonly Attempt[]) => LaterEvent[];
}

export function assemble(w: World, d: Draft): Purchase {
  const lines = d.picks
    .filter(([, q]) => q > 0)
    .map(([item, q]) => lineFor(item, q, d.currency, d.at, w.rise));
  const to = d.shipping?.country ?? 'AR';
  const fee = shippingFee(d.fulfilment, d.currency, d.shipping?.postalCode, itemsTotal(lines), to);
  const basket = basketOf(d.currency, lines, {
    shippingFee: fee,
    ...(d.off ? { off: d.off } : {}),
    ...(d.code ? { code: d.code } : {}),
  });
  const attempts = d.pay(basket.amount);
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts,
    later: paid({ attempts }) ? d.later(basket.amount, attempts) : [],
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    ip: d.ip,
    device: d.device,
    storefront: d.storefront,
    locale: d.locale ?? 'es-AR',
    channel: d.device.userAgent.includes('Instagram') ? 'instagram' : 'web',
    ...(d.document ? { document: d.document } : {}),
    ...(d.recipient ? { recipient: d.recipient } : {}),
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.company ? { company: d.company } : {}),
  };
}

/** A customer at an Argentine checkout: signed in or a guest, where they live, their cards, device and network. */
export interface Shopper {
  buyer: Buyer;
  person: Person;
  home: Address;
  city: City;
  cards: HeldCard[];
  device: Device;
  net: Network;
  dni: string;
  signedIn: boolean;
  account?: Account;
}

/** On a phone, mobile data about half the time and the home Wi-Fi otherwise; a computer is on the home line. */
export const netFor = (rng: Rng, device: Device, home: Network, country: string, mobile = 0.5): Network =>
  isPhone(device) && rng.chance(mobile) ? mobileNetwork(rng, country) : home;

/**
 * An Argentine customer: an account holder (`signedIn` of the time; their own devices mostly, now and then a
 * new phone) or a guest from AMBA (`amba` of the time) or a province.
 */
export function domesticShopper(rng: Rng, w: World, signedIn: number, amba = 0.6): Shopper {
  if (rng.chance(signedIn)) {
    const a = rng.pick(w.customers.domestic);
    const device = rng.chance(0.85) ? rng.pick(a.devices) : arDevice(rng);
    const city = a.city ?? arCity(rng, 1);
    return {
      buyer: accountBuyer(a),
      person: a.person,
      home: a.home,
      city,
      cards: a.cards,
      device,
      net: netFor(rng, device, a.homeNet, 'AR'),
      dni: a.dni ?? dni(rng),
      signedIn: true,
      account: a,
    };
  }
  const person = argentine(rng);
  const city = arCity(rng, amba);
  const device = arDevice(rng);
  const provinces = !isAmba(city.postal);
  const cards = [newCard(rng, 'AR')];
  return {
    buyer: { email: arEmail(rng, person), name: person.name },
    person,
    home: arAddress(rng, city),
    city,
    cards,
    device,
    net: netFor(rng, device, homeNetwork(rng, 'AR', provinces), 'AR'),
    dni: dni(rng),
    signedIn: false,
  };
}

/** The ip of a shopper's checkout. */
export const ipOf = (rng: Rng, s: { net: Network }): string => ipOn(rng, s.net);

/**
 * Where a domestic order goes: in the city a courier, a same-day motorbike, the showroom or a pickup point; in
 * the suburbs a courier or a point; in the provinces mostly a courier.
 */
export function domesticFulfilment(
  rng: Rng,
  s: { home: Address; city: City },
  weights: Partial<Record<Fulfilment, number>> = {},
): { fulfilment: Fulfilment; shipping?: Address } {
  const caba = s.city.province === 'CABA';
  const amba = isAmba(s.city.postal);
  const f = rng.weighted<Fulfilment>({
    courier: weights.courier ?? (amba ? 50 : 80),
    moto: caba ? (weights.moto ?? 14) : 0,
    showroom: caba ? (weights.showroom ?? 12) : amba ? (weights.showroom ?? 12) / 3 : 0,
    pickup_point: weights.pickup_point ?? (amba ? 18 : 20),
    international: 0,
  });
  if (f === 'showroom') return { fulfilment: f };
  if (f === 'pickup_point') {
    const near = PICKUP_POINTS.filter((p) => (p.postalCode ?? '').charAt(0) === s.city.postal.charAt(0));
    return { fulfilment: f, shipping: { ...rng.pick(near.length > 0 ? near : AMBA_POINTS) } };
  }
  return { fulfilment: f, shipping: { ...s.home } };
}
