import { accountBuyer, type Address, type Buyer, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Delivery, PICKUP } from './basket.js';
import { ipOn, type Network } from './networks.js';
import { type Account, type CustomerBase, newAccount } from './people.js';
import { type Market, type PickupPoint, pickupPointIn } from './places.js';
import { type Draft, honestAfter, honestPay, type Payer, type Purchase, purchaseOf } from './purchase.js';

/** What honest planners share: the world, who is buying, from where, how it is delivered, and the purchase. */

export interface World {
  window: Window;
  customers: CustomerBase;
}

export interface Shopper {
  acct: Account;
  signedIn: boolean;
  /** An account opened at this checkout. */
  fresh: boolean;
}

/**
 * A signed-in customer of `market` (share `signedIn`, from those `fits`), else a guest; one guest in five opens
 * an account at checkout.
 */
export function shopper(
  rng: Rng,
  w: World,
  market: Market,
  at: number,
  signedIn: number,
  fits: (a: Account) => boolean = () => true,
): Shopper {
  const pool = w.customers.byMarket[market].filter(fits);
  if (pool.length > 0 && rng.chance(signedIn)) return { acct: rng.pick(pool), signedIn: true, fresh: false };
  const acct = newAccount(rng, market, at - rng.int(1, 12) * MINUTE);
  const fresh = rng.chance(0.2);
  return { acct, signedIn: fresh, fresh };
}

export const buyerOf = (s: Shopper): Buyer =>
  s.signedIn ? accountBuyer(s.acct) : { email: s.acct.email, name: s.acct.name };

const PHONE_UA = /iPhone|Android|Norrsken/;

/** One of the household's devices, on the mobile network (phones, part of the time) or at home. */
export function connect(
  rng: Rng,
  acct: Account,
  mobileShare = 0.4,
): { ip: string; device: Device; net: Network } {
  const device = rng.pick(acct.devices);
  const net = PHONE_UA.test(device.userAgent) && rng.chance(mobileShare) ? acct.mobile_net : acct.home_net;
  return { ip: ipOn(rng, net), device, net };
}

/** A delivery drawn by weight, with its pickup point near `near` when it has one. */
export function deliveryIn(
  rng: Rng,
  market: Market,
  weights: ReadonlyArray<readonly [Delivery, number]>,
  near: Address,
): { delivery: Delivery; pickupPoint?: PickupPoint } {
  const delivery = rng.weightedPick(weights);
  return PICKUP.has(delivery)
    ? { delivery, pickupPoint: pickupPointIn(rng, market, near.city ?? '', delivery) }
    : { delivery };
}

export const EVERYDAY_DELIVERY: ReadonlyArray<readonly [Delivery, number]> = [
  ['instabox', 24],
  ['budbee_box', 16],
  ['budbee_home_evening', 18],
  ['postnord_service_point', 24],
  ['postnord_home', 6],
  ['click_and_collect', 12],
];

/** An honest purchase: paid the way its payer pays, then the usual fulfilment and after-sales. */
export function honestPurchase(rng: Rng, d: Draft, payer: Payer, declineShare?: number): Purchase {
  return purchaseOf(
    d,
    (b: Basket) => honestPay(rng, payer, b, declineShare),
    (b: Basket) => honestAfter(rng, { delivery: d.delivery, market: d.market, basket: b }),
  );
}

/** The payer behind a shopper: their cards, signed in or not, residing in the site's country. */
export const payerOf = (s: Shopper, market: Market, giftCard = false): Payer => ({
  market,
  country: s.acct.market,
  cards: s.acct.cards,
  signedIn: s.signedIn,
  giftCard,
});
