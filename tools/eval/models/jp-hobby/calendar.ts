import { DAY, HOUR, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's week: Monday 1 March 2027, 00:00 JST (UTC+9, no daylight saving) to the end of Sunday 7 March.
 * Three dates shape it: the lottery results mailed Monday 18:00 (winners pay by Thursday night), a scale-figure
 * pre-order opening Wednesday 12:00, and the release of two booster boxes Friday 10:00, which brings the fans,
 * the resellers and their bots in the same few minutes.
 */

export const JST = 9;
/** Monday 1 March 2027, 00:00 JST. */
export const DEFAULT_START = Date.UTC(2027, 1, 28, 15, 0);

/** Lottery results mailed Monday 18:00 JST; winners have until Thursday 23:59. */
export const lotteryResults = (start: number): number => start + 18 * HOUR;
export const lotteryDeadline = (start: number): number => start + 3 * DAY + 24 * HOUR - MINUTE;
/** Pre-orders for the limited scale figure open Wednesday 12:00 JST. */
export const preorderOpening = (start: number): number => start + 2 * DAY + 12 * HOUR;
/** Booster boxes go on sale Friday 10:00 JST. */
export const releaseDrop = (start: number): number => start + 4 * DAY + 10 * HOUR;

/** Relative traffic by local hour: asleep 2–7, a commute and lunch bump, busiest 21–24. */
const HOURLY = [
  5, 3, 1.5, 0.8, 0.5, 0.5, 1, 2, 3.5, 4, 4.5, 5, 6.5, 5.5, 4.5, 4.5, 5, 5.5, 6, 7, 8.5, 10, 10, 8,
] as const;
/** Monday … Sunday (the week starts on a Monday); weekends are busier. */
const DAILY = [0.9, 0.85, 0.95, 0.9, 1.1, 1.35, 1.3] as const;

const localHourOf = (t: number, tz: number) => (((t / HOUR + tz) % 24) + 24) % 24;

/** An honest moment in the window, following the day curve in the shopper's own time zone. */
export function ordinaryMoment(rng: Rng, w: Window, tz: number): number {
  for (let i = 0; i < 500; i++) {
    const t = rng.float(w.start, w.end);
    const h = HOURLY[Math.floor(localHourOf(t, tz))] ?? 1;
    const d = DAILY[Math.floor((t - w.start) / DAY) % 7] ?? 1;
    if (rng.next() * 14 < h * d) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Shortly after `at` (mean `mean` ms), if that falls in the window; else an ordinary moment. */
export function around(rng: Rng, w: Window, at: number, mean: number, tz = JST): number {
  const t = Math.floor(at + rng.exp(mean));
  return t >= w.start && t < w.end ? t : ordinaryMoment(rng, w, tz);
}

/** Uniformly between two moments, clipped to the window (else an ordinary moment). */
export function between(rng: Rng, w: Window, from: number, to: number, tz = JST): number {
  const lo = Math.max(from, w.start);
  const hi = Math.min(to, w.end);
  return hi > lo ? Math.floor(rng.float(lo, hi)) : ordinaryMoment(rng, w, tz);
}
