import { type Address, type Buyer, type Device, lineOf } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterDrop, type DropId, DROP_WEIGHTS, seasonDay } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import {
  type Basket,
  basketOf,
  type BasketTerms,
  digitalOnly,
  DROP_ITEMS,
  type Line,
  zoneOf,
} from './catalogue.js';
import { homeNetwork, ipOn, type Network, network } from './networks.js';
import { type Account, newDevice, type Person, platformFor } from './people.js';
import { MARKETS } from './places.js';
import {
  type Attempt,
  type Fulfilment,
  honestAfter,
  honestPay,
  type LaterEvent,
  type Purchase,
} from './purchase.js';
import { type World } from './world.js';

/** Who is at the checkout (buyer, billing, cards, device, network) and how an honest order is put together. */

export interface Who {
  buyer: Buyer;
  billing: Address;
  /** Where the buyer lives. */
  country: string;
  tz: number;
  cards: readonly HeldCard[];
  device: Device;
  ip: string;
  locale: string;
  signedIn: boolean;
  giftCard?: boolean;
}

export const localeOf = (country: string): string =>
  country === 'US' ? 'en-US' : (MARKETS[country as keyof typeof MARKETS]?.locale ?? 'en-US');

/** A signed-in account on one of its own devices and networks unless told otherwise. */
export function fromAccount(rng: Rng, a: Account, o: { device?: Device; net?: Network } = {}): Who {
  const device =
    o.device ?? (rng.chance(0.1) ? newDevice(rng, platformFor(rng, a.age)) : rng.pick(a.devices));
  const mobile = /iPhone|Android/.test(device.userAgent);
  const net = o.net ?? (mobile && rng.chance(0.35) ? homeNetwork(rng, a.country, true) : a.network);
  return {
    buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
    billing: { ...a.home },
    country: a.country,
    tz: a.tz,
    cards: a.cards,
    device,
    ip: ipOn(rng, net),
    locale: localeOf(a.country),
    signedIn: true,
    giftCard: rng.chance(0.06),
  };
}

/** A guest (or a brand-new account, opened at checkout) with a card of their own. */
export function guestOf(
  rng: Rng,
  person: Person,
  o: { age?: Account['age']; account?: number; device?: Device; net?: Network } = {},
): Who {
  const age =
    o.age ??
    rng.weightedPick([
      ['young', 35],
      ['middle', 45],
      ['older', 20],
    ] as const);
  const platform = platformFor(rng, age);
  const device = o.device ?? newDevice(rng, platform);
  const mobile = platform === 'iphone' || platform === 'android';
  const net = o.net ?? homeNetwork(rng, person.country, mobile && rng.chance(0.45));
  const cards = [newCard(rng, person.country)];
  if (rng.chance(0.3)) cards.push(newCard(rng, person.country));
  return {
    buyer: {
      ...(o.account !== undefined ? { id: `cus_${rng.token(14)}`, createdAt: o.account } : {}),
      email: person.email,
      name: person.name,
    },
    billing: { ...person.home },
    country: person.country,
    tz: person.tz,
    cards,
    device,
    ip: ipOn(rng, net),
    locale: localeOf(person.country),
    signedIn: o.account !== undefined,
  };
}

/** Tennessee ZIP codes (370–385) pay Tennessee sales tax. */
export const inTennessee = (a: Address | undefined): boolean =>
  a?.country === 'US' && /^3(7\d|8[0-5])/.test(a.postalCode ?? '');

export interface Order {
  fulfilment?: Fulfilment;
  shipping?: Address;
  code?: BasketTerms['code'];
  hurry?: BasketTerms['hurry'];
  drop?: DropId;
  giftNote?: string;
  recipientEmail?: string;
  company?: Purchase['company'];
  declineShare?: number;
  rush?: boolean;
}

/** The basket for the order's destination: pickup and e-gift cards ship nothing; Tennessee pays sales tax. */
export function basketFor(
  lines: Line[],
  fulfilment: Fulfilment,
  shipping: Address | undefined,
  o: Order,
): Basket {
  return basketOf(lines, {
    zone: fulfilment === 'ship' ? zoneOf(shipping?.country ?? 'US') : 'pickup',
    taxed: fulfilment === 'pickup' || (fulfilment === 'ship' && inTennessee(shipping)),
    ...(o.code ? { code: o.code } : {}),
    ...(o.hurry ? { hurry: o.hurry } : {}),
  });
}

