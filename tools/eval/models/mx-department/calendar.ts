import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's window: the warm-up week before El Buen Fin and the long weekend itself. Friday 6 November 2026
 * 00:00 in Mexico City (UTC−6, no daylight saving since 2022) to Tuesday 17 November 24:00; Buen Fin runs from
 * Friday 13 (it opens at midnight) to Monday 16 November, the Revolution Day holiday.
 */

export const START = Date.UTC(2026, 10, 6, 6);
export const DAYS = 12;
/** Central Mexico; most buyers live on it (places.ts gives each city its own). */
export const TZ = -6;

/** Which hours a kind of buyer shops in. */
export type Rhythm = 'home' | 'office' | 'night' | 'late';

// Relative weight of each local hour, 0–23.
const HOURS: Record<Rhythm, readonly number[]> = {
  // Lunch and after-dinner peaks; phones in bed until past midnight.
  home: [5, 3, 2, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 7, 7, 6, 6, 6, 7, 8, 10, 10, 9, 7],
  office: [0, 0, 0, 0, 0, 0, 0, 0, 2, 8, 10, 10, 9, 6, 8, 9, 8, 5, 2, 0, 0, 0, 0, 0],
  // Card testers and bots: when the fraud desk is asleep.
  night: [8, 10, 10, 10, 9, 7, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 6],
  late: [7, 6, 4, 3, 2, 1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 4, 4, 5, 5, 6, 7, 8, 8, 8],
};

/** How busy a day of the window is, by its place in the window (0 = first day): Buen Fin is the last days but one. */
export function dayWeight(day: number, hour: number): number {
  if (day >= 7 && day < 11) return day === 7 && hour < 3 ? 9 : day === 7 ? 3.4 : day === 10 ? 2.4 : 2.8;
  if (day >= 6) return 1.3;
  if (day >= 11) return 0.9;
  return 1;
}

const MAX = 9 * 10;

/** A local day of the week (0 Sunday) at `t` for UTC offset `tz`. */
export const localDay = (t: number, tz: number): number => new Date(t + tz * HOUR).getUTCDay();

/**
 * A moment in the window for a buyer of `rhythm` in time zone `tz`: the day shaped like the store's fortnight
 * (scaled to the window, so a shorter stream keeps the shape), the hour like the buyer's day; office hours are
 * weekdays only.
 */
export function momentIn(rng: Rng, w: Window, tz: number, rhythm: Rhythm): number {
  const span = w.end - w.start;
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    const h = localHour(t, tz);
    if (rhythm === 'office' && [0, 6].includes(localDay(t, tz))) continue;
    const day = Math.floor(((t - w.start) / span) * DAYS);
    const weight = dayWeight(day, h) * (HOURS[rhythm][Math.floor(h)] ?? 1);
    if (rng.next() * MAX < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment kept inside the window. */
export const within = (w: Window, t: number): number => Math.min(w.end - 1, Math.max(w.start, Math.floor(t)));

export { DAY, HOUR };
