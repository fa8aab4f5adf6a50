import { HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * When people order: three weeks of January cold-and-flu season, from Thursday 7 January 2027 (the day after
 * Epiphany, back at work) to Wednesday 27 January, with the flu wave building through the month, Sundays and
 * Mondays busiest, Friday and Saturday quiet, and payday (the 25th) with the store's payday sale.
 */

export const START = Date.UTC(2027, 0, 7);
export const DAYS = 21;

/** Relative orders by local hour, 0–23. */
export type Curve = readonly number[];

/** Households: a little at breakfast and lunch, most from 19 to 23. */
export const HOUSEHOLD: Curve = [
  0.25, 0.12, 0.06, 0.04, 0.04, 0.1, 0.35, 0.7, 0.85, 0.9, 0.95, 1.0, 1.15, 1.05, 0.95, 0.95, 1.0, 1.1, 1.3,
  1.7, 2.0, 2.1, 1.7, 0.9,
];
/** Somebody fell ill: early morning when they wake up with a fever, then evening. */
export const SICK: Curve = [
  0.35, 0.2, 0.12, 0.1, 0.12, 0.3, 1.1, 1.7, 1.8, 1.5, 1.2, 1.1, 1.1, 1.0, 0.95, 0.95, 1.0, 1.15, 1.35, 1.6,
  1.8, 1.7, 1.3, 0.7,
];
/** Older customers and relatives: mornings and afternoons, little after 21. */
export const DAYTIME: Curve = [
  0.05, 0.02, 0.02, 0.02, 0.03, 0.1, 0.4, 0.9, 1.4, 1.6, 1.6, 1.4, 1.3, 1.3, 1.3, 1.2, 1.2, 1.2, 1.3, 1.4,
  1.3, 0.9, 0.4, 0.15,
];
/** Workplaces: office hours. */
export const OFFICE: Curve = [
  0, 0, 0, 0, 0, 0, 0.05, 0.5, 1.5, 1.8, 1.8, 1.4, 1.0, 1.6, 1.6, 1.3, 0.8, 0.3, 0.1, 0.05, 0.05, 0.02, 0, 0,
];
/** Late evening and night: private purchases, and bots that run while the victims sleep. */
export const LATE: Curve = [
  1.6, 1.5, 1.3, 1.1, 0.8, 0.4, 0.2, 0.2, 0.3, 0.3, 0.35, 0.4, 0.45, 0.45, 0.45, 0.5, 0.55, 0.6, 0.7, 0.9,
  1.1, 1.4, 1.7, 1.8,
];
/** Around the clock, a little more in the evening. */
export const ANYTIME: Curve = [
  0.6, 0.5, 0.45, 0.4, 0.4, 0.5, 0.7, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.1, 1.2, 1.25,
  1.25, 1.1, 0.8,
];

/** The store's own clock: Sweden in January. */
export const STORE_TZ = 1;

const WEEKDAY = [1.15, 1.12, 1.02, 1.0, 0.97, 0.84, 0.8];

/** The local calendar date of `t` for UTC offset `tz`. */
export const localDate = (t: number, tz: number): Date => new Date(t + tz * HOUR);

/** The 25th to the 27th: the store's payday sale (LONEDAG20). */
export const isPayday = (t: number, tz = STORE_TZ): boolean => {
  const d = localDate(t, tz).getUTCDate();
  return d >= 25 && d <= 27;
};

/** Influenza and colds in January: from a post-holiday lull to the peak after the 20th. */
export function fluWave(t: number, tz: number): number {
  const d = localDate(t, tz);
  if (d.getUTCMonth() !== 0) return 1;
  const x = Math.min(1, Math.max(0, (d.getUTCDate() - 5) / 15));
  return 0.75 + 0.5 * x * x * (3 - 2 * x);
}

export interface Timing {
  curve: Curve;
  /** UTC offset of the buyer, hours. */
  tz: number;
  /** How much the flu wave moves this kind (0 none, 1 fully). */
  flu?: number;
  /** Orders on payday sale days are this much likelier. */
  payday?: number;
  /** Only Monday to Friday. */
  weekdays?: boolean;
}

function weight(t: number, s: Timing): number {
  const day = localDate(t, s.tz).getUTCDay();
  if (s.weekdays && (day === 0 || day === 6)) return 0;
  const flu = 1 + (s.flu ?? 0) * (fluWave(t, s.tz) - 1);
  const pay = s.payday && isPayday(t, s.tz) ? s.payday : 1;
  return (s.curve[Math.floor(localHour(t, s.tz))] ?? 0) * (WEEKDAY[day] ?? 1) * flu * pay;
}

/** A moment in the window, drawn by the buyer's local hour, weekday, the flu wave and payday (rejection). */
export function placedAt(rng: Rng, w: Window, s: Timing): number {
  const top = Math.max(...s.curve) * 1.15 * 1.25 * Math.max(1, s.payday ?? 1);
  for (let i = 0; i < 400; i++) {
    const t = rng.float(w.start, w.end);
    if (rng.next() * top < weight(t, s)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
