import { type Address, type BasketLine, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, basketOf, type Category, type Delivery } from './catalogue.js';
import { type Account, type HeldCard } from './people.js';
import { type Market, MARKETS, STORES } from './places.js';
import {
  type Attempt,
  carrierOf,
  drops,
  honestAfter,
  inPln,
  type LaterEvent,
  type Method,
  type Purchase,
  unpaidCancel,
} from './purchase.js';

/** The store's world for a window, and how a drafted purchase becomes a planned one. */

export interface World {
  window: Window;
  accounts: Account[];
  /** The two limited-sneaker drops. */
  drops: number[];
}

export const worldOf = (window: Window, accounts: Account[]): World => ({
  window,
  accounts,
  drops: drops(window),
});

export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  market: Market;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  delivery: Delivery;
  method: Method;
  ip: string;
  device: Device;
  locale: string;
  lines: BasketLine<Category>[];
  code?: { code: string; off: number };
  gift?: boolean;
  billingRegion?: string;
  shippingRegion?: string;
}

/**
 * The purchase of a draft: its basket in the market's currency, the attempts `pay` makes for its value in
 * grosze, then `after` for a paid (or cash-on-delivery) order, or the release of an unpaid one.
 */
export function plan(
  rng: Rng,
  d: Draft,
  pay: (amountPln: number, basket: Basket) => Attempt[],
  after: (basket: Basket) => LaterEvent[],
): Purchase {
  const currency = MARKETS[d.market].currency;
  const basket = basketOf(d.lines, currency, d.delivery, d.method === 'cod', d.code);
  const attempts = pay(inPln(basket.amount, currency), basket);
  const settled = d.method === 'cod' || attempts.some((a) => a.ok);
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts,
    later: settled ? after(basket) : [unpaidCancel(rng, attempts)],
    buyer: d.buyer,
    market: d.market,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    delivery: d.delivery,
    method: d.method,
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    ...(d.gift ? { gift: true } : {}),
    ...(d.billingRegion ? { billingRegion: d.billingRegion } : {}),
    ...(d.shippingRegion ? { shippingRegion: d.shippingRegion } : {}),
  };
}

/** The honest after-steps of a basket: its carrier from the market's networks. */
export function ordinaryAfter(
  rng: Rng,
  d: Pick<Draft, 'market' | 'delivery' | 'method'>,
  returns: number,
  returnShare?: () => number,
): (basket: Basket) => LaterEvent[] {
  const m = MARKETS[d.market];
  return (basket) =>
    honestAfter(rng, {
      delivery: d.delivery,
      method: d.method,
      carrier: carrierOf(rng, d.delivery, m.lockers, m.couriers),
      amount: basket.amount,
      returns,
      ...(returnShare ? { returnShare } : {}),
    });
}

/** How a market's shoppers pick delivery: lockers rule in Poland, couriers elsewhere, a store where there is one. */
export function deliveryIn(rng: Rng, market: Market, lines: readonly BasketLine<Category>[]): Delivery {
  if (lines.every((l) => l.category === 'gift_card')) return 'email';
  const store = (STORES[market]?.length ?? 0) > 0;
  return rng.weightedPick<Delivery>(
    market === 'PL'
      ? [
          ['parcel_locker', 64],
          ['courier', 27],
          ['store_pickup', store ? 9 : 0],
        ]
      : [
          ['parcel_locker', 40],
          ['courier', 54],
          ['store_pickup', store ? 6 : 0],
        ],
  );
}

/** Where it goes: no address for e-mailed gift cards, a store, the buyer's locker or one near home, or home. */
export function shippingFor(
  rng: Rng,
  delivery: Delivery,
  market: Market,
  home: Address,
  locker: () => Address,
): Address | undefined {
  if (delivery === 'email') return undefined;
  if (delivery === 'store_pickup') return { ...rng.pick(STORES[market] ?? [home]) };
  return delivery === 'parcel_locker' ? locker() : { ...home };
}

/** A method from an account's habit, in its market (cash on delivery is never used for e-gift cards). */
export function methodOf(rng: Rng, habit: Account['habit'], market: Market, delivery: Delivery): Method {
  const m: Method =
    habit === 'blik'
      ? 'blik'
      : habit === 'card'
        ? 'card'
        : habit === 'wallet'
          ? rng.chance(0.5)
            ? 'apple_pay'
            : 'google_pay'
          : habit === 'paylater'
            ? market === 'PL' && rng.chance(0.7)
              ? 'paypo'
              : 'klarna'
            : habit === 'cod'
              ? 'cod'
              : 'bank_transfer';
  if (m === 'cod' && (delivery === 'email' || delivery === 'store_pickup'))
    return market === 'PL' ? 'blik' : 'card';
  return rng.chance(0.12) ? marketMethod(rng, market, delivery) : m;
}

/** A method as a market's shoppers pick one at checkout. */
export function marketMethod(rng: Rng, market: Market, delivery: Delivery): Method {
  const cod = delivery === 'email' || delivery === 'store_pickup' ? 0 : 1;
  const table: ReadonlyArray<readonly [Method, number]> =
    market === 'PL'
      ? [
          ['blik', 46],
          ['card', 18],
          ['google_pay', 5],
          ['apple_pay', 5],
          ['bank_transfer', 9],
          ['paypo', 7],
          ['klarna', 3],
          ['cod', 5 * cod],
        ]
      : market === 'RO'
        ? [
            ['card', 44],
            ['google_pay', 5],
            ['apple_pay', 5],
            ['cod', 42 * cod],
            ['bank_transfer', 2],
          ]
        : market === 'HU' || market === 'SK'
          ? [
              ['card', 48],
              ['google_pay', 7],
              ['apple_pay', 8],
              ['cod', 25 * cod],
              ['bank_transfer', 5],
              ['klarna', 4],
            ]
          : market === 'CZ'
            ? [
                ['card', 42],
                ['google_pay', 7],
                ['apple_pay', 7],
                ['cod', 18 * cod],
                ['bank_transfer', 16],
                ['klarna', 6],
              ]
            : [
                ['card', 48],
                ['google_pay', 6],
                ['apple_pay', 9],
                ['bank_transfer', 31],
                ['klarna', 5],
              ];
  return rng.weightedPick(table);
}

/** The cards an account or a guest pays with, never empty. */
export const cardsOf = (cards: readonly HeldCard[], fallback: () => HeldCard): HeldCard[] =>
  cards.length > 0 ? [...cards] : [fallback()];
