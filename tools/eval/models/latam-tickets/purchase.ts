import { type CheckResult } from '@vigil/contracts';
import { type Basket } from './catalog.js';
import { country, type Address } from './geo.js';
import { type Device } from './devices.js';
import { type Rng } from '../kit/random.js';
import { type Card, type CardAttempt, type Later } from '../kit/purchase.js';

/** One purchase as the model plans it, before it becomes webhooks (events.ts). */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type Attempt = CardAttempt;
export type { Later, LaterType } from '../kit/purchase.js';

export interface Purchase {
  at: number;
  fraud: boolean;
  kind: string;
  basket: Basket;
  buyer: { id?: string; email: string; name: string; createdAt?: number };
  billing: Address;
  /** Only for the few orders with something physical (printed tickets, welcome packs). */
  shipping?: Address;
  ip: string;
  device: Device;
  attempts: Attempt[];
  later: Later[];
}

/** The stream's window and its moments. */
export interface Clock {
  start: number;
  end: number;
  /** The headline concert's general sale opens here. */
  onSale: number;
}

/** Relative activity by local hour: late evenings on the sofa, lunch breaks, quiet nights. */
const LOCAL_HOUR = [
  2, 1, 0.6, 0.4, 0.3, 0.4, 0.8, 1.6, 2.6, 3.4, 4, 4.4, 4.8, 4.6, 4.2, 4, 4.2, 4.6, 5, 5.6, 6.4, 7, 6, 3.8,
];

/** A moment in the window, weighted by the local hour in `home`. */
export function whenIn(rng: Rng, clock: Clock, home: string, from = clock.start, to = clock.end): number {
  const tz = country(home).tz;
  for (let i = 0; i < 50; i++) {
    const t = rng.float(from, to);
    const hour = Math.floor((((t / HOUR + tz) % 24) + 24) % 24);
    if (rng.next() * 7 < (LOCAL_HOUR[hour] ?? 1)) return Math.floor(t);
  }
  return Math.floor(rng.float(from, to));
}

/** A moment at one local hour range in `home` (card testers' night shift). */
export function atLocalHours(rng: Rng, clock: Clock, home: string, fromHour: number, toHour: number): number {
  const tz = country(home).tz;
  for (let i = 0; i < 200; i++) {
    const t = rng.float(clock.start, clock.end);
    const hour = (((t / HOUR + tz) % 24) + 24) % 24;
    if (hour >= fromHour && hour < toHour) return Math.floor(t);
  }
  return Math.floor(rng.float(clock.start, clock.end));
}

/** Address checks: only US, British and Canadian issuers run AVS; the rest answer `unavailable`. */
export function avsFor(card: Card, matches: boolean | 'partial'): CheckResult {
  if (!['US', 'GB', 'CA'].includes(card.country)) return 'unavailable';
  return matches === 'partial' ? 'partial' : matches ? 'pass' : 'fail';
}

export const paid = (
  card: Card,
  afterMs: number,
  avs: CheckResult = 'unavailable',
  cvc: CheckResult = 'pass',
): Attempt => ({ card, ok: true, avs, cvc, afterMs });
export const declined = (
  card: Card,
  afterMs: number,
  avs: CheckResult = 'unavailable',
  cvc: CheckResult = 'pass',
): Attempt => ({ card, ok: false, avs, cvc, afterMs });