/** How an order leaves: e-mailed when it is only e-gift cards, collected, or shipped (home unless told). */
export function fulfilmentOf(
  lines: readonly Line[],
  o: Order,
  who: { billing: Address },
): { fulfilment: Fulfilment; shipping?: Address } {
  if (digitalOnly(lines)) return { fulfilment: 'email' };
  if (o.fulfilment === 'pickup') return { fulfilment: 'pickup' };
  return { fulfilment: 'ship', shipping: o.shipping ?? { ...who.billing } };
}

/** The order's optional fields, as the purchase carries them. */
export function extrasOf(o: Order): Partial<Purchase> {
  return {
    ...(o.drop ? { drop: o.drop } : {}),
    ...(o.giftNote ? { giftNote: o.giftNote } : {}),
    ...(o.recipientEmail ? { recipientEmail: o.recipientEmail } : {}),
    ...(o.company ? { company: o.company } : {}),
  };
}

/** An honest purchase: the basket, how it is paid, and what happens to it afterwards. */
export function honestOrder(
  rng: Rng,
  kind: string,
  who: Who,
  at: number,
  lines: Line[],
  o: Order = {},
): Purchase {
  const { fulfilment, shipping } = fulfilmentOf(lines, o, who);
  const basket = basketFor(lines, fulfilment, shipping, o);
  const abroad = (shipping?.country ?? 'US') !== 'US';
  const attempts: Attempt[] = honestPay(
    rng,
    { cards: who.cards, country: who.country, signedIn: who.signedIn, giftCard: who.giftCard ?? false },
    basket.amount,
    o.declineShare ?? (who.country === 'US' ? 0.04 : 0.07),
    o.rush ?? false,
  );
  const later: LaterEvent[] = attempts.some((a) => a.ok)
    ? honestAfter(rng, {
        fulfilment,
        abroad,
        ...(o.drop ? { drop: true } : {}),
        slow: basket.shippingMethod === 'media_mail',
        lines,
        amount: basket.amount,
      })
    : [];
  return {
    at,
    fraud: false,
    kind,
    basket,
    billing: who.billing,
    attempts,
    later,
    buyer: who.buyer,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: who.ip,
    device: who.device,
    locale: who.locale,
    ...extrasOf(o),
  };
}

/* Codes, drops and gifts. */

/** Black Friday weekend and Cyber Monday: 15 % off everyday stock; club members' 10 % the rest of the time. */
export function codeFor(rng: Rng, w: World, at: number, club: boolean): BasketTerms['code'] | undefined {
  if (seasonDay(w.window, at) <= 3 && rng.chance(0.45)) return { code: 'BLACKFRIDAY15', percent: 15 };
  if (club && rng.chance(0.8)) return { code: 'GROOVECLUB10', percent: 10 };
  return undefined;
}

export const pickDrop = (rng: Rng): DropId => rng.weighted(DROP_WEIGHTS);

/** A moment after a drop opened: most within minutes, the rest over the next day and a half. */
export function dropMoment(rng: Rng, w: World, drop: DropId, meanMs: number, lateShare = 0.3): number {
  const delay = rng.chance(lateShare) ? rng.float(0, 36 * 3_600_000) : rng.exp(meanMs);
  return afterDrop(w.window, drop, delay);
}

/** `count` distinct titles of a drop, each at `quantity` (capped at the drop's limit). */
export function dropLines(rng: Rng, drop: DropId, count: number, quantity = 1): Line[] {
  const { items, limit } = DROP_ITEMS[drop];
  return rng
    .shuffle(items)
    .slice(0, Math.max(1, count))
    .map((i) => lineOf(i, Math.min(limit, quantity)));
}

export const GIFT_NOTES = [
  'Merry Christmas! Love, Mom & Dad',
  'Happy holidays — enjoy the spins',
  'For your new record player!',
  'Merry Christmas, love you',
  'Happy birthday and merry Christmas',
  'Secret Santa',
  "Don't open till the 25th!",
  'Happy Hanukkah',
];

/** The network of a buyer abroad (a traveller, a service member): a phone or the hotel's line. */
export const travelNetwork = (rng: Rng, country: string): Network =>
  rng.chance(0.5) ? homeNetwork(rng, country, true) : homeNetwork(rng, country);

/** Private Relay and VPN exits honest buyers use. */
export function privacyNetwork(rng: Rng): Network {
  return rng.weightedPick<Network>([
    [network('us-private-relay'), 60],
    [network('us-hosting'), 25],
    [network('ch-vpn-exit'), 5],
    [network('nl-hosting'), 5],
    [network('de-hosting'), 5],
  ]);
}
