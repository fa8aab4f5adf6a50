import { type Address, type Buyer, accountBuyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { freshAccount, guest, type World } from './build.js';
import { placedAt } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import { type Code } from './catalogue.js';
import { ipFrom, homeNet, type NetName } from './networks.js';
import {
  abroadAddress,
  AU_CITIES,
  auAddress,
  nzAddress,
  NZ_TOWNS,
  pickTown,
  type Place,
  ruralAddress,
  type Town,
} from './places.js';
import { type Account, emailOf, newDevice, person, providerFor } from './people.js';
import { type PayMarket, type Payer } from './purchase.js';

/**
 * Honest shoppers at checkout: a returning account on one of its own devices and networks, or someone new
 * (a guest, or an account opened on the spot), with their cards, billing address and the address they ship to
 * by default.
 */

export interface Shopper {
  buyer: Buyer;
  home: Address;
  ip: string;
  device: Device;
  payer: Payer;
  locale: string;
  tz: number;
  club: boolean;
  /** An account opened at this checkout. */
  fresh: boolean;
  account?: Account;
}

/** A returning account: the phone on mobile data some of the time, else a device at home. */
export function returning(rng: Rng, a: Account, mobileShare = 0.35): Shopper {
  const mobile = rng.chance(mobileShare);
  const device = mobile ? (a.devices[0] ?? newDevice(rng, { mobile: true })) : rng.pick(a.devices);
  const net: NetName = mobile ? rng.pick(a.mobileNets) : rng.pick(a.nets);
  return {
    buyer: accountBuyer(a),
    home: a.home,
    ip: ipFrom(rng, net),
    device,
    payer: {
      cards: a.cards,
      market: a.segment === 'au' ? 'AU' : a.segment === 'expat' ? 'abroad' : 'NZ',
      signedIn: true,
    },
    locale: a.locale,
    tz: a.tz,
    club: a.club,
    fresh: false,
    account: a,
  };
}

export interface NewShopper {
  /** Where they live and bank. */
  country: string;
  /** Their home address; drawn at `place` when absent. */
  home?: Address;
  place?: Place;
  /** UTC offset; the place's, else New Zealand's. */
  tz?: number;
  /** Where their name comes from (a Kiwi abroad: New Zealand); the country's when absent. */
  names?: string;
  /** The chance they still use a New Zealand mailbox. */
  kiwiMail?: number;
  locale: string;
  market: PayMarket;
  older?: boolean;
  /** Networks to connect from (home and phone); the country's own when absent. */
  nets?: readonly NetName[];
  /** The chance of signing up at checkout. */
  signUp?: number;
  cards?: HeldCard[];
  device?: Device;
}

/** Someone new to the store, placed at `at`: a guest or a sign-up at checkout. */
export function newcomer(rng: Rng, at: number, n: NewShopper): Shopper {
  const p = person(rng, n.names ?? n.country, n.older);
  const mailFrom = rng.chance(n.kiwiMail ?? 0) ? 'NZ' : n.country;
  const email = emailOf(rng, p, providerFor(rng, mailFrom, n.older));
  const fresh = rng.chance(n.signUp ?? 0.15);
  const mobile = rng.chance(0.45);
  const net = n.nets ? rng.pick(n.nets) : homeNet(rng, n.country, mobile);
  const home = n.home ?? abroadAddress(rng, n.country, n.place);
  return {
    buyer: fresh ? freshAccount(rng, p, email, at, 6) : guest(p, email),
    home,
    ip: ipFrom(rng, net),
    device: n.device ?? newDevice(rng, mobile ? { mobile: true } : {}),
    payer: { cards: n.cards ?? [newCard(rng, n.country)], market: n.market, signedIn: fresh },
    locale: n.locale,
    tz: n.tz ?? n.place?.tz ?? 13,
    club: rng.chance(0.04),
    fresh,
  };
}

/** A New Zealander: a returning account from `pool` with chance `accountShare`, else a newcomer in `towns`. */
export function kiwi(
  rng: Rng,
  at: number,
  pool: readonly Account[],
  accountShare: number,
  opts: { towns?: readonly Town[]; rural?: boolean } = {},
): Shopper {
  if (pool.length > 0 && rng.chance(accountShare)) return returning(rng, rng.pick(pool));
  const home = opts.rural ? ruralAddress(rng) : nzAddress(rng, pickTown(rng, opts.towns ?? NZ_TOWNS));
  const s = newcomer(rng, at, {
    country: 'NZ',
    home,
    tz: 13,
    locale: 'en-NZ',
    market: 'NZ',
    older: opts.rural ? rng.chance(0.6) : rng.chance(0.2),
    ...(opts.rural ? { nets: ['nz-rural-wireless', 'nz-fibre-regional', 'nz-mobile-a', 'nz-mobile-b'] } : {}),
  });
  // Students on the campus network, and the privacy-minded on a VPN.
  const r = rng.next();
  if (r < 0.04) return { ...s, ip: ipFrom(rng, 'nz-university') };
  if (r < 0.06)
    return { ...s, ip: ipFrom(rng, rng.pick(['au-cloud', 'us-hosting', 'nz-datacentre'] as const)) };
  return s;
}

/** An Australian and when they order: a returning account or a newcomer in one of the cities. */
export function aussieAt(rng: Rng, w: World, accountShare: number): { at: number; s: Shopper } {
  if (w.base.au.length > 0 && rng.chance(accountShare)) {
    const a = rng.pick(w.base.au);
    return { at: placedAt(rng, w.window, a.tz, 'home', 'build'), s: returning(rng, a, 0.4) };
  }
  const place = rng.weightedPick(AU_CITIES.map((c) => [c, c.weight] as const));
  const at = placedAt(rng, w.window, place.tz, 'home', 'build');
  return {
    at,
    s: newcomer(rng, at, {
      country: 'AU',
      home: auAddress(rng, place),
      tz: place.tz,
      locale: 'en-AU',
      market: 'AU',
    }),
  };
}

/** The code a shopper uses, if any: the club's, Christmas, or the sign-up discount. */
export function codeFor(rng: Rng, s: Shopper): Code | undefined {
  if (s.club && rng.chance(0.7)) return 'FMC10';
  if (s.fresh && rng.chance(0.35)) return 'WELCOME10';
  if (rng.chance(0.06)) return 'XMAS20';
  return undefined;
}

/** The checkout's buyer, billing address, connection and locale. */
export const parts = (s: Shopper) => ({
  buyer: s.buyer,
  billing: s.home,
  ip: s.ip,
  device: s.device,
  locale: s.locale,
});
