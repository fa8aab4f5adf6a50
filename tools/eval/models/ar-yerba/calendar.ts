import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's season: the two weeks before Día del Padre, the third Sunday of June (21 June 2026). The window
 * opens on Sunday 7 June at midnight in Buenos Aires (UTC−3, no summer time) and closes on the Saturday night
 * before the Sunday. Monday 15 June is a public holiday (Güemes, moved); Saturday 20 June is Flag Day.
 */

export const START = Date.UTC(2026, 5, 7, 3);
export const DAYS = 14;
/** Buenos Aires, all year. */
export const AR_TZ = -3;

export { DAY, HOUR };

/** The day of the week (0 = Sunday) at `t` for UTC offset `tz`. */
export const weekday = (t: number, tz = AR_TZ): number => new Date(t + tz * HOUR).getUTCDay();

/**
 * Bank promotion days: on Wednesdays and Thursdays the big banks (and MODO, the banks' wallet) pay for 6 and 12
 * cuotas sin interés and a reintegro; on other days the store itself carries 3 interest-free cuotas.
 */
export const promoDay = (t: number): boolean => [3, 4].includes(weekday(t));

/**
 * The price list goes up 8 % a little past the middle of the window (announced on the site from the first day):
 * the Monday holiday of the default window. Households stock up on yerba in the days before.
 */
export const priceUpdateOf = (w: Window): number => w.start + Math.round((w.end - w.start) * (8 / 14));
export const PRICE_RISE = 1.08;

/** Relative orders by local hour: a late lunch peak and a long evening that runs past midnight. */
export const HOME_HOURS: readonly number[] = [
  4, 2.4, 1.2, 0.6, 0.4, 0.4, 0.7, 1.4, 2.4, 3.4, 4.2, 4.8, 5, 4.4, 3.8, 3.8, 4, 4.4, 5, 5.6, 6.2, 7, 7, 5.8,
];
/** Office hours, with a lunch break (companies, pickups near work). */
export const OFFICE_HOURS: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0.2, 1.5, 4, 5, 5, 4, 3, 4.5, 5, 4.5, 3.5, 2, 0.6, 0.2, 0, 0, 0,
];
/** Scripts run while the shop's staff sleep. */
export const NIGHT_HOURS: readonly number[] = [
  3, 4, 5, 5, 5, 4, 2.5, 1, 0.5, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.5, 0.6, 0.8, 1.2, 2,
];

/** Demand over the window: doubling towards Father's Day, higher on promotion days, quieter on Sundays. */
export function demand(w: Window): (t: number) => number {
  return (t) => {
    const ramp = 1 + (t - w.start) / Math.max(1, w.end - w.start);
    return ramp * (promoDay(t) ? 1.4 : 1) * (weekday(t) === 0 ? 0.85 : 1);
  };
}
const DEMAND_MAX = 2.8;

/** Demand that fades towards the end: parcels to the provinces must leave early enough to arrive by Sunday. */
export function early(w: Window): (t: number) => number {
  return (t) => 2.2 - (1.6 * (t - w.start)) / Math.max(1, w.end - w.start);
}

/** Demand that peaks in the three days before the price rise (and holds a little everywhere else). */
export function beforeRise(w: Window): (t: number) => number {
  const rise = priceUpdateOf(w);
  return (t) => (t < rise && t >= rise - 3 * DAY ? 4 : 0.6);
}

/** Weekdays only, Monday to Friday (the holiday Monday counts as a weekday for offices that work it). */
export const weekdays = (t: number): number => ([0, 6].includes(weekday(t)) ? 0 : 1);

/**
 * A moment in the window whose local hour (UTC offset `tz`) follows `hours` and whose day follows `day` (at most
 * `dayMax`), by rejection; after 600 misses, any moment.
 */
export function placedAt(
  rng: Rng,
  w: Window,
  tz: number,
  hours: readonly number[],
  day: (t: number) => number = demand(w),
  dayMax = DEMAND_MAX,
): number {
  const top = Math.max(...hours);
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    const h = hours[Math.floor(localHour(t, tz))] ?? 0;
    if (rng.next() * top * dayMax < h * day(t)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** `t` kept inside the window (bursts that would run past its end stop a second before it). */
export const within = (w: Window, t: number): number =>
  Math.max(w.start, Math.min(w.end - 1000, Math.floor(t)));
