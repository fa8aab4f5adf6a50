import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: four weeks from the Día Nacional del Vino (Friday 4 September 2026) past Fiestas Patrias (Friday
 * 18 and Saturday 19 September) into the first weeks of spring, in Santiago's time. Chile moves from UTC−4 to
 * summer time (UTC−3) at midnight on Saturday 5 September 2026 and back on the first Saturday of April.
 */

/** 4 September 2026, 00:00 in Santiago (UTC−4). */
export const START = Date.UTC(2026, 8, 4, 4);
export const DAYS = 28;

const SUMMER_FROM = Date.UTC(2026, 8, 6, 4);
const SUMMER_TO = Date.UTC(2027, 3, 4, 3);

/** Santiago's UTC offset (hours) at `t`: −3 in the southern summer, −4 otherwise. */
export const tzAt = (t: number): number => (t >= SUMMER_FROM && t < SUMMER_TO ? -3 : -4);

/** The local wall-clock time at `t`, as a Date read with its UTC getters. */
export const local = (t: number): Date => new Date(t + tzAt(t) * HOUR);

/** Fiestas Patrias: the 18th and the 19th (Glorias del Ejército) are public holidays; couriers do not run. */
export const isHoliday = (t: number): boolean => {
  const d = local(t);
  return d.getUTCMonth() === 8 && (d.getUTCDate() === 18 || d.getUTCDate() === 19);
};

/**
 * How busy each September day is against an ordinary weekday: the Día del Vino promotion, the run-up to the
 * dieciocho (households stocking pisco, chicha and Carménère for the fondas and asados, companies ordering
 * gift boxes; the last safe delivery day is the 16th), the holidays themselves (almost nothing), the quiet
 * Sunday after, then spring and the end-of-month payday.
 */
const SEPTEMBER: Readonly<Record<number, number>> = {
  4: 1.5,
  5: 0.95,
  6: 0.8,
  7: 1.05,
  8: 1.15,
  9: 1.25,
  10: 1.5,
  11: 1.65,
  12: 1.55,
  13: 1.45,
  14: 2.0,
  15: 2.2,
  16: 2.25,
  17: 1.5,
  18: 0.45,
  19: 0.4,
  20: 0.55,
  21: 0.8,
  22: 0.85,
  23: 0.9,
  24: 0.95,
  25: 1.1,
  26: 0.95,
  27: 0.85,
  28: 1.15,
  29: 1.25,
  30: 1.3,
};

export function dayWeight(t: number): number {
  const d = local(t);
  if (d.getUTCMonth() === 8) return SEPTEMBER[d.getUTCDate()] ?? 1;
  const weekday = d.getUTCDay();
  return weekday === 0 ? 0.75 : weekday === 6 ? 0.9 : d.getUTCDate() >= 28 ? 1.15 : 1;
}

/** Santiago's online shoppers: a lunch peak, a long evening peak after dinner, little after one in the morning. */
export const SHOPPERS: readonly number[] = [
  0.45, 0.22, 0.1, 0.05, 0.04, 0.06, 0.15, 0.35, 0.6, 0.9, 1.1, 1.25, 1.35, 1.3, 1.05, 1.0, 1.0, 1.05, 1.15,
  1.35, 1.6, 1.85, 1.7, 1.05,
];
/** Purchasing departments and restaurant managers: weekday office hours. */
export const OFFICE: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0.3, 1.0, 1.3, 1.3, 1.0, 0.6, 0.9, 1.2, 1.2, 0.9, 0.4, 0.1, 0, 0, 0, 0,
];
/** Card testers and bots: the small hours, when nobody watches the shop. */
export const NIGHT: readonly number[] = [
  0.8, 1.0, 1.2, 1.3, 1.3, 1.0, 0.5, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2,
  0.3, 0.5, 0.6,
];

/**
 * A moment in the window, drawn by the day's weight and the hour's (Santiago time); `weekdays` keeps it to
 * Monday–Friday and off the holidays. Rejection sampling, at most 600 draws, then any moment.
 */
export function moment(rng: Rng, w: Window, hours: readonly number[] = SHOPPERS, weekdays = false): number {
  const top = 2.25 * Math.max(...hours);
  for (let i = 0; i < 600; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const d = local(t);
    if (weekdays && (d.getUTCDay() === 0 || d.getUTCDay() === 6 || isHoliday(t))) continue;
    const h = d.getUTCHours();
    if (rng.next() * top < dayWeight(t) * (hours[h] ?? 0)) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** The next courier working day at or after `t` (no deliveries on Sundays or on the 18th and 19th). */
export function workingDay(t: number): number {
  let at = t;
  for (let i = 0; i < 5 && (local(at).getUTCDay() === 0 || isHoliday(at)); i++) at += DAY;
  return at;
}
