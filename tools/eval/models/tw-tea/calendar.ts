import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: the four weeks before the Year of the Goat. Lunar New Year's Day is Saturday 6 February 2027;
 * the stream runs from Friday 8 January 00:00 in Taipei to the eve, Friday 5 February. Taiwan's holiday
 * runs from Thursday 4 February (the day before the eve) to Wednesday 10 February (two make-up days for the
 * weekend); couriers stop over it. Year-end bonuses are paid in the last two weeks of January, offices hold
 * their year-end banquets and send client gifts early, Dihua Street's New Year market opens on 23 January, and
 * EMS needs about two weeks to North America and Europe and a week to Hong Kong and Japan.
 */

export const TAIPEI = 8;
/** Friday 8 January 2027, 00:00 in Taipei. */
export const START = Date.UTC(2027, 0, 7, 16);
export const DAYS = 28;

/** Days, from the window's start, of the season's turns (for a window that starts elsewhere, by its own days). */
export const SEASON = {
  /** Overseas EMS for arrival before the New Year: mid-January to the Americas and Europe, a week later to Asia. */
  farCutoff: 12,
  nearCutoff: 19,
  /** Dihua Street's New Year market opens; bonuses land. */
  market: 15,
  /** The last black-cat dispatch for delivery before the eve: Tuesday 2 February. */
  homeCutoff: 25,
} as const;

/** The courier's New Year stop: from Tuesday 2 February 15:00 until Thursday 11 February 09:00, Taipei time. */
const HOLIDAY_STOP = Date.UTC(2027, 1, 2, 7);
const HOLIDAY_RESUME = Date.UTC(2027, 1, 11, 1);

/** Local weekday, 0 = Sunday. */
export const weekday = (t: number, tz: number): number => new Date(t + tz * HOUR).getUTCDay();

/** Day of the window, 0-based. */
export const dayOf = (w: Window, t: number): number => Math.floor((t - w.start) / DAY);

/** A buyer's rhythm: their clock, their hours (24 weights), and how busy each day of the season is for them. */
export interface Rhythm {
  tz: number;
  hours: readonly number[];
  day: (day: number, weekday: number) => number;
}

/** Lunch breaks and late evenings on the phone; little after 1 a.m. */
export const CONSUMER_HOURS = [
  2, 1, 0.6, 0.3, 0.2, 0.3, 0.8, 1.5, 2.5, 3, 3.2, 3.6, 4.5, 4.2, 3.3, 3, 3.1, 3.3, 3.6, 4.2, 5, 5.5, 5, 3.8,
] as const;
/** Office hours with a lunch break. */
export const OFFICE_HOURS = [
  0, 0, 0, 0, 0, 0, 0, 0.3, 2, 5, 5.5, 4.5, 1.5, 4, 5, 5, 4.5, 3, 1, 0.3, 0.2, 0, 0, 0,
] as const;
/** The parents' generation: up early, offline late. */
export const SENIOR_HOURS = [
  0.2, 0.1, 0, 0, 0.2, 1, 2.5, 4, 5, 5, 4.5, 3.5, 2.5, 3, 3.5, 3.5, 3, 2.5, 2.5, 3, 3, 2, 1, 0.5,
] as const;
/** Scripts and fraud crews working while the shop's staff sleep. */
export const NIGHT_HOURS = [
  4, 5, 5, 5, 4.5, 3.5, 2, 1, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.5, 0.8, 1, 1.5, 2, 3,
] as const;
/** Evenings into the small hours. */
export const LATE_HOURS = [
  4, 3, 2, 1.2, 0.6, 0.3, 0.3, 0.5, 0.8, 1, 1.2, 1.5, 2, 1.8, 1.5, 1.5, 1.6, 1.8, 2.2, 3, 4, 4.5, 5, 5,
] as const;

const weekend = (wd: number) => wd === 0 || wd === 6;

/** Households: busier towards the New Year, the bonus and market weeks busiest, slower once home delivery stops. */
export const householdDays = (d: number, wd: number): number => {
  let f = 1 + 0.035 * d;
  if (d >= SEASON.market && d < SEASON.homeCutoff) f *= 1.35;
  if (d >= SEASON.homeCutoff) f *= 0.7;
  return f * (weekend(wd) ? 1.2 : 1);
};

/** Companies send client gifts before the year-end banquets: early January, weekdays only. */
export const companyDays = (d: number, wd: number): number =>
  (weekend(wd) ? 0.04 : 1) * (d < 5 ? 1.6 : d < 12 ? 1.3 : d < 18 ? 0.7 : 0.2);

/** Gifts sent home from abroad arrive in days; they fall off only at the end. */
export const diasporaDays = (d: number, wd: number): number =>
  (d < 13 ? 1.3 : d < SEASON.homeCutoff ? 1 : 0.45) * (weekend(wd) ? 1.15 : 1);

/** Overseas buyers order ahead of the EMS cut-offs; afterwards for themselves, fewer. */
export const overseasDays = (d: number, wd: number): number =>
  (d < SEASON.farCutoff ? 1.3 : d < SEASON.nearCutoff ? 1.05 : 0.65) * (weekend(wd) ? 1.2 : 1);

export const flatDays = (_d: number, wd: number): number => (weekend(wd) ? 1.1 : 1);

const maxOf = (xs: readonly number[]) => Math.max(...xs);

/** A moment in the window that follows `r` (rejection sampling; any moment after 600 tries). */
export function placeAt(rng: Rng, w: Window, r: Rhythm): number {
  const top = maxOf(r.hours);
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    const h = Math.floor(localHour(t, r.tz));
    const p = ((r.hours[h] ?? 0) / top) * (r.day(dayOf(w, t), weekday(t, r.tz)) / 3.2);
    if (rng.next() < p) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

export const rhythm = (tz: number, hours: readonly number[], day: Rhythm['day'] = flatDays): Rhythm => ({
  tz,
  hours,
  day,
});

/**
 * When a paid parcel leaves: the next working morning or afternoon (no Sunday collections), and not over the
 * New Year stop.
 */
export function dispatchAt(rng: Rng, paidAt: number): number {
  let t = paidAt + rng.int(14, 40) * HOUR;
  if (t >= HOLIDAY_STOP && t < HOLIDAY_RESUME) t = HOLIDAY_RESUME + rng.int(1, 30) * HOUR;
  if (weekday(t, TAIPEI) === 0) t += DAY;
  return t;
}

/** Delivered the next day in Taiwan, even over the outlying counties, unless the holiday intervenes. */
export function deliveredAt(
  rng: Rng,
  dispatched: number,
  days: readonly [number, number] = [0.6, 1.6],
): number {
  let t = dispatched + Math.floor(rng.float(days[0], days[1]) * DAY);
  if (t >= HOLIDAY_STOP && t < HOLIDAY_RESUME) t = HOLIDAY_RESUME + rng.int(6, 30) * HOUR;
  return t;
}
