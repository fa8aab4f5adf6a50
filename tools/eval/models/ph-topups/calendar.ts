import { HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's season: fourteen days from Tuesday 15 December 2026, 00:00 in Manila (UTC+8), the mid-month
 * payday on which most employers pay the 13th-month bonus, through Christmas to the Monday after. Busiest on
 * payday and the last shopping days before Christmas Eve; quiet during Noche Buena (the Christmas Eve dinner,
 * 20:00–01:00), then children spend their "pamasko" (Christmas money) on game credits from Christmas afternoon.
 */

export const MANILA = 8;
export const START = Date.UTC(2026, 11, 14, 16);
export const DAYS = 14;

/** How busy a Manila calendar day is, by day of December; other months are ordinary. */
const DECEMBER: Readonly<Record<number, number>> = {
  14: 1.1,
  15: 1.6,
  16: 1.2,
  17: 1.1,
  18: 1.25,
  19: 1.3,
  20: 1.25,
  21: 1.3,
  22: 1.4,
  23: 1.55,
  24: 1.35,
  25: 1.2,
  26: 1.1,
  27: 1.0,
  28: 1.05,
  29: 1.15,
  30: 1.45,
  31: 1.3,
};

/** The Manila date and hour of a moment. */
export function manila(t: number): { month: number; day: number; weekday: number; hour: number } {
  const d = new Date(t + MANILA * HOUR);
  return { month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay(), hour: d.getUTCHours() };
}

/** How busy the store is at `t`, relative to an ordinary hour of an ordinary day (hour curves aside). */
export function busy(t: number): number {
  const { month, day, hour } = manila(t);
  if (month !== 11) return 1;
  let f = DECEMBER[day] ?? 1;
  // Noche Buena: families at the table from about 20:00 on the 24th until after midnight.
  if ((day === 24 && hour >= 20) || (day === 25 && hour < 1)) f *= 0.35;
  if (day === 25 && hour < 9) f *= 0.6;
  return f;
}

/** Game credits bought with Christmas money: the afternoons of the 25th to the 27th. */
export function pamasko(t: number): number {
  const { month, day, hour } = manila(t);
  return month === 11 && day >= 25 && day <= 27 && hour >= 12 ? 1.9 : 1;
}

/** A local-hour curve: 24 weights, one per hour of the buyer's own clock. */
export type Curve = readonly number[];

/** Households in the Philippines: lunch and a long evening peak, little after midnight. */
export const HOUSEHOLD: Curve = [
  3, 2, 1, 1, 1, 2, 4, 6, 7, 7, 7, 8, 10, 8, 7, 7, 7, 8, 10, 12, 13, 13, 11, 7,
];
/** Players: after school and late into the night. */
export const PLAYER: Curve = [8, 6, 4, 2, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 10, 10, 11, 12, 13, 13, 11];
/** Workers abroad, on their own clock: a little at lunch, mostly after the shift. */
export const AFTER_SHIFT: Curve = [4, 2, 1, 1, 1, 2, 3, 3, 2, 2, 3, 4, 6, 5, 3, 3, 4, 6, 9, 11, 12, 11, 9, 6];
/** Loading agents: stock up as the sari-sari store opens, top up again in the evening. */
export const STORE_HOURS: Curve = [1, 0, 0, 0, 1, 5, 10, 11, 9, 7, 6, 6, 6, 5, 5, 5, 6, 7, 8, 8, 6, 3, 2, 1];
/** Offices: weekday working hours. */
export const OFFICE: Curve = [0, 0, 0, 0, 0, 0, 0, 1, 6, 10, 10, 9, 5, 8, 10, 10, 8, 5, 2, 0, 0, 0, 0, 0];
/** People paying bills: before and after work, at lunch. */
export const BILLS: Curve = [1, 1, 0, 0, 0, 1, 4, 7, 9, 9, 8, 8, 10, 8, 7, 7, 7, 8, 9, 10, 9, 7, 4, 2];
/** The small hours, when few people are watching. */
export const SMALL_HOURS: Curve = [
  8, 10, 11, 11, 10, 7, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 5,
];

export interface When {
  /** UTC offset of the buyer's clock, hours. */
  tz: number;
  curve: Curve;
  /** Weekdays only (offices). */
  weekdays?: boolean;
  /** Extra weight on the buyer's Sundays (domestic workers in Hong Kong have Sunday off). */
  sunday?: number;
  /** Extra weight for game credits after Christmas. */
  games?: boolean;
}

/**
 * A moment in the window, drawn by rejection: uniform in the window, kept in proportion to how busy the store
 * is (`busy`) and the buyer's hour on their own clock; after 600 tries, any moment.
 */
export function momentIn(rng: Rng, w: Window, when: When): number {
  const top = Math.max(...when.curve) * 1.6 * 1.9 * (when.sunday ?? 1);
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    const local = new Date(t + when.tz * HOUR);
    const weekday = local.getUTCDay();
    if (when.weekdays && (weekday === 0 || weekday === 6)) continue;
    let f = busy(t) * (when.curve[Math.floor(localHour(t, when.tz))] ?? 0);
    if (weekday === 0) f *= when.sunday ?? 1;
    if (when.games) f *= pamasko(t);
    if (rng.next() * top < f) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** `t` kept inside the window (a run that starts near an edge is squeezed, not cut). */
export const within = (w: Window, t: number): number => Math.min(Math.max(t, w.start), w.end - 1);
