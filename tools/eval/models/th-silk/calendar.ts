import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: from 18 November 2026 (the week before Loy Krathong, the full moon of 24 November) to 2 January
 * 2027, Bangkok time. Black Friday is 27 November, Thai Father's Day 5 December, the 12.12 sale 12 December,
 * the last posting dates for Christmas abroad about 10 December (EMS) and 16 December (DHL), then New Year.
 */

/** Bangkok is UTC+7 all year. */
export const BANGKOK = 7;
/** 18 November 2026, 00:00 in Bangkok. */
export const START = Date.UTC(2026, 10, 17, 17);
/** Through 2 January 2027. */
export const DAYS = 46;

/** Whose calendar sets the day's demand. */
export type Season = 'thai' | 'abroad' | 'tourist' | 'corporate' | 'trade' | 'flat';

/** Month (1–12) and day of `t` in a buyer's local time. */
function localDate(t: number, tz: number): { month: number; day: number; weekday: number } {
  const d = new Date(t + tz * HOUR);
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** Days counted from 1 November: 24 November is 24, 1 December 31, 1 January 62; outside the season, none. */
function seasonDay(month: number, day: number): number | undefined {
  if (month === 11) return day;
  if (month === 12) return 30 + day;
  if (month === 1 && day <= 3) return 61 + day;
  return undefined;
}

const between = (d: number, from: number, to: number) => d >= from && d <= to;

/** The season's day number of `t` in a buyer's local time (1 November is 1, 1 December 31), if in season. */
export function seasonDayOf(t: number, tz = BANGKOK): number | undefined {
  const { month, day } = localDate(t, tz);
  return seasonDay(month, day);
}

/** How busy a local day is for an audience (1 is ordinary; a date outside the season is ordinary). */
export function dayWeight(season: Season, t: number, tz: number): number {
  const { month, day, weekday } = localDate(t, tz);
  const weekend = weekday === 0 || weekday === 6;
  const d = seasonDay(month, day);
  if (season === 'trade') {
    if (weekend) return 0.04;
    return d !== undefined && d >= 55 ? 0.3 : 1;
  }
  if (season === 'corporate') {
    if (weekend) return 0.05;
    if (d === undefined) return 1;
    if (d < 31) return 0.4;
    if (d <= 55) return 1.6;
    return 0.25;
  }
  if (d === undefined || season === 'flat') return 1;
  if (season === 'thai') {
    if (between(d, 20, 24)) return 1.5; // outfits and gifts for Loy Krathong
    if (between(d, 1 + 30, 5 + 30)) return 1.8; // ties and shirts for Father's Day
    if (between(d, 11 + 30, 12 + 30)) return 2.1; // 12.12
    if (between(d, 15 + 30, 29 + 30)) return 1.5; // New Year gifts
    if (d >= 60) return 0.6;
    return 1;
  }
  if (season === 'abroad') {
    if (between(d, 27, 31)) return 2; // Black Friday to Cyber Monday
    if (between(d, 32, 40)) return 1.6; // before the last EMS posting date
    if (between(d, 41, 46)) return 1.1; // DHL only
    if (between(d, 47, 54)) return 0.45;
    if (between(d, 55, 56)) return 0.3;
    if (d >= 57) return 0.6;
    return 1;
  }
  // Tourists: the high season builds through December to Christmas and New Year.
  if (d < 31) return 0.8;
  if (d < 50) return 1;
  return 1.5;
}

/** Share of a day's orders by local hour: people at lunch and in the evening. */
export const CONSUMER: readonly number[] = [
  0.35, 0.2, 0.1, 0.06, 0.05, 0.08, 0.2, 0.4, 0.55, 0.6, 0.65, 0.75, 0.95, 0.85, 0.7, 0.65, 0.65, 0.7, 0.8,
  0.95, 1, 1, 0.85, 0.6,
];
/** Offices: nine to six, a dip at lunch. */
export const OFFICE: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0.05, 0.4, 0.9, 1, 1, 0.5, 0.8, 1, 1, 0.9, 0.6, 0.2, 0.05, 0, 0, 0, 0,
];
/** Tourists in town: out all day, ordering at breakfast, late at night back at the hotel. */
export const TOURIST: readonly number[] = [
  0.5, 0.3, 0.1, 0.05, 0.03, 0.05, 0.2, 0.6, 0.9, 0.8, 0.5, 0.4, 0.4, 0.4, 0.4, 0.5, 0.5, 0.5, 0.6, 0.7, 0.8,
  0.95, 1, 0.8,
];
/** Fraud run from elsewhere: any hour, most of it at night in Bangkok's working world. */
export const NIGHT: readonly number[] = [
  1, 1, 1, 0.9, 0.9, 0.8, 0.6, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
  1,
];

/**
 * A moment in the window on a busy day and hour for a buyer at UTC offset `tz`: drawn uniformly and kept in
 * proportion to the day's and the hour's weights (up to 3,000 draws; after that, any moment).
 */
export function when(rng: Rng, w: Window, tz: number, season: Season, hours: readonly number[]): number {
  for (let i = 0; i < 3000; i++) {
    const t = rng.float(w.start, w.end);
    const weight = (dayWeight(season, t, tz) / 2.1) * (hours[Math.floor(localHour(t, tz))] ?? 0);
    if (rng.next() < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

export { DAY, HOUR };
