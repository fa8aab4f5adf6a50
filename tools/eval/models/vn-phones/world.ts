import {
  accountBuyer,
  type Address,
  type Buyer,
  MINUTE,
  type Product,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, napasCard, newCard } from './cards.js';
import { type Category, type Line, lineOf } from './catalogue.js';
import { ipOn, type NetworkName, VN_HOME, VN_MOBILE } from './networks.js';
import {
  type Account,
  accountId,
  type Base,
  emailOf,
  type Gadget,
  localDevice,
  mobileNumber,
  type Person,
  pickAccount,
  vietnamese,
  type Wallet,
} from './people.js';
import { addressIn, pickPlace, type Place, type Tier } from './places.js';
import { type Payer } from './purchase.js';

/** The store's world for a window, and the shopper a planner starts from. */

export interface World {
  window: Window;
  base: Base;
  /** The flash-sale moments in the window (calendar.ts). */
  flashes: number[];
}

export interface Shopper {
  buyer: Buyer;
  person: Person;
  phone: string;
  place: Place;
  home: Address;
  device: Gadget;
  homeNet: NetworkName;
  mobileNet: NetworkName;
  account?: Account;
  cards: HeldCard[];
  napas?: HeldCard;
  wallets: Wallet[];
}

export type Who = 'base' | 'new' | 'guest';

/** A signed-in customer from the base (of the tiers asked for, when there are any). */
export function regular(rng: Rng, w: World, tiers?: readonly Tier[]): Shopper {
  const pool = tiers ? w.base.local.filter((a) => tiers.includes(a.place.tier)) : w.base.local;
  const a = pickAccount(rng, pool.length > 0 ? pool : w.base.local);
  return fromAccount(rng, a);
}

export function fromAccount(rng: Rng, a: Account): Shopper {
  const device = rng.chance(0.92) ? rng.pick(a.devices) : localDevice(rng);
  return {
    buyer: accountBuyer(a),
    person: a.person,
    phone: a.phone,
    place: a.place,
    home: a.home,
    device,
    homeNet: a.homeNet,
    mobileNet: a.mobileNet,
    account: a,
    cards: a.cards,
    ...(a.napas ? { napas: a.napas } : {}),
    wallets: a.wallets,
  };
}

/** Someone new: an account opened minutes before the order, or a guest checkout. */
export function newcomer(rng: Rng, at: number, signUp: boolean, tiers?: readonly Tier[]): Shopper {
  const person = vietnamese(rng);
  const place = pickPlace(rng, tiers);
  const email = emailOf(rng, person);
  const buyer: Buyer = signUp
    ? { id: accountId(rng), email, name: person.name, createdAt: at - rng.int(1, 40) * MINUTE }
    : { email, name: person.name };
  const wallets: Wallet[] = [];
  if (rng.chance(0.5)) wallets.push('momo');
  if (rng.chance(0.25)) wallets.push('zalopay');
  const cards = rng.chance(place.tier === 'province' ? 0.15 : 0.3) ? [newCard(rng, 'VN')] : [];
  return {
    buyer,
    person,
    phone: mobileNumber(rng),
    place,
    home: addressIn(rng, place),
    device: localDevice(rng),
    homeNet: rng.weightedPick(VN_HOME),
    mobileNet: rng.weightedPick(VN_MOBILE),
    cards,
    ...(rng.chance(0.45) ? { napas: napasCard(rng) } : {}),
    wallets,
  };
}

/** A shopper of the kind asked for. */
export function shopper(rng: Rng, w: World, at: number, who: Who, tiers?: readonly Tier[]): Shopper {
  if (who === 'base') return regular(rng, w, tiers);
  return newcomer(rng, at, who === 'new', tiers);
}

export const pick3 = (rng: Rng, weights: readonly [number, number, number]): Who =>
  rng.weightedPick<Who>([
    ['base', weights[0]],
    ['new', weights[1]],
    ['guest', weights[2]],
  ]);

/** At home on fibre, or out on mobile data. */
export const localIp = (rng: Rng, s: Shopper, mobileShare: number): string =>
  ipOn(rng, rng.chance(mobileShare) ? s.mobileNet : s.homeNet);

export const payerOf = (s: Shopper): Payer => ({
  cards: s.cards,
  ...(s.napas ? { napas: s.napas } : {}),
  wallets: s.wallets,
  signedIn: s.buyer.id !== undefined,
  platform: s.device.platform,
  tier: s.place.tier,
});

/** A product from groups drawn by weight. */
export function pickProduct(
  rng: Rng,
  groups: ReadonlyArray<readonly [readonly Product<Category>[], number]>,
): Product<Category> {
  return rng.pick(rng.weightedPick(groups));
}

/** `n` units of a product as one line. */
export const unitsOf = (p: Product<Category>, n: number): Line => lineOf(p, n);
