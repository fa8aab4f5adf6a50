import { type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, type Basket, type Fulfilment, type Line, onlyGiftCards } from './catalogue.js';
import { type Account, type Locale } from './people.js';
import { type Prov, provinceOfPostal, STORES } from './places.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/** The store's world for a window, and how a planned purchase is put together from its parts. */

export interface World {
  window: Window;
  customers: Account[];
}

export interface Parts {
  at: number;
  fraud: boolean;
  kind: string;
  buyer: Buyer;
  billing: Address;
  /** Where it goes; left out for pickup and e-mailed gift cards. */
  shipping?: Address;
  fulfilment: Fulfilment;
  lines: Line[];
  /** The buyer's own province, when neither the delivery nor the store decides the tax. */
  prov: Prov;
  rural?: boolean;
  code?: { code: string; off?: number; pct?: number; min: number };
  ip: string;
  device: Device;
  locale: Locale;
  pickup?: { store: string; person: string };
  giftRecipient?: string;
  giftMessage?: boolean;
  company?: { name: string; gstNumber?: string; po?: string };
  pay: (b: Basket) => Attempt[];
  after: (b: Basket) => LaterEvent[];
}

/** Gift cards alone are e-mailed; pickup and e-mail orders carry no delivery address. */
export function assemble(p: Parts): Purchase {
  const fulfilment: Fulfilment = onlyGiftCards(p.lines)
    ? 'email'
    : p.fulfilment === 'email'
      ? 'ship'
      : p.fulfilment;
  const shipping = fulfilment === 'pickup' || fulfilment === 'email' ? undefined : (p.shipping ?? p.billing);
  const shipProv = shipping?.postalCode ? provinceOfPostal(shipping.postalCode) : undefined;
  const basket = basketOf(p.lines, {
    fulfilment,
    prov: shipProv ?? p.prov,
    rural: p.rural ?? false,
    ...(p.code ? { code: p.code } : {}),
  });
  return {
    at: p.at,
    fraud: p.fraud,
    kind: p.kind,
    basket,
    billing: p.billing,
    buyer: p.buyer,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: p.ip,
    device: p.device,
    locale: p.locale,
    channel: p.device.userAgent.startsWith('LakeshoreApp') ? 'app' : 'web',
    ...(fulfilment === 'pickup' ? { pickup: p.pickup ?? { store: STORES[0].id, person: p.buyer.name } } : {}),
    ...(fulfilment === 'email' && p.giftRecipient ? { giftRecipient: p.giftRecipient } : {}),
    ...(p.giftMessage ? { giftMessage: true } : {}),
    ...(p.company ? { company: p.company } : {}),
    attempts: p.pay(basket),
    later: p.after(basket),
  };
}

/** A shop to collect from: the one nearest home for people in the Toronto area, any of them otherwise. */
export function storeFor(rng: Rng, city?: string): string {
  const near = STORES.filter((s) => s.city === city);
  return (near.length > 0 ? rng.pick(near) : rng.pick(STORES)).id;
}

/** Cities close enough to the store's shops for pickup to make sense. */
export const PICKUP_CITIES: ReadonlySet<string> = new Set([
  'Toronto',
  'Mississauga',
  'Brampton',
  'Markham',
  'Oakville',
  'Hamilton',
  'Vaughan',
  'Barrie',
  'Kitchener',
  'Waterloo',
]);

export const canPickUp = (a: { home: Address }): boolean => PICKUP_CITIES.has(a.home.city ?? '');
