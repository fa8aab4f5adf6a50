import { type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { phase } from './calendar.js';
import { basketOf, type Fulfilment, type ItemKey } from './catalogue.js';
import { type Account, type Firm } from './people.js';
import { type Currency, MARKETS } from './places.js';
import { type Attempt, type LaterEvent, type Method, paidAfter, type Purchase } from './purchase.js';

/** The store's world for a window, and how a planned purchase is put together from its parts. */

export interface World {
  window: Window;
  customers: Account[];
  firms: Firm[];
}

export interface Parts {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  /** Where the metal goes; none for the counter or the vault. */
  shipping?: Address;
  fulfilment: Fulfilment;
  picks: ReadonlyArray<readonly [ItemKey, number]>;
  currency: Currency;
  ip: string;
  device: Device;
  locale?: string;
  company?: { name: string; companyNumber: string };
  giftMessage?: string;
  /** The attempts, given the order's amount. */
  pay: (amount: number) => { method: Method; attempts: Attempt[] };
  /** Later steps, given when the money landed (ms after the order) and the amount. */
  after: (paidAt: number, amount: number) => LaterEvent[];
}

export function assemble(w: World, p: Parts): Purchase {
  const destination = p.fulfilment === 'insured_delivery' ? p.shipping?.country : undefined;
  const basket = basketOf(p.picks, phase(p.at, w.window), p.currency, p.fulfilment, destination);
  const { method, attempts } = p.pay(basket.amount);
  const later = attempts.some((a) => a.ok) ? p.after(paidAfter(attempts), basket.amount) : [];
  return {
    at: p.at,
    fraud: p.fraud,
    kind: p.kind,
    basket,
    billing: { ...p.billing },
    attempts,
    later,
    buyer: p.buyer,
    ...(p.fulfilment === 'insured_delivery' && p.shipping ? { shipping: { ...p.shipping } } : {}),
    fulfilment: p.fulfilment,
    method,
    ip: p.ip,
    device: p.device,
    locale: p.locale ?? MARKETS[p.billing.country]?.locale ?? 'en-GB',
    ...(p.company ? { company: p.company } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    channel: 'web',
  };
}

/** The checkout currency for a billing country (pounds for anyone outside the shop's markets). */
export const currencyOf = (country: string): Currency => MARKETS[country]?.currency ?? 'GBP';

/** A UTC offset for a country (0 outside the shop's markets). */
export const tzOf = (country: string): number => MARKETS[country]?.tz ?? 0;

/** A fresh account opened `minutes` before checkout. */
export const freshBuyer = (
  rng: Rng,
  name: string,
  email: string,
  at: number,
  minutes: readonly [number, number],
): Buyer => ({
  id: `cus_${rng.token(14)}`,
  email,
  name,
  createdAt: at - rng.int(minutes[0], minutes[1]) * 60_000,
});
