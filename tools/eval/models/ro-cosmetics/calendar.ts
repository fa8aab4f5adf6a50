import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: 2 November 2026 00:00 in Bucharest (UTC+2 all winter) to the Sunday before Christmas, 49 days.
 * Romanian shops run Black Friday in mid-November (this shop on Friday 13 November 2026, its teasers from the
 * Monday before, the weekend after and a Cyber Monday), then 30 November (Sfântul Andrei) and 1 December (Ziua
 * Națională) make a long weekend, gifts for Moș Nicolae (6 December) must be ordered by the 3rd, and Christmas
 * orders climb until the couriers' last guaranteed day, Friday 18 December.
 */

export const TZ = 2;
export const START = Date.UTC(2026, 10, 1, 22);
export const DAYS = 49;

/** The local calendar day at `t` (Bucharest). */
export function localDate(t: number): Date {
  return new Date(t + TZ * HOUR);
}

/** The shop's Black Friday: the second Friday of November of that year. */
export function blackFriday(year: number): { month: number; day: number } {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return { month: 10, day: 1 + ((5 - first + 7) % 7) + 7 };
}

/** How busy a local day is against an ordinary autumn day (1). */
export function dayWeight(t: number): number {
  const d = localDate(t);
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const weekday = [1.05, 1.05, 1, 1, 1, 0.9, 0.8][d.getUTCDay()] ?? 1;
  let season = 1;
  if (m === 10) {
    const bf = blackFriday(d.getUTCFullYear()).day;
    const since = day - bf;
    if (since < -4) season = 0.75;
    else if (since < 0) season = 1.25;
    else season = [7, 3, 2.2, 2.1, 1.5, 1.4, 1.3, 1.2][since] ?? 1.05;
    if (day === 30) season = 0.9;
  } else if (m === 11) {
    if (day === 1) season = 0.95;
    else if (day <= 4) season = 1.6;
    else if (day <= 6) season = 1;
    else if (day <= 18) season = 1.3 + ((day - 7) / 11) * 0.9;
    else if (day <= 21) season = [1.3, 0.9, 0.85][day - 19] ?? 1;
    else if (day <= 26) season = 0.3;
  }
  return season * weekday;
}

/** Who is shopping when. */
export type Profile = 'shopper' | 'office' | 'night' | 'deals';

const SHOPPER = [
  1.6, 0.9, 0.5, 0.3, 0.25, 0.3, 0.6, 1.2, 2.2, 3, 3.4, 3.6, 3.9, 3.8, 3.4, 3.3, 3.4, 3.7, 4.2, 4.9, 5.6, 6,
  5.2, 3.2,
];
const OFFICE = [0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 4, 4, 3, 3.5, 4, 3.5, 2.5, 1, 0, 0, 0, 0, 0, 0];
const NIGHT = [
  5, 6, 7, 7, 6, 4, 2, 0.5, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.4, 0.5, 0.6, 1, 2, 4,
];

const isHoliday = (d: Date) => d.getUTCMonth() === 10 && d.getUTCDate() === 30;
const isNationalDay = (d: Date) => d.getUTCMonth() === 11 && d.getUTCDate() === 1;

function hourWeight(t: number, profile: Profile): number {
  const d = localDate(t);
  const h = d.getUTCHours();
  if (profile === 'night') return NIGHT[h] ?? 1;
  if (profile === 'office') {
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
    return weekend || isHoliday(d) || isNationalDay(d) ? 0 : (OFFICE[h] ?? 0) * dayWeight(t);
  }
  const bf = blackFriday(d.getUTCFullYear());
  const bfDay = d.getUTCMonth() === bf.month && d.getUTCDate() === bf.day;
  // Black Friday opens at midnight: the first hours are the busiest of the year.
  const opening = bfDay && h < 3 ? 4 : 1;
  if (profile === 'deals') return (SHOPPER[h] ?? 1) * opening * dayWeight(t) ** 2;
  return (SHOPPER[h] ?? 1) * opening * dayWeight(t);
}

const cache = new Map<string, { cdf: number[]; total: number }>();

function curve(w: Window, profile: Profile) {
  const key = `${w.start}:${w.end}:${profile}`;
  let found = cache.get(key);
  if (!found) {
    const cdf: number[] = [];
    let total = 0;
    for (let t = w.start; t < w.end; t += HOUR) {
      total += hourWeight(t, profile) * (Math.min(w.end, t + HOUR) - t);
      cdf.push(total);
    }
    found = { cdf, total };
    cache.set(key, found);
  }
  return found;
}

/** A moment in the window, drawn by the profile's hour-by-hour weights (uniform if it has none there). */
export function placedAt(rng: Rng, w: Window, profile: Profile = 'shopper'): number {
  const { cdf, total } = curve(w, profile);
  if (total <= 0) return Math.floor(rng.float(w.start, w.end));
  const x = rng.next() * total;
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  const from = w.start + lo * HOUR;
  return Math.floor(Math.min(w.end - 1, from + rng.float(0, Math.min(HOUR, w.end - from))));
}

/** A moment within `spread` ms after `t`, still in the window. */
export const soonAfter = (rng: Rng, w: Window, t: number, spread: number): number =>
  Math.min(w.end - 1, t + Math.floor(rng.float(0, spread)));

export { DAY, HOUR };
