import { type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  type Basket,
  basketOf,
  carrierFor,
  chfOf,
  type Duty,
  type Fulfilment,
  type Item,
} from './catalogue.js';
import { drawIp, hasNetwork, type NetKind, networksOf } from './networks.js';
import { type Account } from './people.js';
import { type Currency, MARKETS, type Region } from './places.js';
import { type Attempt, type Channel, type LaterEvent, type Purchase } from './purchase.js';

/** The pieces every planner puts a purchase together from. */

export interface World {
  window: Window;
  customers: Account[];
}

/** The market's region, or `world` pricing for a country the boutique does not sell to. */
export const regionOf = (country: string): Region => MARKETS[country]?.region ?? 'asia';

/** An IP on a network of `kind` in `country`, falling back to a home network there. */
export function ipIn(rng: Rng, country: string, kind: NetKind = 'home'): string {
  const k = hasNetwork(country, kind) ? kind : 'home';
  return drawIp(rng, rng.pick(networksOf(country, k)));
}

/** At home: the home network most of the time, the phone's otherwise (where there is a mobile network). */
export const homeIp = (rng: Rng, country: string, mobileShare = 0.3): string =>
  ipIn(rng, country, rng.chance(mobileShare) ? 'mobile' : 'home');

/**
 * How a basket of physical goods reaches `to`: collected in Geneva (with VAT), or by courier or armoured
 * carrier (sold without Swiss VAT abroad).
 */
export function physicalBasket(
  items: ReadonlyArray<Item | readonly [Item, number]>,
  currency: Currency,
  to: string,
  collect: boolean,
  taxFree = false,
): { basket: Basket; fulfilment: Fulfilment } {
  const region = regionOf(to);
  if (collect) {
    const duty: Duty = taxFree ? 'tax_free_refund' : 'swiss_vat';
    return { basket: basketOf(items, currency, 'ch', 'collection', duty), fulfilment: 'collection' };
  }
  const duty: Duty = to === 'CH' ? 'swiss_vat' : 'export';
  const draft = basketOf(items, currency, region, 'courier', duty);
  const fulfilment = carrierFor(chfOf(draft.amount, currency));
  return { basket: basketOf(items, currency, region, fulfilment, duty), fulfilment };
}

/** Vouchers only: e-mailed, nothing shipped. */
export const emailBasket = (
  items: ReadonlyArray<Item | readonly [Item, number]>,
  currency: Currency,
): { basket: Basket; fulfilment: Fulfilment } => ({
  basket: basketOf(items, currency, 'ch', 'email', 'swiss_vat'),
  fulfilment: 'email',
});

export interface Draft {
  at: number;
  fraud: boolean;
  kind: string;
  buyer: Buyer;
  billing: Address;
  shipping?: Address | undefined;
  basket: Basket;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  channel?: Channel;
  attempts: Attempt[];
  later: LaterEvent[];
  giftNote?: string | undefined;
  giftWrap?: boolean;
  recipientEmail?: string | undefined;
  company?: { name: string; vatId?: string } | undefined;
  taxFreeForm?: boolean;
}

/** A purchase from a draft: no shipping address for collection or e-mailed vouchers. */
export function purchaseOf(d: Draft): Purchase {
  const ships = d.fulfilment === 'courier' || d.fulfilment === 'armoured';
  // Nothing is prepared before the money is in: later steps count from the payment (a transfer takes days).
  let paidAfter = 0;
  for (const a of d.attempts) {
    paidAfter += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) break;
  }
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket: d.basket,
    billing: d.billing,
    attempts: d.attempts,
    later: d.later.map((l) => ({ ...l, afterMs: l.afterMs + paidAfter })),
    buyer: d.buyer,
    ...(ships && d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    channel: d.channel ?? 'web',
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.giftWrap ? { giftWrap: true } : {}),
    ...(d.recipientEmail ? { recipientEmail: d.recipientEmail } : {}),
    ...(d.company ? { company: d.company } : {}),
    ...(d.taxFreeForm ? { taxFreeForm: true } : {}),
  };
}

/** The currency an account pays in. */
export const currencyOf = (a: Account): Currency => (a.paysChf ? 'CHF' : a.currency);

/** Lives near enough to Geneva to collect in the boutique. */
export const nearGeneva = (home: Address): boolean =>
  (home.country === 'CH' && /^1[23]/.test(home.postalCode ?? '')) ||
  (home.country === 'FR' && ['74100', '01210', '01220', '74000'].includes(home.postalCode ?? ''));

export const GIFT_NOTES = [
  'Joyeux Noël mon amour',
  'Frohe Weihnachten!',
  'For our 25th — with all my love',
  'Happy Christmas, Dad',
  'Buon Natale',
  'Congratulations on the promotion',
  'For your 40th, from all of us',
  'Merry Christmas, darling',
  'Pour tes 18 ans',
];
