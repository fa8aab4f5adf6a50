import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The default window: 31 days from Monday 23 November 2026, 00:00 in Lagos (WAT, UTC+1, no summer time), to
 * Christmas Eve. It holds the Black Friday sale (Thursday 26 to Cyber Monday 30 November, the Friday the
 * busiest day of the year) and the run-up to "detty December": diaspora visitors landing from mid-December,
 * an owambe (party) every weekend, the last international dispatch for Christmas on 17 December.
 */

export const START = Date.UTC(2026, 10, 22, 23);
export const DAYS = 31;
export const LAGOS = 1;

/** Days of the default window (0 = Monday 23 November). */
export const at = (day: number): number => START + day * DAY;

/** The sale: early access on Thursday 26, Black Friday 27, the weekend and Cyber Monday 30 November. */
export const SALE = { from: at(3), to: at(8) } as const;
export const BLACK_FRIDAY = at(4);
/** December: office gifting starts, then the returnees and the parties. */
export const DECEMBER = at(8);
export const RETURNEES = at(16);
/** The last international dispatch before Christmas. */
export const LAST_EXPORT = at(24);

/** How busy each day of the default window is, against an ordinary weekday of 1. */
const DAY_WEIGHT: readonly number[] = [
  0.8, 0.8, 0.9, 1.5, 3.0, 2.2, 1.7, 1.9, 0.9, 0.9, 1.0, 1.1, 1.0, 0.9, 1.0, 1.0, 1.1, 1.2, 1.3, 1.2, 1.1,
  1.2, 1.3, 1.4, 1.5, 1.6, 1.4, 1.3, 1.4, 1.4, 1.3,
];
const MAX_DAY = 3.0;

/** A day's weight; outside the default calendar every day is an ordinary December day. */
export function dayWeight(t: number): number {
  const d = Math.floor((t - START) / DAY);
  return DAY_WEIGHT[d] ?? 1.2;
}

/** Relative weight of each local hour 0–23. */
export type Hours = readonly number[];

/** People shopping from their phones: a little at lunch, most after work and late into the night. */
export const SHOPPER: Hours = [
  0.5, 0.3, 0.15, 0.1, 0.1, 0.15, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0, 1.1, 1.1, 1.0, 1.0, 1.0, 1.1, 1.2, 1.4, 1.6,
  1.7, 1.5, 0.9,
];
/** Office buyers: working hours only. */
export const OFFICE: Hours = [
  0, 0, 0, 0, 0, 0, 0, 0, 0.4, 1.0, 1.2, 1.2, 1.0, 0.8, 1.1, 1.1, 0.9, 0.4, 0, 0, 0, 0, 0, 0,
];
/** Fraud and testing runs: mostly after midnight, Lagos time. */
export const NIGHT: Hours = [
  1.0, 1.2, 1.3, 1.3, 1.1, 0.7, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.4,
  0.5, 0.7, 0.9,
];
/** Black Friday hunters: the midnight launch, then the same evening peak. */
export const LAUNCH: Hours = [
  2.5, 1.8, 0.8, 0.3, 0.2, 0.2, 0.4, 0.7, 0.9, 1.0, 1.0, 1.1, 1.2, 1.1, 1.0, 1.0, 1.0, 1.1, 1.2, 1.4, 1.6,
  1.7, 1.6, 1.4,
];

/** The local weekday (0 = Sunday) at `t` in UTC offset `tz`. */
export const weekday = (t: number, tz: number): number => new Date(t + tz * HOUR).getUTCDay();

export interface When {
  /** The buyer's UTC offset. */
  tz: number;
  hours: Hours;
  /** A part of the default calendar; the whole window when the window misses it. */
  from?: number;
  to?: number;
  /** Weekdays only (office buyers). */
  weekdays?: boolean;
  /** Local weekdays allowed (0 = Sunday). */
  days?: readonly number[];
  /** Flatten the calendar (a kind whose own dates matter more than the store's busy days). */
  flat?: boolean;
}

/**
 * A moment in the window (or its part `from`–`to`), drawn by the store's busy days and the buyer's hours:
 * uniform candidates kept with probability day weight × hour weight, up to 2,000 tries.
 */
export function when(rng: Rng, w: Window, o: When): number {
  let lo = Math.max(w.start, o.from ?? w.start);
  let hi = Math.min(w.end, o.to ?? w.end);
  if (hi - lo < HOUR) [lo, hi] = [w.start, w.end];
  const maxHour = Math.max(...o.hours);
  for (let i = 0; i < 2000; i++) {
    const t = Math.floor(rng.float(lo, hi));
    const wd = weekday(t, o.tz);
    if (o.weekdays && (wd === 0 || wd === 6)) continue;
    if (o.days && !o.days.includes(wd)) continue;
    const day = o.flat ? 1 : dayWeight(t) / MAX_DAY;
    const hour = (o.hours[Math.floor(localHour(t, o.tz))] ?? 0) / maxHour;
    if (rng.chance(day * hour)) return t;
  }
  return Math.floor(rng.float(lo, hi));
}
