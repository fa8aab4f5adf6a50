import { type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, type Basket, type Code, type Currency, type Fulfilment, type Line } from './catalogue.js';
import { isRural } from './places.js';
import { type CustomerBase, type Person } from './people.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/** The world a stream's purchases are planned in, and how a checkout's parts become a planned purchase. */

export interface World {
  window: Window;
  base: CustomerBase;
}

export interface Checkout {
  at: number;
  fraud: boolean;
  kind: string;
  buyer: Buyer;
  billing: Address;
  /** Absent for click-and-collect and e-gift cards. */
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  lines: Line[];
  currency: Currency;
  code?: Code;
  pay: (amount: number) => Attempt[];
  later: (b: Basket) => LaterEvent[];
  note?: string;
  giftMessage?: string;
}

/** Who carries it: NZ Post, NZ Couriers or Aramex in town, NZ Post on rural runs, Mainfreight for freight. */
function carrierOf(rng: Rng, f: Fulfilment): string | undefined {
  if (f === 'courier')
    return rng.weightedPick<string>([
      ['NZ Post', 55],
      ['NZ Couriers', 30],
      ['Aramex', 15],
    ]);
  if (f === 'rural_courier') return 'NZ Post';
  if (f === 'freight') return 'Mainfreight';
  if (f === 'international') return 'NZ Post International';
  return undefined;
}

/** The purchase: its basket (lines, code, shipping) priced, then paid and followed up by the checkout's plans. */
export function build(rng: Rng, c: Checkout): Purchase {
  const basket = basketOf(c.lines, c.currency, c.fulfilment, c.code);
  const carrier = carrierOf(rng, c.fulfilment);
  return {
    at: c.at,
    fraud: c.fraud,
    kind: c.kind,
    basket,
    billing: c.billing,
    attempts: c.pay(basket.amount),
    later: c.later(basket),
    buyer: c.buyer,
    ...(c.shipping ? { shipping: c.shipping } : {}),
    fulfilment: c.fulfilment,
    ...(carrier ? { carrier } : {}),
    ip: c.ip,
    device: c.device,
    locale: c.locale,
    ...(c.note ? { note: c.note } : {}),
    ...(c.giftMessage ? { giftMessage: c.giftMessage } : {}),
  };
}

/** How a parcel to a New Zealand address goes: the rural run for an RD address, else the courier. */
export const domestic = (a: Address | undefined): Fulfilment => (isRural(a) ? 'rural_courier' : 'courier');

/** A guest at checkout: a name and an e-mail, no account. */
export const guest = (p: Person, email: string): Buyer => ({ email, name: p.name });

/** An account opened at this checkout (or `minutes` before it). */
export const freshAccount = (rng: Rng, p: Person, email: string, at: number, minutes = 3): Buyer => ({
  id: `cust_${rng.digits(8)}`,
  email,
  name: p.name,
  createdAt: at - rng.int(20_000, minutes * 60_000),
});
