import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: three autumn weeks from Monday 19 October 2026, when the summer's visitors are home again and
 * furnishing for winter, and Turkish buyers shop before the cold. The last week is a little busier (the shop's
 * "autumn kilim week" newsletter goes out on 2 November).
 */

export const START = Date.UTC(2026, 9, 19);
export const DAYS = 21;

/** How busy an hour of a buyer's own day is: evenings and lunch breaks, little at night. */
const HOURLY = [
  0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.3, 0.55, 0.8, 1, 1.1, 1.15, 1.3, 1.25, 1.1, 1.05, 1.1, 1.2, 1.35, 1.6,
  1.8, 1.7, 1.2, 0.6,
];
const PEAK = 1.8;

/** Office hours on weekdays (designers, trade buyers). */
export const officeHours = (t: number, tz: number): boolean => {
  const local = t + tz * HOUR;
  const day = new Date(local).getUTCDay();
  const h = localHour(t, tz);
  return day !== 0 && day !== 6 && h >= 9 && h < 18.5;
};

/** The later part of the window is busier: weight 1 at the start rising to 1.35 at the end. */
const trend = (t: number, w: Window): number => 1 + (0.35 * (t - w.start)) / Math.max(1, w.end - w.start);

/** A moment in the window, drawn by the buyer's local hour curve (tz hours from UTC). */
export function placedAt(
  rng: Rng,
  w: Window,
  tz: number,
  shape: 'people' | 'office' | 'night' = 'people',
): number {
  for (let i = 0; i < 500; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const h = localHour(t, tz);
    let weight = (HOURLY[Math.floor(h)] ?? 1) / PEAK;
    if (shape === 'office') weight = officeHours(t, tz) ? 1 : 0.03;
    if (shape === 'night') weight = h < 6 || h >= 23 ? 1 : 0.15;
    if (rng.next() < (weight * trend(t, w)) / 1.35) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

export { DAY };
