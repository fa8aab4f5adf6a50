import { type Address, type Buyer, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { momentsOf, type Moments } from './calendar.js';
import { basketOf, type Code, type Delivery, type Line } from './catalogue.js';
import { ipOn, homeNetwork } from './networks.js';
import { accountId, type Account, customerBase, type Person, personIn, personOf } from './people.js';
import { type Currency, island, MARKETS, placeOf, plain, type Region } from './places.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/** The store's world for a window, the storefront an order lands on, and how a draft becomes a purchase. */

export interface World {
  window: Window;
  moments: Moments;
  accounts: Account[];
}

export const worldOf = (rng: Rng, window: Window, orders: number): World => ({
  window,
  moments: momentsOf(window),
  accounts: customerBase(rng.fork('customers'), window.start, orders),
});

/** The storefront for a destination: euros, pounds or dollars by market; euros for the rest of the world. */
export function storefront(country: string): { currency: Currency; region: Region } {
  const m = MARKETS[country];
  return m ? { currency: m.currency, region: m.region } : { currency: 'EUR', region: 'WORLD' };
}

/** Someone at checkout: the person, and their account when they have one. */
export interface Shopper {
  person: Person;
  account?: Account;
}

/** An account of the base (in one of `countries` when given, and matching `ok`), or none. */
export function anAccount(
  rng: Rng,
  w: World,
  countries?: readonly string[],
  ok: (a: Account) => boolean = () => true,
): Account | undefined {
  const pool = w.accounts.filter((a) => (!countries || countries.includes(a.country)) && ok(a));
  return pool.length > 0 ? rng.pick(pool) : undefined;
}

/**
 * A shopper: a returning customer (of `returning` share, from the countries when given) or someone new living
 * in one of them (or anywhere, by the shop's market weights).
 */
export function shopper(rng: Rng, w: World, returning: number, countries?: readonly string[]): Shopper {
  const account = rng.chance(returning) ? anAccount(rng, w, countries) : undefined;
  if (account) return { person: personOf(account, rng), account };
  return { person: personIn(rng, countries ? rng.pick(countries) : undefined) };
}

/**
 * The buyer fields at checkout: the account's; or, for someone new, a guest checkout or (`register` share) an
 * account opened a few minutes before the order.
 */
export function buyerAt(
  rng: Rng,
  s: Shopper,
  at: number,
  register: number,
): { buyer: Buyer; fresh: boolean } {
  if (s.account)
    return {
      buyer: {
        id: s.account.id,
        email: s.account.email,
        name: s.account.name,
        createdAt: s.account.createdAt,
      },
      fresh: false,
    };
  const base = { email: s.person.email, name: s.person.name.full };
  if (!rng.chance(register)) return { buyer: base, fresh: false };
  return { buyer: { id: accountId(rng), ...base, createdAt: at - rng.int(1, 25) * MINUTE }, fresh: true };
}

/** A home connection's IP for the person, now and then their phone's data instead. */
export function homeIp(rng: Rng, p: Person, mobile = 0.3): string {
  return ipOn(rng, rng.chance(mobile) ? homeNetwork(rng, p.country, 0.85) : p.network);
}

export interface Draft {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  /** Where it goes; none for the shop's counter or an e-mailed gift card. */
  shipping?: Address;
  delivery: Delivery;
  /** The country whose storefront the order is on, when not the shipping country's. */
  storefrontOf?: string;
  ip: string;
  device: Device;
  locale?: string;
  channel?: 'web' | 'app';
  lines: Line[];
  code?: Code;
  giftMessage?: string;
  club?: { name: string; taxId: string };
}

/** The draft's storefront country: where it ships, or the buyer's billing country. */
type Where = Pick<Draft, 'storefrontOf' | 'delivery' | 'shipping' | 'billing'>;

const storefrontCountry = (d: Where): string =>
  d.storefrontOf ??
  (d.delivery === 'store_pickup' ? 'ES' : (d.shipping?.country ?? d.billing.country ?? 'ES'));

/** The draft's currency and region, for pricing its lines before the basket is built. */
export const priceOf = (d: Where) => storefront(storefrontCountry(d));

/**
 * The purchase: its basket on the storefront, payment attempts for the amount, and what happens after (given
 * the basket and the region).
 */
export function purchaseOf(
  d: Draft,
  pay: (amount: number, region: Region) => Attempt[],
  after: (amount: number, region: Region) => LaterEvent[],
): Purchase {
  const { currency, region } = storefront(storefrontCountry(d));
  const islands = d.shipping ? island(d.shipping) : false;
  const basket = basketOf(d.lines, currency, region, d.delivery, {
    ...(d.code ? { code: d.code } : {}),
    islands,
  });
  const country = storefrontCountry(d);
  const attempts = pay(basket.amount, region);
  // A transfer arrives days after the order: what follows is timed from the money, not from the checkout.
  let paidAfter = 0;
  for (const a of attempts) {
    paidAfter += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) break;
  }
  const shift = paidAfter > 30 * MINUTE ? paidAfter : 0;
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    buyer: d.buyer,
    billing: plain(d.billing),
    ...(d.shipping ? { shipping: plain(d.shipping) } : {}),
    delivery: d.delivery,
    region,
    ip: d.ip,
    device: d.device,
    locale: d.locale ?? MARKETS[country]?.locale ?? placeOf(country).locale,
    channel: d.channel ?? 'web',
    ...(d.giftMessage ? { giftMessage: d.giftMessage } : {}),
    ...(d.club ? { club: { ...d.club } } : {}),
    attempts,
    later: after(basket.amount, region).map((l) => ({ ...l, afterMs: l.afterMs + shift })),
  };
}

/** The value of the dearest line that can be sent back (what a size exchange refunds). */
export const returnValue = (lines: readonly Line[]): number =>
  Math.max(
    0,
    ...lines
      .filter((l) => !['personalisation', 'gift_wrap', 'gift_card'].includes(l.category))
      .map((l) => l.price),
  );
