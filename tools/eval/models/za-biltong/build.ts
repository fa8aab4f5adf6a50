import { type Address, type Buyer, type Device, paid, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Delivery } from './basket.js';
import { saleAt } from './calendar.js';
import { itemOf } from './catalogue.js';
import { type Network, ipOf } from './networks.js';
import { type Customers, customerBase, type Person } from './people.js';
import {
  type Attempt,
  honestAfter,
  honestPay,
  type LaterEvent,
  type Payer,
  type Purchase,
} from './purchase.js';

/** The store's world for a stream, and the pieces every planner puts a purchase together from. */

export interface World {
  window: Window;
  customers: Customers;
}

export const world = (rng: Rng, window: Window, orders: number): World => ({
  window,
  customers: customerBase(rng.fork('customers'), window.start, orders),
});

const LOCALES: Readonly<Record<string, string>> = {
  ZA: 'en-ZA',
  NA: 'en-NA',
  BW: 'en-BW',
  GB: 'en-GB',
  IE: 'en-IE',
  NL: 'en-NL',
  AU: 'en-AU',
  NZ: 'en-NZ',
  US: 'en-US',
  CA: 'en-CA',
};

/** The storefront's language: English, or Afrikaans for a share of Afrikaans speakers at home and abroad. */
export function localeOf(rng: Rng, country: string, p?: Person): string {
  const afrikaans =
    p &&
    /^(van|du|de) |^(Botha|Pretorius|Steyn|Venter|Nel|Joubert|Coetzee|Fourie|Kruger|Swanepoel)$/.test(p.last);
  if (afrikaans && rng.chance(0.3)) return 'af-ZA';
  return LOCALES[country] ?? 'en-ZA';
}

/** Where a visit came from: ads and the newsletter around the sales, search and typed-in the rest of the time. */
export function sourceAt(rng: Rng, t: number, returning: boolean): string {
  const sale = saleAt(t) !== undefined;
  return rng.weightedPick<string>([
    ['facebook_ad', sale ? 28 : 12],
    ['instagram', sale ? 14 : 8],
    ['google', returning ? 15 : 32],
    ['newsletter', returning ? (sale ? 30 : 18) : 4],
    ['direct', returning ? 30 : 18],
    ['whatsapp_share', 6],
  ]);
}

/** The code on at `t`, if the buyer uses it: the sales' codes, the first-order welcome code. */
export function promoAt(rng: Rng, t: number, first: boolean): { code?: string; rate?: number } {
  const sale = saleAt(t);
  if (sale === 'black_friday' && rng.chance(0.75)) return { code: 'BLACKFRIDAY', rate: 0.15 };
  if (sale === 'cyber_monday' && rng.chance(0.7)) return { code: 'CYBERMONDAY', rate: 0.15 };
  if (sale === 'braai_day' && rng.chance(0.4)) return { code: 'BRAAIDAG', rate: 0.1 };
  if (first && rng.chance(0.35)) return { code: 'WELKOM10', rate: 0.1 };
  return {};
}

/** Later steps are timed from the order; a slow payment (a transfer) pushes fulfilment back by as much. */
export function afterPayment(attempts: readonly Attempt[], later: LaterEvent[]): LaterEvent[] {
  const wait = attempts.reduce((s, a) => s + a.afterMs, 0);
  return wait < 30 * 60_000 ? later : later.map((l) => ({ ...l, afterMs: l.afterMs + wait }));
}

export interface Draft {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address | undefined;
  delivery: Delivery;
  basket: Basket;
  net: Network;
  v6?: number;
  device: Device;
  locale: string;
  source: string;
  giftNote?: string;
  company?: { name: string; vatNumber: string };
  recipients?: number;
}

/** A planned purchase from a draft, its attempts and later steps. */
export function purchaseOf(
  rng: Rng,
  d: Draft,
  fraud: boolean,
  attempts: Attempt[],
  later: LaterEvent[],
): Purchase {
  const liqueur = d.basket.lines.some((l) => itemOf(l.sku)?.alcohol);
  return {
    at: d.at,
    fraud,
    kind: d.kind,
    basket: d.basket,
    billing: d.billing,
    attempts,
    later: afterPayment(attempts, later),
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    delivery: d.delivery,
    ip: ipOf(rng, d.net, d.v6 ?? 0.2),
    device: d.device,
    locale: d.locale,
    source: d.source,
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.company ? { company: d.company } : {}),
    ...(d.recipients ? { recipients: d.recipients } : {}),
    ...(liqueur ? { ageConfirmed: true } : {}),
  };
}

/** An honest purchase: paid the way the payer pays, then fulfilled as honest orders are. */
export function honestPurchase(rng: Rng, d: Draft, payer: Payer, attempts?: Attempt[]): Purchase {
  const tries = attempts ?? honestPay(rng, payer, d.basket.amount, d.basket.currency);
  const later = paid({ attempts: tries }) ? honestAfter(rng, d.delivery, d.basket.amount) : [];
  return purchaseOf(rng, d, false, tries, later);
}
