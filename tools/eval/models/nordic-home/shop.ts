import { type BasketOptions, buildBasket, type Basket, type Profile } from './basket.js';
import { type Card } from './cards.js';
import { type Device } from './devices.js';
import { currencyFor } from './money.js';
import { type Address } from './places.js';
import { type Attempt, avsCheck, type Buyer, cvcCheck, paymentDelay, type Purchase } from './purchase.js';
import { type Rng } from './random.js';
import { type Customer, type World } from './world.js';

/** Small helpers every buyer type shares: a basket for the moment, a buyer block, one clean payment. */

export function buyerOf(customer: Customer): Buyer {
  return {
    id: customer.id,
    email: customer.email,
    name: customer.person.name,
    createdAt: customer.createdAt,
  };
}

/** A basket priced in the storefront currency of `storefront`, with the season and promotion of `at`. */
export function basketFor(
  rng: Rng,
  world: World,
  at: number,
  storefront: string,
  profile: Profile,
  extra: Partial<BasketOptions> = {},
): Basket {
  return buildBasket(rng, profile, {
    currency: currencyFor(storefront),
    season: world.calendar.season(at),
    promo: world.calendar.promo(at),
    ...extra,
  });
}

/** One successful authorisation. */
export function paidWith(
  rng: Rng,
  card: Card,
  options: { stored?: boolean; address?: 'match' | 'partial' | 'mismatch' } = {},
): Attempt[] {
  return [
    {
      card,
      ok: true,
      avs: avsCheck(rng, card.country, options.address ?? 'match'),
      cvc: cvcCheck(rng, options.stored ?? false),
      afterMs: paymentDelay(rng),
    },
  ];
}

export interface PurchaseFields {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  ip: string;
  device: Device;
  basket: Basket;
  attempts: Attempt[];
  fraud?: boolean;
}

/** Gift cards alone are e-mailed: there is no parcel and so no shipping address. */
export function purchase(fields: PurchaseFields): Purchase {
  const { fraud = false, shipping, basket, ...rest } = fields;
  return { ...rest, fraud, basket, shipping: basket.digital ? undefined : shipping, followUps: [] };
}

/** A fresh sign-up moments before checkout: account creation is part of most first orders. */
export function signUpTime(rng: Rng, at: number): number {
  return Math.floor(at - Math.max(45_000, rng.logNormal(7 * 60_000, 0.9)));
}
