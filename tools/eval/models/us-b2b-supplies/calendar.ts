import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Clocks of the store's customers: North American time zones with daylight saving time, and the order curves
 * of offices (work hours, a lunch dip, quiet weekends), trades (early starts, Saturdays) and households
 * (evenings, weekends as usual).
 */

export type Zone = 'ET' | 'CT' | 'MT' | 'AZ' | 'PT' | 'AT' | 'SK';

const STANDARD: Readonly<Record<Zone, number>> = { ET: -5, CT: -6, MT: -7, AZ: -7, PT: -8, AT: -4, SK: -6 };

/** Midnight UTC of the `n`th Sunday of `month` (0-based) in `year`. */
function nthSunday(year: number, month: number, n: number): number {
  const first = Date.UTC(year, month, 1);
  const toSunday = (7 - new Date(first).getUTCDay()) % 7;
  return first + (toSunday + 7 * (n - 1)) * DAY;
}

/** UTC offset in hours at `t`: daylight time from the second Sunday of March to the first of November. */
export function offset(zone: Zone, t: number): number {
  const base = STANDARD[zone];
  if (zone === 'AZ' || zone === 'SK') return base;
  const year = new Date(t).getUTCFullYear();
  const start = nthSunday(year, 2, 2) + (2 - base) * HOUR;
  const end = nthSunday(year, 10, 1) + (1 - base) * HOUR;
  return t >= start && t < end ? base + 1 : base;
}

export type Curve = 'office' | 'trades' | 'household';

/** Relative orders per local hour on a weekday. */
const BY_HOUR: Readonly<Record<Curve, readonly number[]>> = {
  office: [
    0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 1.1, 2.6, 5.4, 7.6, 8.0, 7.3, 5.8, 7.0, 7.5, 6.6, 4.8, 2.9, 1.7, 1.5, 1.4,
    1.2, 0.8, 0.4,
  ],
  trades: [
    0.2, 0.1, 0.1, 0.2, 0.7, 2.2, 4.8, 6.6, 6.5, 5.8, 5.3, 4.9, 5.2, 4.9, 4.5, 4.1, 3.6, 2.8, 2.4, 2.6, 2.5,
    1.9, 1.0, 0.4,
  ],
  household: [
    1.1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 1.6, 2.4, 3.0, 3.4, 3.6, 3.8, 3.6, 3.5, 3.5, 3.6, 4.0, 4.7, 5.5, 5.9,
    5.2, 3.8, 2.2,
  ],
};

/** Saturday and Sunday, relative to a weekday. */
const WEEKEND: Readonly<Record<Curve, readonly [number, number]>> = {
  office: [0.14, 0.08],
  trades: [0.45, 0.18],
  household: [1.05, 0.95],
};

const PEAK = 8.0;

/** The weight of moment `t` for a customer in `zone` on `curve`. */
export function busy(t: number, zone: Zone, curve: Curve): number {
  const tz = offset(zone, t);
  const h = Math.floor(localHour(t, tz));
  const weekday = new Date(t + tz * HOUR).getUTCDay();
  let weight = BY_HOUR[curve][h] ?? 1;
  if (weekday === 6) weight *= WEEKEND[curve][0];
  if (weekday === 0) weight *= WEEKEND[curve][1];
  if (weekday === 5 && curve === 'office' && h >= 13) weight *= 0.75;
  return weight;
}

/** A moment in [from, to) following the curve in `zone`. */
export function when(rng: Rng, w: Window, zone: Zone, curve: Curve, from = w.start, to = w.end): number {
  for (let i = 0; i < 120; i++) {
    const t = rng.float(from, to);
    if (rng.next() * PEAK < busy(t, zone, curve)) return Math.floor(t);
  }
  return Math.floor(rng.float(from, to));
}

/** A moment in the window between local hours `from` and `to` of `zone` (may pass midnight). */
export function between(rng: Rng, w: Window, zone: Zone, from: number, to: number): number {
  for (let i = 0; i < 400; i++) {
    const t = rng.float(w.start, w.end);
    const h = localHour(t, offset(zone, t));
    if (from <= to ? h >= from && h < to : h >= from || h < to) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** The local hour of `t` in `zone`. */
export const hourIn = (t: number, zone: Zone): number => localHour(t, offset(zone, t));
