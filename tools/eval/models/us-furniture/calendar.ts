import { DAY, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The Presidents' Day sale: Thursday 4 February 2027 (early access) to Wednesday 17 February 2027, midnight to
 * midnight Eastern. Presidents' Day is Monday 15 February; the long weekend before it is the busiest stretch
 * of the furniture year's first quarter, and the last two days ("final hours") pick up again.
 */

export const START = Date.UTC(2027, 1, 4, 5);
export const DAYS = 14;

/** Each sale day's weight, from Thursday 4 to Wednesday 17 February. */
const DAY_WEIGHT = [0.8, 0.85, 1.15, 1.05, 0.75, 0.75, 0.8, 0.9, 1.1, 1.6, 1.4, 1.75, 1.0, 1.2];
const MAX_DAY = Math.max(...DAY_WEIGHT);

export type Curve = 'household' | 'office' | 'night' | 'any';

/** Local hours 0–23: households shop at lunch, and most of all on the sofa after dinner. */
const HOUSEHOLD = [
  0.18, 0.09, 0.05, 0.04, 0.04, 0.07, 0.18, 0.35, 0.55, 0.75, 0.9, 1.0, 1.05, 1.0, 0.95, 0.9, 0.9, 0.95, 1.1,
  1.35, 1.5, 1.45, 1.1, 0.5,
];
/** Designers and hosts ordering from an office, weekdays. */
const OFFICE = [
  0, 0, 0, 0, 0, 0, 0, 0.2, 0.8, 1.0, 1.0, 0.9, 0.7, 0.9, 1.0, 1.0, 0.8, 0.4, 0.1, 0, 0, 0, 0, 0,
];
/** Card testers and bots run while the store's staff sleep. */
const NIGHT = [
  1.0, 1.0, 1.0, 1.0, 0.9, 0.7, 0.4, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2,
  0.3, 0.6, 0.9,
];
const FLAT = Array.from({ length: 24 }, () => 1);

const CURVES: Record<Curve, readonly number[]> = {
  household: HOUSEHOLD,
  office: OFFICE,
  night: NIGHT,
  any: FLAT,
};

/** The day's weight for a moment: the sale's calendar laid from the window's start. */
const dayWeight = (t: number, w: Window): number =>
  DAY_WEIGHT[Math.floor((t - w.start) / DAY) % DAY_WEIGHT.length] ?? 1;

/**
 * A moment in the window, by the sale's day weights and the local hour curve at UTC offset `tz` (office hours
 * also skip weekends): rejection sampling, up to 600 draws, then any moment.
 */
export function when(rng: Rng, w: Window, tz: number, curve: Curve): number {
  const hours = CURVES[curve];
  const peak = Math.max(...hours);
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    const h = localHour(t, tz);
    if (curve === 'office') {
      const weekday = new Date(t + tz * 3_600_000).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
    }
    const weight = (dayWeight(t, w) / MAX_DAY) * ((hours[Math.floor(h)] ?? 0) / peak);
    if (rng.next() < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment within `spread` ms after `t`, still inside the window. */
export const soonAfter = (rng: Rng, w: Window, t: number, spread: number): number =>
  Math.min(w.end - 1, Math.floor(t + rng.float(0, spread)));
