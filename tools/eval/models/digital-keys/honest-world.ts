import { type Rng } from '../kit/random.js';
import { type Basket, DLC, GAMES, inRange, line, type Platform } from './catalog.js';
import { deviceFor } from './people.js';
import { market, type Market, pickMarket } from './places.js';
import { DAY, HOUR, type Later, type Purchase, SALE_OPENS, when, type Window } from './purchase.js';
import {
  type AccountAge,
  buyerOf,
  household,
  type Household,
  honestPayment,
  type Payment,
  shopper,
  type Shopper,
} from './shoppers.js';

/**
 * What the honest planners share: the world they shop in (households, internet cafés, account holders who
 * come back), the game picks, and what honest orders bring later.
 */

export interface Cafe {
  m: Market;
  tz: number;
  ip: string;
  pcs: Array<{ userAgent: string; id?: string }>;
}

export interface HonestWorld {
  start: number;
  households: Household[];
  cafes: Cafe[];
  /** Account holders seen before, who may come back in the window. */
  pool: Shopper[];
}

export function honestWorld(rng: Rng, start: number): HonestWorld {
  const households = Array.from({ length: 45 }, (_, i) =>
    household(rng.fork(`home${i}`), pickMarket(rng), start),
  );
  const cafes = ['PH', 'PH', 'ID', 'ID', 'IN', 'NG', 'BR', 'MX', 'TR'].map((c, i) => {
    const r = rng.fork(`cafe${i}`);
    const m = market(c);
    const seat = deviceFor(r, c, false);
    const pcs = Array.from({ length: r.int(4, 10) }, () => ({ ...seat, id: `dfp_${r.token(24)}` }));
    return { m, tz: r.pick(m.tz), ip: shopper(r, m, { at: start, start }).ip, pcs };
  });
  return { start, households, cafes, pool: [] };
}

export const PLATFORM_MIX: Readonly<Record<Platform, number>> = {
  'Steam Wallet': 36,
  'PlayStation Store': 20,
  Xbox: 12,
  'Nintendo eShop': 8,
  'Google Play': 10,
  'Apple Gift Card': 6,
  Roblox: 5,
  'Razer Gold': 3,
};
export const saleFrom = (w: Window) => (w.end > w.start + SALE_OPENS ? w.start + SALE_OPENS : w.start);
export const onSale = (w: Window, t: number) => t >= w.start + SALE_OPENS;
export const pct = (rng: Rng, min: number, max: number) => Math.round(rng.float(min, max) * 20) / 20;

export function games(rng: Rng, m: Market, w: Window, at: number, count: number): Basket['lines'] {
  return Array.from({ length: count }, () => {
    const p = rng.chance(0.8) ? inRange(rng, GAMES, 4) : rng.pick(DLC);
    return line(p, m, 1, onSale(w, at) && rng.chance(0.55) ? pct(rng, 0.2, 0.75) : 0);
  });
}

/** What honest orders bring later: a refund, rarely a dispute (a forgotten purchase, a key in spam) or a warning. */
function aftercare(rng: Rng, b: Basket): Later[] {
  const out: Later[] = [];
  if (rng.chance(0.022)) {
    const partial = b.lines.length > 1 && rng.chance(0.5) ? b.lines[0] : undefined;
    out.push({
      type: 'refund.created',
      afterMs: rng.float(2 * HOUR, 12 * DAY),
      reason: rng.weighted({ requested_by_customer: 6, wrong_platform: 2, duplicate: 2 }),
      ...(partial ? { amount: partial.price * partial.quantity } : {}),
    });
  } else if (rng.chance(0.004))
    out.push({
      type: 'dispute.created',
      afterMs: rng.float(12 * DAY, 60 * DAY),
      reason: rng.weighted({ unrecognized: 4, product_not_received: 3, duplicate: 2, general: 1 }),
    });
  if (rng.chance(0.002))
    out.push({ type: 'fraud_warning.created', afterMs: rng.float(2 * DAY, 10 * DAY), reason: 'misc' });
  return out;
}

export function order(
  rng: Rng,
  kind: string,
  at: number,
  s: Shopper,
  b: Basket,
  pay?: Payment,
  extra: Later[] = [],
): Purchase {
  const p = pay ?? honestPayment(rng, s);
  return {
    at,
    fraud: false,
    kind,
    basket: b,
    billing: p.billing,
    attempts: p.attempts,
    later: [...p.later, ...extra, ...aftercare(rng, b)],
    buyer: buyerOf(s),
    method: p.method,
    ip: s.ip,
    device: s.device,
  };
}

/** A returning account holder (now and then one seen earlier in the stream), or a new shopper. */
export function someone(
  rng: Rng,
  world: HonestWorld,
  w: Window,
  age?: AccountAge,
  young?: boolean,
  phone?: boolean,
) {
  const back =
    world.pool.length > 20 && age === undefined && rng.chance(0.25) ? rng.pick(world.pool) : undefined;
  const m = back?.m ?? pickMarket(rng);
  const tz = back?.tz ?? rng.pick(m.tz);
  const at = when(rng, w, tz);
  const s = back ?? shopper(rng, m, { at, start: w.start, tz, ...(age ? { age } : {}), young, phone });
  if (!back && s.id && (s.createdAt ?? at) < w.start && rng.chance(0.4)) world.pool.push(s);
  return { s, m, at };
}
