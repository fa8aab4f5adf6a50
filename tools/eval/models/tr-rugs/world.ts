import { type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket } from './catalogue.js';
import { type CustomerBase } from './people.js';
import { type Country, type Currency, MARKETS } from './places.js';
import { type Attempt, type Carrier, type Channel, type LaterEvent, type Purchase } from './purchase.js';

/** The stream's window and the shop's customers; and how a planned purchase is put together. */

export interface World {
  window: Window;
  customers: CustomerBase;
}

/** The checkout currency a buyer in `country` sees: lira at home, euros in much of the euro area, else dollars. */
export function currencyFor(rng: Rng, country: Country): Currency {
  if (country === 'TR') return rng.chance(0.9) ? 'TRY' : 'USD';
  return rng.chance(MARKETS[country].euro) ? 'EUR' : 'USD';
}

/** DHL Express for most parcels abroad, FedEx for some; Yurtiçi Kargo inside Turkey. */
export const carrierFor = (rng: Rng, shipping: Address): Carrier =>
  shipping.country === 'TR' ? 'yurtici_kargo' : rng.chance(0.7) ? 'dhl_express' : 'fedex_international';

const SALES = ['mehmet.a', 'selim.k', 'ayse.d', 'hakan.y', 'elif.t'];
export const salesperson = (rng: Rng): string => rng.pick(SALES);

export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping: Address;
  recipient?: string | undefined;
  ip: string;
  device: Device;
  locale: string;
  channel?: Channel;
  basket: Basket;
  attempts: Attempt[];
  later: LaterEvent[];
  company?: { name: string; taxId: string } | undefined;
  giftNote?: string | undefined;
  salesRef?: string | undefined;
}

export function purchaseOf(rng: Rng, d: Draft): Purchase {
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket: d.basket,
    billing: d.billing,
    attempts: d.attempts,
    later: d.later,
    buyer: d.buyer,
    shipping: d.shipping,
    ...(d.recipient ? { recipient: d.recipient } : {}),
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    channel: d.channel ?? 'web',
    carrier: carrierFor(rng, d.shipping),
    ...(d.company ? { company: d.company } : {}),
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.salesRef ? { salesRef: d.salesRef } : {}),
  };
}
