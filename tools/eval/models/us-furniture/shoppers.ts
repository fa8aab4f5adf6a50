import { type Buyer, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Curve, when } from './calendar.js';
import { type HeldCard, type Issuer, newCard } from './cards.js';
import { type Network, ipOn, US_HOME, US_MOBILE, US_OFFICE } from './networks.js';
import {
  type Account,
  device,
  emailOf,
  type HostAccount,
  isMobileUa,
  person,
  type Person,
  type TradeAccount,
} from './people.js';
import { type Place, tzOf } from './places.js';
import { type Payer } from './purchase.js';

/** What honest and fraudulent planners share: the store's world, who is buying, and from where. */

export interface World {
  window: Window;
  customers: Account[];
  trade: TradeAccount[];
  hosts: HostAccount[];
}

/** The person at the keyboard, their cards and where they connect from. */
export interface Shopper {
  buyer: Buyer;
  person: Person;
  home: Place;
  cards: HeldCard[];
  storeCard?: HeldCard;
  devices: Device[];
  network: Network;
  mobile: Network;
  signedIn: boolean;
}

export const fromAccount = (a: Account): Shopper => ({
  buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
  person: a.person,
  home: a.home,
  cards: a.cards,
  ...(a.storeCard ? { storeCard: a.storeCard } : {}),
  devices: a.devices,
  network: a.network,
  mobile: a.mobile,
  signedIn: true,
});

/**
 * A first-time buyer: a guest, or an account opened at this checkout (`accountShare`), with a card or two of
 * their own bank's, a phone and maybe a laptop, and the broadband at `home`.
 */
export function firstTimer(
  rng: Rng,
  home: Place,
  at: number,
  accountShare: number,
  issuer: Issuer = 'us',
  who?: Person,
): Shopper {
  const p = who ?? person(rng);
  const email = emailOf(rng, p);
  const signed = rng.chance(accountShare);
  const buyer: Buyer = signed
    ? {
        id: `C${rng.int(9_900_000, 9_999_999)}`,
        email,
        name: p.name,
        createdAt: at - rng.int(1, 25) * MINUTE,
      }
    : { email, name: p.name };
  const cards = [newCard(rng, issuer)];
  if (rng.chance(0.3)) cards.push(newCard(rng, issuer));
  return {
    buyer,
    person: p,
    home,
    cards,
    devices: [device(rng)],
    network: rng.weightedPick(US_HOME.map((n, i) => [n, [30, 26, 16, 16, 12][i] ?? 10] as const)),
    mobile: rng.pick(US_MOBILE),
    signedIn: signed,
  };
}

/** A moment for this shopper, in their local hours. */
export const timeAt = (rng: Rng, w: World, place: Place, curve: Curve = 'household'): number =>
  when(rng, w.window, tzOf(place), curve);

export interface Connection {
  ip: string;
  device: Device;
  channel: 'web' | 'mobile_web';
}

/**
 * Where an honest checkout comes from: one of the shopper's devices (now and then a new one), on the home
 * Wi-Fi, or on the phone's carrier away from it; a desktop sometimes from the office.
 */
export function connect(rng: Rng, s: Shopper, away = 0.45, override?: Network): Connection {
  const d = s.devices.length > 0 && rng.chance(0.88) ? rng.pick(s.devices) : device(rng);
  const mobile = isMobileUa(d.userAgent);
  const n =
    override ??
    (mobile
      ? rng.chance(away)
        ? s.mobile
        : s.network
      : s.network.country === 'US' && rng.chance(0.1)
        ? US_OFFICE
        : s.network);
  return { ip: ipOn(rng, n), device: d, channel: mobile ? 'mobile_web' : 'web' };
}

/** The wallet a device offers at checkout. */
export const walletOf = (d: Device): 'apple_pay' | 'google_pay' | undefined =>
  /iPhone|iPad|Macintosh/.test(d.userAgent) && !/Chrome|FBAN|Pinterest/.test(d.userAgent)
    ? 'apple_pay'
    : /Android/.test(d.userAgent)
      ? 'google_pay'
      : undefined;

export const payerOf = (s: Shopper, c: Connection, match: Payer['match'] = 'good'): Payer => {
  const wallet = walletOf(c.device);
  return {
    cards: s.cards,
    ...(s.storeCard ? { storeCard: s.storeCard } : {}),
    signedIn: s.signedIn,
    ...(wallet ? { wallet } : {}),
    match,
  };
};
