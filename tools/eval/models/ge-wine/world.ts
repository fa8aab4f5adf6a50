import { accountBuyer, type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { ipOn } from './networks.js';
import { type Account, customerBase, type Person, type Segment } from './people.js';
import { type Attempt, type LaterStep, type Purchase } from './purchase.js';

/** The store's world for a stream: the window and the account base, by segment. */
export interface World {
  window: Window;
  accounts: Account[];
  by: Record<Segment, Account[]>;
}

export function world(rng: Rng, window: Window, orders: number): World {
  const accounts = customerBase(rng.fork('customers'), window.start, orders);
  const by = {
    tbilisi: [],
    regions: [],
    relocant: [],
    diaspora: [],
    tourist: [],
    restaurant: [],
    importer: [],
  } as Record<Segment, Account[]>;
  for (const a of accounts) by[a.segment].push(a);
  // Families share the tablet in the kitchen: some Tbilisi accounts shop from a device another account uses too.
  const family = rng.fork('family');
  by.tbilisi.forEach((a, i) => {
    const prev = by.tbilisi[i - 1];
    if (prev && family.chance(0.12)) a.devices = [prev.devices[0] as Device, ...a.devices.slice(1)];
  });
  return { window, accounts, by };
}

/** A signed-in account's buyer, or a guest's (no id). */
export const guestBuyer = (p: Person): Buyer => ({ email: p.email, name: p.name });
export const buyerOf = (a: Account): Buyer => accountBuyer(a);

/** An address on one of the account's usual networks. */
export const usualIp = (rng: Rng, a: Account): string => ipOn(rng, rng.pick(a.networks));

export interface Draft {
  at: number;
  buyer: Buyer;
  phone: string;
  billing: Address;
  shipping?: Address | undefined;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: Purchase['locale'];
  basket: Basket;
  attempts: Attempt[];
  later: LaterStep[];
  company?: { name: string; taxId: string } | undefined;
  giftNote?: string | undefined;
  cod?: boolean;
}

/** A planned purchase from a draft, labelled. */
export function purchase(kind: string, fraud: boolean, d: Draft): Purchase {
  return {
    at: d.at,
    fraud,
    kind,
    basket: d.basket,
    billing: d.billing,
    attempts: d.attempts,
    later: d.later,
    buyer: d.buyer,
    phone: d.phone,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    ...(d.company ? { company: d.company } : {}),
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    cod: d.cod ?? false,
  };
}
