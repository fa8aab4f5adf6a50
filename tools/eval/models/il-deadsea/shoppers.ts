import { type Address, accountBuyer, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Rhythm, type Season, placeAt, seasonDay, type Weekly } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import { type Basket, CODES, type Delivery, withCode } from './catalogue.js';
import { ipOn, network, networksOf } from './networks.js';
import {
  type Account,
  type Culture,
  cultureOf,
  emailOf,
  freshAccountAge,
  localeOf,
  ownDevice,
  personOf,
} from './people.js';
import { type Country, homeIn, MARKETS } from './places.js';
import { type Channel, honestAfter, honestPay, type Purchase, walletOf } from './purchase.js';

/** Who is at the checkout (an account holder or a guest) and how an honest purchase is put together. */

export interface Shopper {
  buyer: Buyer;
  billing: Address;
  country: Country;
  tz: number;
  cards: HeldCard[];
  device: Device;
  ip: string;
  locale: string;
  signedIn: boolean;
}

/**
 * An account holder at home, on one of their devices (or a new one), on home broadband or their phone
 * network.
 */
export function accountShopper(
  rng: Rng,
  a: Account,
  opts: { newDevice?: Device; mobile?: boolean } = {},
): Shopper {
  const device = opts.newDevice ?? rng.pick(a.devices);
  const phone = /iPhone|Android/.test(device.userAgent);
  const mobile = opts.mobile ?? (phone && rng.chance(0.35));
  return {
    buyer: accountBuyer(a),
    billing: { ...a.home },
    country: a.country,
    tz: a.tz,
    cards: a.cards,
    device,
    ip: ipOn(rng, network(mobile ? a.mobileNet : a.homeNet)),
    locale: a.locale,
    signedIn: true,
  };
}

export interface GuestOptions {
  /** Opens an account at checkout (minutes before `at`). */
  fresh?: boolean;
  culture?: Culture;
  device?: Device;
  mobileShare?: number;
  older?: boolean;
}

/** A new customer: a guest, or one who opens an account at checkout. */
export function guestShopper(rng: Rng, country: Country, at: number, o: GuestOptions = {}): Shopper {
  const culture = o.culture ?? cultureOf(rng, country);
  const person = personOf(rng, culture);
  const { address, tz } = homeIn(rng, country);
  const email = emailOf(rng, person, country);
  const device = o.device ?? ownDevice(rng, country, o.mobileShare ?? 0.68, o.older);
  const phone = /iPhone|Android/.test(device.userAgent);
  const buyer: Buyer = o.fresh
    ? { id: `cus_${rng.digits(10)}`, email, name: person.name, createdAt: at - freshAccountAge(rng) }
    : { email, name: person.name };
  return {
    buyer,
    billing: address,
    country,
    tz,
    cards: [newCard(rng, country, { international: country !== 'IL' })],
    device,
    ip: ipOn(rng, rng.pick(networksOf(country, phone && rng.chance(0.35) ? 'mobile' : 'fixed'))),
    locale: localeOf(country, culture),
    signedIn: o.fresh ?? false,
  };
}

/** When a shopper in `tz` buys, for a kind's season, hours and week. */
export const shopAt = (rng: Rng, w: Window, tz: number, season: Season, rhythm: Rhythm, weekly: Weekly) =>
  placeAt(rng, w, { tz, season, rhythm, weekly });

/** The weekly pattern of a shopper in `country`. */
export const weekOf = (country: string): Weekly => (country === 'IL' ? 'shabbat' : 'weekend_up');

export const currencyOf = (country: Country) => MARKETS[country].currency;

/**
 * A seasonal code the shopper may have: Cyber Monday's first two days, Hanukkah's in Israel, Christmas
 * abroad.
 */
export function seasonCode(rng: Rng, w: Window, at: number, ils: boolean, share: number) {
  if (!rng.chance(share)) return undefined;
  const day = seasonDay(w, at);
  if (day <= 1) return withCode(CODES.season[0]);
  if (ils) return day <= 12 ? withCode(CODES.season[1]) : undefined;
  return day <= 20 ? withCode(CODES.season[2]) : undefined;
}

/** Home delivery or a pickup point in Israel; airmail or express abroad. */
export function deliveryTo(rng: Rng, country: string, expressShare = 0.22): Delivery {
  if (country === 'IL') return rng.chance(0.6) ? 'courier' : 'pickup_point';
  return rng.chance(expressShare) ? 'intl_express' : 'intl_standard';
}

export interface Extras {
  shipping?: Address;
  giftNote?: string;
  business?: { name: string; taxId: string };
  channel?: Channel;
  declineShare?: number;
}

/** An honest purchase: the shopper pays as people do and the order goes out (honestAfter). */
export function sell(
  rng: Rng,
  kind: string,
  at: number,
  s: Shopper,
  basket: Basket,
  delivery: Delivery,
  x: Extras = {},
): Purchase {
  const ils = basket.currency === 'ILS';
  const attempts = honestPay(
    rng,
    { cards: s.cards, ils, signedIn: s.signedIn, wallet: walletOf(s.device) },
    basket.amount,
    x.declineShare,
  );
  return {
    at,
    fraud: false,
    kind,
    basket,
    billing: s.billing,
    attempts,
    later: honestAfter(rng, delivery, basket.amount),
    buyer: s.buyer,
    ...(delivery === 'email' ? {} : { shipping: x.shipping ?? s.billing }),
    delivery,
    ip: s.ip,
    device: s.device,
    locale: s.locale,
    channel: x.channel ?? 'web',
    ...(x.giftNote ? { giftNote: x.giftNote } : {}),
    ...(x.business ? { business: x.business } : {}),
  };
}
