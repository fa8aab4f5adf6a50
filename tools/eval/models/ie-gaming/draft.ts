import { type Address, type Buyer, type Device, paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, type Basket, type Fulfilment, type Line } from './catalogue.js';
import { type Company } from './people.js';
import { type Currency, type Region, type ShopId } from './places.js';
import {
  type Attempt,
  honestAfter,
  type LaterEvent,
  other,
  type Payer,
  honestPay,
  type Purchase,
  storefrontOf,
} from './purchase.js';

/** A purchase as planners describe it, and how it becomes a `Purchase` (basket, payment, what follows). */

export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  /** Where a parcel goes; none for codes and collection. */
  shipping?: Address;
  fulfilment: Fulfilment;
  shop?: ShopId;
  ip: string;
  device: Device;
  /** Where the goods go (delivery charges and transit times). */
  region: Region;
  currency: Currency;
  lines: Line[];
  code?: string;
  /** Store credit the buyer holds and spends on this order. */
  credit?: number;
  locale: string;
  giftMessage?: string;
  giftRecipient?: string;
  company?: Company;
  preorder?: boolean;
  /** For a pre-order: when it ships (ms). */
  shipsAt?: number;
}

/** Time from the order to the first payment that went through (each attempt a second at least). */
export function paidAfter(attempts: readonly Attempt[]): number {
  let t = 0;
  for (const a of attempts) {
    t += Math.max(1_000, a.afterMs);
    if (a.ok) return t;
  }
  return t;
}

/** Delivery or collection as the shop records it: collection orders have no delivery address. */
const addressFor = (d: Draft): { shipping?: Address; shop?: ShopId } =>
  d.fulfilment === 'click_collect'
    ? { shop: d.shop ?? 'dublin' }
    : d.fulfilment === 'email' || !d.shipping
      ? {}
      : { shipping: d.shipping };

/** The purchase with the attempts and later events its planner chose. */
export function purchaseOf(d: Draft, basket: Basket, attempts: Attempt[], later: LaterEvent[]): Purchase {
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts,
    later,
    buyer: d.buyer,
    ...addressFor(d),
    fulfilment: d.fulfilment,
    ip: d.ip,
    device: d.device,
    storefront: storefrontOf(d.currency),
    locale: d.locale,
    ...(d.giftMessage ? { giftMessage: d.giftMessage } : {}),
    ...(d.giftRecipient ? { giftRecipient: d.giftRecipient } : {}),
    ...(d.company ? { company: d.company } : {}),
    ...(d.preorder ? { preorder: true } : {}),
  };
}

/**
 * An honest purchase: the basket (store credit first; an account whose credit covers everything pays with it
 * alone), the customer's payment, then the ordinary course of the order.
 */
export function honestPurchase(rng: Rng, d: Draft, payer: Payer, pay?: (b: Basket) => Attempt[]): Purchase {
  const whole = basketOf(d.currency, d.lines, d.fulfilment, d.region, d.code ? { code: d.code } : {});
  const coversAll = (d.credit ?? 0) >= whole.amount;
  const basket = coversAll
    ? whole
    : basketOf(d.currency, d.lines, d.fulfilment, d.region, {
        ...(d.code ? { code: d.code } : {}),
        credit: d.credit ?? 0,
      });
  const attempts = coversAll
    ? [other('store_credit', true, rng.int(4_000, 30_000))]
    : pay
      ? pay(basket)
      : honestPay(rng, payer, basket.amount);
  const later = paid({ attempts })
    ? honestAfter(rng, {
        fulfilment: d.fulfilment,
        region: d.fulfilment === 'click_collect' ? 'IE' : d.region,
        amount: basket.amount,
        placed: d.at,
        paidAfter: paidAfter(attempts),
        ...(d.shop ? { shop: d.shop } : {}),
        ...(d.shipsAt !== undefined ? { shipsAt: d.shipsAt } : {}),
      })
    : [];
  return purchaseOf(d, basket, attempts, later);
}
