import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The two weeks before Valentine's Day: Monday 1 February 2027 00:00 UTC to Monday 15 February. Orders build up
 * through the second week, peak on Saturday the 13th (the evening above all, for next-day delivery on Sunday the
 * 14th) and run on through Sunday morning's same-day slots; the times are the buyer's own.
 */

export const START = Date.UTC(2027, 1, 1);
export const DAYS = 14;

/** How busy a calendar day is (UTC date), relative to an ordinary day outside the season. */
export function dayWeight(t: number): number {
  const d = new Date(t);
  if (d.getUTCMonth() !== 1) return 1;
  const day = d.getUTCDate();
  if (day <= 7) return 0.55 + 0.05 * day;
  const second: Record<number, number> = { 8: 1, 9: 1.1, 10: 1.3, 11: 1.6, 12: 2.1, 13: 2.6, 14: 2, 15: 0.7 };
  return second[day] ?? 0.7;
}

/** Orders by local hour: a lunch bump, the evening on the sofa, little at night. */
const HOURS = [
  0.25, 0.12, 0.06, 0.04, 0.04, 0.08, 0.25, 0.5, 0.75, 0.9, 0.95, 1, 1.15, 1.1, 0.95, 0.9, 0.9, 0.95, 1, 1.15,
  1.35, 1.4, 1.1, 0.6,
];

/** The hour curve for a day: the 13th's evening surge, the 14th's morning rush and its early close. */
export function hourWeight(t: number, tz: number): number {
  const h = localHour(t, tz);
  const local = new Date(t + tz * HOUR);
  const base = HOURS[Math.floor(h)] ?? 1;
  if (local.getUTCMonth() !== 1) return base;
  const day = local.getUTCDate();
  if (day === 13 && h >= 18) return base * 1.7;
  if (day === 14 && h >= 6 && h < 12) return base * 2;
  if (day === 14 && h >= 15) return base * 0.35;
  return base;
}

/** A moment in the window, busy days and hours more likely (rejection sampling, 300 tries). */
export function seasonalMoment(rng: Rng, w: Window, tz: number, weight = 1): number {
  for (let i = 0; i < 300; i++) {
    const t = rng.float(w.start, w.end);
    if (rng.next() * 3.4 * 3 < dayWeight(t) * hourWeight(t, tz) * weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment between local hours `from` and `to` (may pass midnight), weighted by the day's business. */
export function momentBetween(rng: Rng, w: Window, tz: number, from: number, to: number): number {
  for (let i = 0; i < 400; i++) {
    const t = rng.float(w.start, w.end);
    const h = localHour(t, tz);
    const inside = from <= to ? h >= from && h < to : h >= from || h < to;
    if (inside && rng.next() * 3.4 < dayWeight(t)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A weekday office-hours moment (companies order their staff's flowers that way). */
export function officeMoment(rng: Rng, w: Window, tz: number): number {
  for (let i = 0; i < 400; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const local = new Date(t + tz * HOUR);
    const h = localHour(t, tz);
    if (local.getUTCDay() !== 0 && local.getUTCDay() !== 6 && h >= 8.5 && h < 17.5) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** The delivery date a buyer picks: same day, next day, or a chosen day (the 14th when it is still ahead). */
export function deliveryDate(rng: Rng, at: number, tz: number, sameDay: boolean): string {
  const local = at + tz * HOUR;
  const day = (n: number) => new Date(local + n * DAY).toISOString().slice(0, 10);
  if (sameDay) return day(0);
  const d = new Date(local);
  const ahead = d.getUTCMonth() === 1 && d.getUTCDate() < 14 ? 14 - d.getUTCDate() : 0;
  if (ahead > 1 && rng.chance(0.55)) return day(ahead);
  return day(rng.chance(0.8) ? 1 : 2);
}
