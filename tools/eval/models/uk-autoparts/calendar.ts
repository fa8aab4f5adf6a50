import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The window: two weeks of winter preparation from Monday 9 November 2026, 00:00 UTC (GMT in the UK and
 * Ireland, UTC+1 on the continent). A cold snap in the second week makes the last days busier.
 */

export const START = Date.UTC(2026, 10, 9);
export const DAYS = 14;

/** Relative demand by local hour for a kind of buyer. */
export type Curve = readonly number[];

/** Evenings and lunch, a weekend morning bump in the weights of `weekendBoost`. */
export const CONSUMER: Curve = [
  1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 4.5, 5, 6, 5.5, 5, 5, 5, 5.5, 6.5, 8, 9, 8, 5, 2.5,
];
/** Garages order from 7:30 to 17:30 on weekdays, a few on Saturday mornings. */
export const OFFICE: Curve = [0, 0, 0, 0, 0, 0, 0.2, 3, 8, 9, 9, 8, 6, 7, 8, 8, 6, 3, 0.5, 0, 0, 0, 0, 0];
/** Enthusiasts and card testers: late evening and the small hours. */
export const NIGHT: Curve = [
  8, 9, 9, 8, 6, 3, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1, 1, 1.5, 2, 3, 4, 5, 6, 7,
];

const weekday = (t: number, tz: number): number => new Date(t + tz * HOUR).getUTCDay();

/** A moment in the window drawn by the curve (and, for `weekdays`, Monday to Saturday noon), later days busier. */
export function momentIn(rng: Rng, w: Window, curve: Curve, tz = 0, weekdays = false): number {
  const peak = Math.max(...curve);
  const span = w.end - w.start;
  for (let i = 0; i < 400; i++) {
    // Demand rises through the window: the density grows linearly from 1 to 1.8.
    const u = rng.next();
    const x = (-1 + Math.sqrt(1 + 1.6 * u * (1 + 0.4))) / 0.8;
    const t = w.start + Math.min(0.999999, x) * span;
    const h = localHour(t, tz);
    const d = weekday(t, tz);
    if (weekdays && (d === 0 || (d === 6 && h >= 12))) continue;
    if (rng.next() * peak < (curve[Math.floor(h)] ?? 0)) return Math.floor(t);
  }
  return Math.floor(w.start + rng.next() * span);
}

export { DAY, HOUR };
