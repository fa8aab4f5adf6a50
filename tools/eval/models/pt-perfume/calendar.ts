import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * When orders are placed. The window opens on Monday 19 April 2027 at midnight in Lisbon (WEST, UTC+1) and runs
 * three weeks, to Monday 10 May: the two weeks before Mother's Day in Portugal and Spain (first Sunday of May,
 * 2 May 2027) and the two weeks before it in Switzerland, Luxembourg and Belgium (second Sunday, 9 May). France's
 * falls on the last Sunday of May (30 May), outside the window.
 */

export const START = Date.UTC(2027, 3, 18, 23);
export const DAYS = 21;

/** Local midnight that opens each market's Mother's Day, ms since the epoch (UTC+1 in Lisbon, UTC+2 elsewhere). */
export const MOTHERS_DAY: Readonly<Record<string, number>> = {
  PT: Date.UTC(2027, 4, 1, 23),
  ES: Date.UTC(2027, 4, 1, 22),
  CH: Date.UTC(2027, 4, 8, 22),
  LU: Date.UTC(2027, 4, 8, 22),
  BE: Date.UTC(2027, 4, 8, 22),
  FR: Date.UTC(2027, 4, 29, 22),
};

/** Days from `t` until the start of `country`'s Mother's Day (negative once it has begun). */
export const daysBefore = (t: number, country: string): number =>
  ((MOTHERS_DAY[country] ?? MOTHERS_DAY.PT ?? 0) - t) / DAY;

/**
 * Demand for a parcel meant to arrive by Mother's Day: rising over the fortnight before it, peaking just before
 * the last safe order day (`cutoff` days ahead: two on the mainland, four abroad, eight to the islands), still
 * strong for express and collection afterwards, thin on the day and after it. Values in (0, 1].
 */
export function giftDemand(t: number, country: string, cutoff: number): number {
  const d = daysBefore(t, country);
  if (d > 16) return 0.22;
  if (d > cutoff + 4) return 0.25 + 0.05 * (16 - d);
  if (d > cutoff) return 0.8 + 0.05 * (cutoff + 4 - d);
  if (d > 0.5) return 0.55;
  if (d > -1) return 0.25;
  return 0.12;
}

/** Demand for an e-mailed gift card: the last two days and the day itself, when nothing else can arrive. */
export function voucherDemand(t: number, country: string): number {
  const d = daysBefore(t, country);
  if (d > 14) return 0.1;
  if (d > 3) return 0.1 + 0.015 * (14 - d);
  if (d > 1.5) return 0.55;
  if (d > -0.6) return 1;
  return 0.06;
}

/** Everyday demand: flat, a little higher on Sunday and Monday, lower on Saturday (Lisbon dates). */
export function everydayDemand(t: number): number {
  const day = new Date(t + HOUR).getUTCDay();
  return day === 6 ? 0.8 : day === 0 || day === 1 ? 1 : 0.92;
}

/** Share of checkouts by local hour: a lunch bump and the evening on the sofa. */
const HOURS = [
  0.32, 0.18, 0.09, 0.05, 0.04, 0.07, 0.18, 0.4, 0.62, 0.8, 0.9, 1.0, 1.12, 1.15, 0.95, 0.9, 0.92, 0.96, 1.05,
  1.2, 1.45, 1.7, 1.4, 0.75,
];
const HOUR_MAX = 1.7;

export const hourWeight = (h: number): number => (HOURS[Math.floor(h) % 24] ?? 0) / HOUR_MAX;

/** Weekdays 9:00–19:00 local: offices, make-up studios and HR departments. */
export function officeHours(t: number, tz: number): number {
  const local = new Date(t + tz * HOUR);
  const day = local.getUTCDay();
  const h = local.getUTCHours();
  return day !== 0 && day !== 6 && h >= 9 && h < 19 ? 1 : 0;
}

/**
 * A moment in the window drawn by `demand(t)` (in [0, 1]) times the hour curve in time zone `tz`, by rejection;
 * after 800 refusals (a window that misses the demand altogether), any moment.
 */
export function when(
  rng: Rng,
  w: Window,
  tz: number,
  demand: (t: number) => number,
  hours: (h: number) => number = hourWeight,
): number {
  for (let i = 0; i < 800; i++) {
    const t = rng.float(w.start, w.end);
    if (rng.next() < demand(t) * hours(localHour(t, tz))) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Hours 0–6 local, when card testers and bots run. */
export const nightHours = (h: number): number => (h < 6 ? 1 : h >= 23 ? 0.5 : 0.04);
