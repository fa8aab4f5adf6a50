import { type Address, type Device, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Delivery } from './catalogue.js';
import { CARRIERS, MARKETS, PARCEL_SHOP_NAMES } from './places.js';
import { allowedLater, type Attempt, type LaterEvent, type Purchase, storefrontOf } from './purchase.js';
import { type Shopper } from './world.js';

/** Putting a planned purchase together: where it goes, by which carrier, in which locale. */

export interface Route {
  delivery: Delivery;
  carrier?: string;
  parcelShop?: string;
  /** The delivery address; none for e-mailed gift cards or collection at the shop. */
  shipping?: Address;
}

/** A Danish parcel shop near an address, as the checkout lists them. */
export const parcelShopNear = (rng: Rng, a: Address): string =>
  `${rng.pick(PARCEL_SHOP_NAMES)} ${a.city ?? ''}`.trim();

/** How a Danish order travels: parcel shop most often, to the door, express, or collected at the shop. */
export function dkRoute(rng: Rng, home: Address, pickupShare = 0.08): Route {
  const nearShop = (home.postalCode ?? '9') < '3000';
  const delivery = rng.weightedPick<Delivery>([
    ['parcel_shop', 58],
    ['home', 28],
    ['pickup', nearShop ? pickupShare * 200 : pickupShare * 25],
    ['express', 5],
  ]);
  if (delivery === 'pickup') return { delivery };
  const carrier = rng.pick(delivery === 'parcel_shop' ? CARRIERS.slice(0, 3) : CARRIERS);
  return {
    delivery,
    carrier,
    ...(delivery === 'parcel_shop' ? { parcelShop: parcelShopNear(rng, home) } : {}),
    shipping: { ...home },
  };
}

/** An order abroad: tracked post, a courier, or Swedish and Norwegian parcel points. */
export function abroadRoute(rng: Rng, to: Address, express = 0.08): Route {
  if (rng.chance(express)) return { delivery: 'express', carrier: 'DHL Express', shipping: { ...to } };
  if ((to.country === 'SE' || to.country === 'NO') && rng.chance(0.7))
    return {
      delivery: 'parcel_shop',
      carrier: 'PostNord',
      parcelShop: `Ombud ${to.city ?? ''}`.trim(),
      shipping: { ...to },
    };
  return {
    delivery: 'international',
    carrier: rng.pick(['PostNord', 'GLS', 'DHL', 'UPS']),
    shipping: { ...to },
  };
}

/** The route for a shopper's own address: Danish or abroad. */
export const routeFor = (rng: Rng, to: Address, pickupShare?: number): Route =>
  to.country === 'DK' ? dkRoute(rng, to, pickupShare) : abroadRoute(rng, to);

export interface Parts {
  kind: string;
  fraud: boolean;
  at: number;
  shopper: Shopper;
  billing?: Address;
  route: Route;
  ip: string;
  device: Device;
  basket: Basket;
  attempts: Attempt[];
  later: LaterEvent[];
  /** The site locale when not the buyer's own (a traveller keeps theirs; a fraudster picks one). */
  locale?: string;
  giftMessage?: string;
  giftRecipient?: string;
  reference?: string;
  withCompany?: boolean;
}

/**
 * Money that arrives hours later (a bank transfer) holds the order until then: every later step moves back by
 * the time the payment took.
 */
function afterPayment(attempts: readonly Attempt[], later: LaterEvent[]): LaterEvent[] {
  let t = 0;
  for (const a of attempts) {
    t += a.afterMs;
    if (a.ok) break;
  }
  return t < HOUR ? later : later.map((l) => ({ ...l, afterMs: l.afterMs + t }));
}

/** The purchase: the buyer's locale and storefront, later steps the payment method allows. */
export function purchaseOf(x: Parts): Purchase {
  const { route, shopper } = x;
  return {
    at: x.at,
    fraud: x.fraud,
    kind: x.kind,
    basket: x.basket,
    billing: { ...(x.billing ?? shopper.address) },
    attempts: x.attempts,
    later: afterPayment(x.attempts, allowedLater(x.attempts, x.later)),
    buyer: shopper.buyer,
    ...(route.shipping ? { shipping: route.shipping } : {}),
    delivery: route.delivery,
    ...(route.carrier ? { carrier: route.carrier } : {}),
    ...(route.parcelShop ? { parcelShop: route.parcelShop } : {}),
    ip: x.ip,
    device: x.device,
    locale: x.locale ?? MARKETS[shopper.country]?.locale ?? 'en-GB',
    storefront: storefrontOf(x.basket.currency),
    ...(x.giftMessage ? { giftMessage: x.giftMessage } : {}),
    ...(x.giftRecipient ? { giftRecipient: x.giftRecipient } : {}),
    ...(x.withCompany !== false && shopper.company ? { company: shopper.company } : {}),
    ...(x.reference ? { reference: x.reference } : {}),
  };
}
