import { type Address, accountBuyer, type Buyer, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { dayOf, DHL_LAST_DAY, EMS_LAST_DAY } from './calendar.js';
import { type Code, codeFor, type Fulfilment, type Line } from './catalogue.js';
import { device, type Profile } from './devices.js';
import { ipOn } from './networks.js';
import { type Account, customerBase, type People } from './people.js';
import { type Home, PICKUP_AGENTS } from './places.js';

/** The store's world for one stream, and the checkout choices honest and fraudulent buyers share. */

export interface World {
  window: Window;
  people: People;
  /** Kenyan accounts by where they live. */
  nairobi: Account[];
  upcountry: Account[];
}

export function world(rng: Rng, window: Window, orders: number): World {
  const people = customerBase(rng.fork('customers'), window.start, orders);
  return {
    window,
    people,
    nairobi: people.kenyans.filter((a) => a.home.city === 'Nairobi'),
    upcountry: people.kenyans.filter((a) => a.home.city !== 'Nairobi'),
  };
}

/** The same person as a fresh account opened a few minutes before checkout. */
export const openedAt = (
  a: Account,
  at: number,
  rng: Rng,
  minutes: readonly [number, number] = [2, 30],
): Account => ({
  ...a,
  createdAt: at - rng.int(minutes[0] * 60, minutes[1] * 60) * 1000,
});

/** A signed-in account, or the same details typed as a guest. */
export const buyerOf = (a: Account, guest: boolean): Buyer =>
  guest ? { email: a.email, name: a.name } : accountBuyer(a);

export const NAIROBI_AGENTS = PICKUP_AGENTS.filter((p) => p.city === 'Nairobi');
const MOMBASA_AGENTS = PICKUP_AGENTS.filter((p) => p.city === 'Mombasa');

/**
 * How a Kenyan order reaches its buyer: in Nairobi a rider (pay on delivery possible), a pickup agent or the
 * shop; in Mombasa a rider or a pickup agent or the courier; elsewhere the courier to the town.
 */
export function localDelivery(
  rng: Rng,
  home: Home,
  weights: { rider?: number; agent?: number; shop?: number } = {},
): { fulfilment: Fulfilment; shipping?: Address } {
  if (home.city === 'Nairobi') {
    const f = rng.weightedPick<Fulfilment>([
      ['rider_nairobi', weights.rider ?? 58],
      ['pickup_agent', weights.agent ?? 20],
      ['shop_pickup', weights.shop ?? 22],
    ]);
    if (f === 'pickup_agent') return { fulfilment: f, shipping: rng.pick(NAIROBI_AGENTS) };
    return f === 'shop_pickup' ? { fulfilment: f } : { fulfilment: f, shipping: home.address };
  }
  if (home.city === 'Mombasa') {
    const f = rng.weightedPick<Fulfilment>([
      ['rider_mombasa', 55],
      ['courier_kenya', 25],
      ['pickup_agent', 20],
    ]);
    return { fulfilment: f, shipping: f === 'pickup_agent' ? rng.pick(MOMBASA_AGENTS) : home.address };
  }
  return { fulfilment: 'courier_kenya', shipping: home.address };
}

/** Riders collect at the door. */
export const riderDelivers = (f: Fulfilment): boolean => f === 'rider_nairobi' || f === 'rider_mombasa';

/**
 * DHL Express or EMS by post for a parcel abroad: EMS for light parcels by buyers who watch the postage, less
 * once its Christmas date has passed; an e-gift voucher on its own is e-mailed.
 */
export function parcelAbroad(rng: Rng, lines: readonly Line[], at: number, start: number): Fulfilment {
  if (lines.every((l) => l.sku === 'GF-VCH')) return 'email';
  const grams = lines.reduce((g, l) => g + l.grams * l.quantity, 0);
  const d = dayOf(at, start);
  const ems = grams < 2500 ? (d <= EMS_LAST_DAY ? 0.3 : d <= DHL_LAST_DAY ? 0.08 : 0.3) : 0.05;
  return rng.chance(ems) ? 'posta_ems' : 'dhl_express';
}

/** A discount code, when the buyer has one to hand: Black Friday, Jamhuri Day, or the welcome code. */
export function maybeCode(
  rng: Rng,
  at: number,
  start: number,
  firstOrder: boolean,
  kenyan: boolean,
): Code | undefined {
  const code = codeFor(dayOf(at, start), firstOrder, kenyan);
  if (!code) return undefined;
  const use = code === 'BLACKFRIDAY15' ? 0.45 : code === 'JAMHURI12' ? 0.35 : 0.45;
  return rng.chance(use) ? code : undefined;
}

/** The buyer's usual device, or another one (a partner's phone, the office computer). */
export const usualDevice = (rng: Rng, a: Account, profile: Profile, share = 0.85): Device =>
  rng.chance(share) ? a.device : device(rng, profile);

/** Home (or office) network, or the phone's. */
export const usualIp = (rng: Rng, a: Account, homeShare: number): string =>
  ipOn(rng, rng.chance(homeShare) ? a.network : a.mobile);

/** How many lines a basket has: mostly one or two. */
export const lineCount = (rng: Rng, weights: ReadonlyArray<readonly [number, number]>): number =>
  rng.weightedPick(weights);

export { MINUTE };
