import { accountBuyer, type Address, type Buyer, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Calendar, calendarOf, Clock } from './calendar.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { connect, type Network } from './networks.js';
import { type Account, customerBase, type Gadget } from './people.js';
import { partnerShops, type Shop } from './places.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/** The store's world for one stream, and how a planned purchase is put together. */

export interface World {
  calendar: Calendar;
  clock: Clock;
  customers: Account[];
  shops: Shop[];
}

export function worldOf(rng: Rng, window: Window, orders: number): World {
  const calendar = calendarOf(window);
  return {
    calendar,
    clock: new Clock(calendar),
    customers: customerBase(rng.fork('customers'), window.start, orders),
    shops: partnerShops(rng.fork('shops')),
  };
}

/** The account as the buyer at checkout (signed in). */
export const signedIn = (a: Account): Buyer => accountBuyer(a);

/** Where an account's owner shops from: the home line mostly, the phone's data otherwise. */
export function ownConnection(rng: Rng, a: Account): { ip: string; network: Network } {
  const network = rng.chance(0.68) ? a.broadband : a.mobile;
  return { ip: connect(rng, network), network };
}

export interface Draft {
  at: number;
  fraud: boolean;
  kind: string;
  market: 'GB' | 'IE';
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  collectFrom?: string;
  ip: string;
  device: Gadget;
  basket: Basket;
  attempts: Attempt[];
  later: LaterEvent[];
  preorder?: boolean;
  tradeIn?: { device: string; quote: number };
  company?: { name: string; vatNumber: string };
  giftMessage?: string;
  financeMonths?: number;
}

export function purchaseOf(d: Draft): Purchase {
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket: d.basket,
    billing: d.billing,
    attempts: d.attempts,
    later: d.later,
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    ...(d.collectFrom ? { collectFrom: d.collectFrom } : {}),
    ip: d.ip,
    device: d.device,
    channel: d.device.channel,
    locale: d.market === 'IE' ? 'en-IE' : 'en-GB',
    preorder: d.preorder ?? false,
    ...(d.tradeIn ? { tradeIn: d.tradeIn } : {}),
    ...(d.company ? { company: d.company } : {}),
    ...(d.giftMessage ? { giftMessage: d.giftMessage } : {}),
    ...(d.financeMonths ? { financeMonths: d.financeMonths } : {}),
  };
}

/** A partner shop in the buyer's town if there is one, else any in the market. */
export function shopNear(rng: Rng, w: World, near: Address): Shop {
  const local = w.shops.filter((s) => s.address.city === near.city);
  const market = w.shops.filter((s) => s.address.country === near.country);
  return rng.pick(local.length > 0 && rng.chance(0.85) ? local : market.length > 0 ? market : w.shops);
}
