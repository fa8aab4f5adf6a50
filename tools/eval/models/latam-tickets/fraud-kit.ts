import { basket, type BasketWish, type Market } from './catalog.js';
import { type Address } from './geo.js';
import { type Card, type Device } from './devices.js';
import { DISPOSABLE } from './people.js';
import { DAY, HOUR, type Attempt, type Later, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** Shared pieces of fraudulent purchases: made-up addresses, and what the store hears later. */

export type LonePlanner = (rng: Rng, world: World, count: number) => Purchase[];

export const RESELLABLE: BasketWish = {
  categories: ['football', 'concert', 'hotel', 'voucher'],
  qty: [2, 6],
  tier: [0.4, 1],
};
export const anyMarket = (rng: Rng) => rng.weighted<Market>({ EU: 5, MX: 2, BR: 3 });
export const venueOf = (m: Market, rng: Rng) => (m === 'EU' ? rng.pick(['ES', 'ES', 'IT', 'PT']) : m);
export const crookHome = (rng: Rng) => rng.pick(['NG', 'VN', 'BR', 'MX', 'ES', 'CO']);
export const ago = (rng: Rng, at: number, min: number, max: number) => at - Math.floor(rng.float(min, max));
export const times = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

const HANDLES = ['promo', 'ventas', 'ticket', 'entradas', 'ingressos', 'shop', 'user', 'viaje', 'biglietti'];

/** Throw-away addresses: disposable domains, keyboard noise at big providers, numbered handles. */
export function junkEmail(rng: Rng): string {
  const style = rng.weighted({ disposable: 3, noise: 4, numbered: 3 });
  if (style === 'disposable')
    return `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}@${rng.pick(DISPOSABLE)}`;
  if (style === 'noise')
    return `${rng.token(rng.int(8, 13))}@${rng.pick(['gmail.com', 'outlook.com', 'hotmail.com'])}`;
  return `${rng.pick(HANDLES)}${rng.digits(rng.int(3, 6))}@${rng.pick(['gmail.com', 'proton.me', 'outlook.com'])}`;
}

/**
 * Later news about a paid fraudulent order: an issuer's early fraud warning within days, the chargeback
 * weeks later (reason `fraudulent`); unpaid orders bring nothing.
 */
export function fraudLater(
  rng: Rng,
  attempts: Attempt[],
  p: { warn: number; dispute: number; reason?: string },
): Later[] {
  if (!attempts.some((a) => a.ok)) return [];
  const out: Later[] = [];
  if (rng.chance(p.warn))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.float(6 * HOUR, 7 * DAY),
      reason: 'fraudulent',
    });
  if (rng.chance(p.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: rng.float(9 * DAY, 60 * DAY),
      reason: p.reason ?? 'fraudulent',
    });
  return out;
}

export interface FraudParts {
  at: number;
  kind: string;
  market: Market;
  wish: BasketWish;
  buyer: Purchase['buyer'];
  billing: Address;
  shipping?: Address;
  ip: string;
  device: Device;
  attempts: Attempt[];
  later?: (attempts: Attempt[]) => Later[];
}

export function fraudPurchase(rng: Rng, parts: FraudParts): Purchase {
  const later = parts.later ?? ((a: Attempt[]) => fraudLater(rng, a, { warn: 0.35, dispute: 0.8 }));
  return {
    at: parts.at,
    fraud: true,
    kind: parts.kind,
    basket: basket(rng, parts.market, parts.wish),
    buyer: parts.buyer,
    billing: parts.billing,
    ...(parts.shipping ? { shipping: parts.shipping } : {}),
    ip: parts.ip,
    device: parts.device,
    attempts: parts.attempts,
    later: later(parts.attempts),
  };
}

/** Cards tried one after another until one goes through (or the crew gives up). */
export function cardRun(
  rng: Rng,
  cards: Card[],
  avs: (c: Card) => Attempt['avs'],
  okOdds: number,
): Attempt[] {
  const out: Attempt[] = [];
  for (const card of cards) {
    const ok = rng.chance(okOdds);
    out.push({
      card,
      ok,
      avs: avs(card),
      cvc: ok ? 'pass' : rng.pick(['pass', 'fail', 'fail']),
      afterMs: rng.int(8_000, 100_000),
    });
    if (ok) break;
  }
  return out;
}

export const marketOfVenue = (venue: string): Market =>
  venue === 'MX' ? 'MX' : venue === 'BR' ? 'BR' : 'EU';
