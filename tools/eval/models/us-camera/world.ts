import { type Address, type Buyer, DAY, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';
import { type Account, type CustomerBase, customerBase, newDevice } from './people.js';
import { ipIn, pickNetwork } from './networks.js';

/** The store's world for one stream (its window and account holders) and the pieces every planner shares. */

export interface World {
  window: Window;
  base: CustomerBase;
}

export const world = (rng: Rng, window: Window, orders: number): World => ({
  window,
  base: customerBase(rng.fork('customers'), window.start, orders),
});

/** An account as the checkout's buyer. */
export const asBuyer = (a: Account): Buyer => ({
  id: a.id,
  email: a.email,
  name: a.name,
  createdAt: a.createdAt,
});

/** An account opened at checkout, `ago` ms before the order. */
export const freshBuyer = (rng: Rng, email: string, name: string, at: number, ago: number): Buyer => ({
  id: `cus_${rng.token(10)}`,
  email,
  name,
  createdAt: at - Math.max(20_000, Math.floor(ago)),
});

const PHONE = /iPhone|Android|ChelseaCamera/;
export const onPhone = (d: Device): boolean => PHONE.test(d.userAgent);

/** Where an account holder orders from: home Wi-Fi mostly, the phone network when out with the phone. */
export function accountConnection(rng: Rng, a: Account): { device: Device; ip: string } {
  const device = rng.pick(a.devices);
  const mobile = onPhone(device) && rng.chance(0.4);
  return { device, ip: mobile ? ipIn(rng, a.mobileNet, 0.5) : a.homeIp };
}

/** A guest's connection in `country`: a fresh device, a home or phone network. */
export function guestConnection(rng: Rng, country: string): { device: Device; ip: string } {
  const device = newDevice(rng, 0.05);
  const net = pickNetwork(rng, country, onPhone(device) && rng.chance(0.4) ? 'mobile' : 'residential');
  return { device, ip: ipIn(rng, net, 0.3) };
}

/** Everything a planned purchase is made of, in one place. */
export interface Draft {
  at: number;
  fraud: boolean;
  kind: string;
  basket: Basket;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  buyer: Buyer;
  ip: string;
  device: Device;
  locale: string;
  attempts: Attempt[];
  extra?: Partial<
    Pick<Purchase, 'accountType' | 'company' | 'pickupPerson' | 'giftRecipient' | 'giftMessage'>
  >;
}

export function purchaseOf(d: Draft, later: (p: Purchase) => LaterEvent[]): Purchase {
  const p: Purchase = {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket: d.basket,
    billing: { ...d.billing },
    attempts: d.attempts,
    later: [],
    buyer: d.buyer,
    ...(d.shipping ? { shipping: { ...d.shipping } } : {}),
    fulfilment: d.fulfilment,
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    ...d.extra,
  };
  p.later = later(p);
  return p;
}

/** Whether an account is old enough to be someone's long-standing account at `at`. */
export const aged = (a: Account, at: number, days: number): boolean => at - a.createdAt > days * DAY;
