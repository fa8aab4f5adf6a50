import { type Address, type BasketLine, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, basketOf, type Category } from './catalogue.js';
import { type CustomerBase } from './people.js';
import { isEasybox } from './places.js';
import {
  type Attempt,
  type Courier,
  courierFor,
  type LaterEvent,
  type Method,
  type Purchase,
} from './purchase.js';

/** The season's world, and how a planned purchase is put together from its parts. */

export interface World {
  window: Window;
  base: CustomerBase;
}

export interface Draft {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  lines: BasketLine<Category>[];
  /** Defaults to lei to Romania (or a Romanian billing address for e-gift cards), else euros. */
  currency?: 'RON' | 'EUR';
  code?: { code: string; percent: number };
  blackFridayWeek?: boolean;
  ip: string;
  device: Device;
  locale?: string;
  giftNote?: string;
  company?: { name: string; cui: string };
}

export interface Paying {
  method: Method;
  attempts: Attempt[];
  instalments?: number;
  courier?: Courier;
}

/** A purchase from its draft, how it was paid (given the basket) and what followed (given the rest). */
export function assemble(
  rng: Rng,
  d: Draft,
  pay: (basket: Basket) => Paying,
  after: (basket: Basket, paying: Paying, courier: Courier) => LaterEvent[],
): Purchase {
  const shipTo = d.shipping?.country;
  const currency = d.currency ?? ((shipTo ?? d.billing.country) === 'RO' ? 'RON' : 'EUR');
  const basket = basketOf({
    lines: d.lines,
    currency,
    ...(shipTo ? { shipTo } : {}),
    locker: isEasybox(d.shipping),
    ...(d.blackFridayWeek ? { blackFridayWeek: true } : {}),
    ...(d.code ? { code: d.code } : {}),
  });
  const paying = pay(basket);
  const courier = paying.courier ?? courierFor(rng, shipTo, isEasybox(d.shipping));
  const later = after(basket, paying, courier);
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    billing: d.billing,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    attempts: paying.attempts,
    later,
    buyer: d.buyer,
    method: paying.method,
    courier,
    ip: d.ip,
    device: d.device,
    locale: d.locale ?? 'ro-RO',
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.company ? { company: d.company } : {}),
    ...(paying.instalments ? { instalments: paying.instalments } : {}),
  };
}

/** Whether `t` falls in the shop's Black Friday week (the Friday and the six days after, Bucharest time). */
export function inBlackFridayWeek(t: number, bf: { month: number; day: number }): boolean {
  const d = new Date(t + 2 * 3_600_000);
  return d.getUTCMonth() === bf.month && d.getUTCDate() >= bf.day && d.getUTCDate() < bf.day + 7;
}
