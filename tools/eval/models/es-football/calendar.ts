import { DAY, HOUR, localHour, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Three weeks of November 2026, from Tuesday the 10th to Cyber Monday the 30th, in Madrid time (UTC+1): the
 * club's new third kit goes on sale on Thursday the 12th at 10:00 with a numbered launch edition, the Clásico
 * is played on Saturday the 21st at 21:00, Black Friday week runs from Thursday the 26th to Cyber Monday, and
 * a limited retro shirt drops on Black Friday at 10:00. Moments are offsets from the window's start, so a
 * moved window keeps them; a moment past a shorter window's end simply does not happen.
 */

export const START = Date.UTC(2026, 10, 9, 23); // Tuesday 10 November 2026, 00:00 in Madrid
export const DAYS = 21;
export const MADRID = 1;

export interface Moments {
  /** The stream's start. */
  start: number;
  /** The third kit's launch (numbered launch edition, one per customer). */
  launch: number;
  /** Kick-off of the Clásico. */
  clasico: number;
  /** Black Friday, 00:00 Madrid; the sale opens a day earlier. */
  blackFriday: number;
  /** The limited retro shirt drop, Black Friday 10:00. */
  retroDrop: number;
  /** Cyber Monday, 00:00 Madrid; the sale ends at its midnight. */
  cyberMonday: number;
}

export const momentsOf = (w: Window): Moments => ({
  start: w.start,
  launch: w.start + 2 * DAY + 10 * HOUR,
  clasico: w.start + 11 * DAY + 21 * HOUR,
  blackFriday: w.start + 17 * DAY,
  retroDrop: w.start + 17 * DAY + 10 * HOUR,
  cyberMonday: w.start + 20 * DAY,
});

export const inWindow = (w: Window, t: number): boolean => t >= w.start && t < w.end;

/** Whether the Black Friday sale is on at `t` (Thursday before Black Friday to the end of Cyber Monday). */
export const saleOn = (m: Moments, t: number): boolean => t >= m.blackFriday - DAY && t < m.cyberMonday + DAY;

/** Consumers' hours (local): asleep at night, lunch and a late evening peak (Spanish evenings run late). */
const CONSUMER = [
  0.5, 0.28, 0.14, 0.08, 0.05, 0.06, 0.14, 0.32, 0.52, 0.68, 0.82, 0.92, 1.0, 1.05, 1.0, 0.92, 0.9, 0.95,
  1.05, 1.15, 1.25, 1.35, 1.3, 0.95,
];

/** How much busier the shop is at `t` than on an ordinary early-November day. */
export function busy(m: Moments, t: number): number {
  const day = Math.floor((t - m.start) / DAY);
  let x = 1 + 0.015 * day;
  if (t >= m.launch && t < m.launch + 3 * HOUR) x *= 4;
  else if (t >= m.launch && t < m.launch + 2 * DAY) x *= 1.4;
  if (t >= m.clasico && t < m.clasico + 2 * HOUR) x *= 0.6;
  else if (t >= m.clasico + 2 * HOUR && t < m.clasico + 28 * HOUR) x *= 1.6;
  if (saleOn(m, t)) {
    const sale = Math.floor((t - (m.blackFriday - DAY)) / DAY);
    x *= [1.5, 2.6, 1.8, 1.7, 2.3][sale] ?? 1;
  }
  if (t >= m.retroDrop && t < m.retroDrop + HOUR) x *= 1.6;
  return x;
}

export type Shape = 'consumer' | 'office' | 'night' | 'evening';

function shapeAt(shape: Shape, t: number, tz: number): number {
  const h = localHour(t, tz);
  const hour = Math.floor(h);
  if (shape === 'consumer') return CONSUMER[hour] ?? 1;
  if (shape === 'night') return h < 6 ? 1 : h >= 23 ? 0.6 : 0.08;
  if (shape === 'evening') return h >= 18 && h < 24 ? 1 : h >= 12 && h < 18 ? 0.35 : 0.05;
  const weekday = new Date(t + tz * HOUR).getUTCDay();
  if (weekday === 0 || weekday === 6) return 0.05;
  return (h >= 9 && h < 14) || (h >= 16 && h < 19.5) ? 1 : 0.04;
}

/**
 * A moment in the window for a buyer at UTC offset `tz`: by rejection against the shop's busyness and the
 * shape of the buyer's day (`flat` ignores the shop's events: fraud that keeps its own schedule).
 */
export function when(
  rng: Rng,
  w: Window,
  tz: number,
  shape: Shape = 'consumer',
  flat = false,
  m: Moments = momentsOf(w),
): number {
  for (let i = 0; i < 3000; i++) {
    const t = rng.float(w.start, w.end);
    const x = shapeAt(shape, t, tz) * (flat ? 1 : busy(m, t));
    if (rng.next() * 8 < x) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment after `moment` (by about `mean` ms), or `fallback()` when that falls outside the window. */
export function after(rng: Rng, w: Window, moment: number, mean: number, fallback: () => number): number {
  const t = Math.floor(moment + rng.exp(mean));
  return inWindow(w, moment) && inWindow(w, t) ? t : fallback();
}

/** A moment while the Black Friday sale is on, or any time when the window misses the sale. */
export function duringSale(rng: Rng, w: Window, tz: number, shape: Shape = 'consumer'): number {
  const m = momentsOf(w);
  const start = Math.max(w.start, m.blackFriday - DAY);
  const end = Math.min(w.end, m.cyberMonday + DAY);
  if (start >= end) return when(rng, w, tz, shape, false, m);
  return when(rng, { start, end }, tz, shape, false, m);
}

export { DAY, HOUR, MINUTE };
