import { type Address, type Buyer, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Item, VOUCHERS } from './catalogue.js';
import { ipIn, type Network } from './networks.js';
import { type Account, type Country, type CustomerBase, MARKETS, parcelPoint } from './people.js';
import {
  type Attempt,
  basketOf,
  type Fulfilment,
  inCzk,
  type LaterEvent,
  type Purchase,
  unpaidRule,
} from './purchase.js';

/** The shop's world for a window, and the assembly of a planned purchase that every kind shares. */

export interface World {
  window: Window;
  launch: number;
  customers: CustomerBase;
}

/** How people in a country get their parcels; a basket of e-mailed vouchers needs no delivery. */
export function fulfilmentFor(
  rng: Rng,
  country: string,
  items: readonly Item[],
  showroom = true,
): Fulfilment {
  if (items.every((i) => VOUCHERS.includes(i))) return 'email';
  if (country === 'CZ')
    return rng.weightedPick<Fulfilment>([
      ['packeta_point', 42],
      ['courier', 22],
      ['packeta_home', 8],
      ['showroom_prague', showroom ? 17 : 0],
      ['showroom_brno', showroom ? 11 : 0],
    ]);
  if (country === 'SK')
    return rng.weightedPick<Fulfilment>([
      ['packeta_point', 55],
      ['courier', 35],
      ['packeta_home', 10],
    ]);
  return rng.weightedPick<Fulfilment>([
    ['courier', 60],
    ['packeta_point', 40],
  ]);
}

/** Where it goes: a Packeta point near home, home itself, or nowhere (showroom, e-mail). */
export function shippingFor(rng: Rng, f: Fulfilment, home: Address): Address | undefined {
  if (f === 'email' || f === 'showroom_prague' || f === 'showroom_brno') return undefined;
  if (f === 'packeta_point') return parcelPoint(rng, home.country as Country, home);
  return { ...home };
}

/** `shipping` for a body, when there is somewhere to ship to. */
export function shipTo(rng: Rng, f: Fulfilment, home: Address): { shipping?: Address } {
  const shipping = shippingFor(rng, f, home);
  return shipping ? { shipping } : {};
}

export const accountBuyer = (a: Account): Buyer => ({
  id: a.id,
  email: a.email,
  name: a.name,
  createdAt: a.createdAt,
});

/** A buyer who opens an account during checkout (minutes before the order) or checks out as a guest. */
export function freshBuyer(rng: Rng, at: number, name: string, email: string, guest: boolean): Buyer {
  return guest
    ? { email, name }
    : { id: `cus_${rng.token(12)}`, email, name, createdAt: at - rng.int(2, 25) * MINUTE };
}

export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  country: string;
  locale?: string;
  billing: Address;
  fulfilment: Fulfilment;
  shipping?: Address;
  picks: ReadonlyArray<readonly [Item, number]>;
  currency?: 'CZK' | 'EUR';
  code?: { code: string; percent?: number; off?: number };
  network: Network;
  ip?: string;
  device: Device;
  company?: Purchase['company'];
  referrer?: string;
  giftWrap?: boolean;
  /** The attempts and later events, given the basket's value in haléře and the basket. */
  pay: (czk: number, basket: Purchase['basket']) => Attempt[];
  after: (p: Omit<Purchase, 'later'>) => LaterEvent[];
}

/** The planned purchase from a draft, its basket priced in the country's currency. */
export function assemble(rng: Rng, d: Draft): Purchase {
  const market = MARKETS[(d.country in MARKETS ? d.country : 'CZ') as Country];
  const currency = d.currency ?? market.currency;
  const basket = basketOf(d.picks, currency, d.fulfilment, d.shipping?.country ?? d.country, d.code);
  const attempts = d.pay(inCzk(basket.amount, currency), basket);
  const core: Omit<Purchase, 'later'> = {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts,
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    ip: d.ip ?? ipIn(rng, d.network),
    device: d.device,
    locale: d.locale ?? market.locale,
    ...(d.company ? { company: d.company } : {}),
    ...(d.referrer ? { referrer: d.referrer } : {}),
    ...(d.giftWrap ? { giftWrap: true } : {}),
    unpaid: unpaidRule(attempts, d.fulfilment),
  };
  const paidOk = attempts.some((a) => a.ok);
  return { ...core, later: paidOk ? d.after(core) : [] };
}
