import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The stream's calendar: three weeks before the December holidays, from Thursday 3 December 2026 00:00 in
 * Toronto (05:00 UTC) to Christmas Eve, and the shapes of the days and hours in it.
 */

/** Thursday 3 December 2026, 00:00 Eastern Standard Time. */
export const START = Date.UTC(2026, 11, 3, 5);
/** Christmas Eve 00:00 Eastern: the last delivery slots before the holidays are booked by then. */
export const HOLIDAYS = Date.UTC(2026, 11, 24, 5);

/** How busy a local calendar day is: Sundays (the weekly shop) and the last days before Christmas most. */
export function dayWeight(t: number, tz: number): number {
  const local = new Date(t + tz * HOUR);
  const weekday = local.getUTCDay();
  const base = [1.45, 1.05, 0.95, 0.95, 1.0, 0.9, 1.15][weekday] ?? 1;
  const toChristmas = (HOLIDAYS - t) / DAY;
  const rush = toChristmas < 2 ? 1.7 : toChristmas < 5 ? 1.45 : toChristmas < 9 ? 1.2 : 1;
  return base * rush;
}

/** When people order groceries: lunch, and the evening after the kids are in bed. */
export const HOUSEHOLD_HOURS: readonly number[] = [
  0.35, 0.15, 0.08, 0.05, 0.05, 0.1, 0.3, 0.6, 0.8, 0.9, 1.0, 1.1, 1.25, 1.05, 0.9, 0.9, 1.0, 1.1, 1.2, 1.6,
  1.85, 1.75, 1.3, 0.7,
];
/** Offices order lunch mid-morning on weekdays; seniors order in the morning. */
export const OFFICE_HOURS: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0.2, 1.0, 2.0, 2.2, 1.2, 0.4, 0.3, 0.4, 0.5, 0.3, 0.1, 0, 0, 0, 0, 0, 0,
];
export const MORNING_HOURS: readonly number[] = [
  0.05, 0.02, 0.02, 0.02, 0.05, 0.2, 0.6, 1.2, 1.6, 1.7, 1.6, 1.3, 1.0, 0.9, 0.9, 0.8, 0.7, 0.6, 0.6, 0.6,
  0.5, 0.3, 0.15, 0.1,
];
/** Meal-kit renewals are charged by the scheduler on the cut-off day, 02:00–06:00 Eastern. */
export const NIGHT_HOURS: readonly number[] = [
  0.3, 0.4, 0.6, 0.7, 0.8, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.4, 0.4, 0.4,
  0.4, 0.4, 0.3,
];

const peak = (hours: readonly number[]) => Math.max(...hours);

/** A moment in the window, weighted by the local day and the hour curve (rejection sampling). */
export function drawTime(
  rng: Rng,
  w: Window,
  tz: number,
  hours: readonly number[] = HOUSEHOLD_HOURS,
): number {
  const top = peak(hours) * 1.7 * 1.45;
  for (let i = 0; i < 500; i++) {
    const t = rng.float(w.start, w.end);
    const h = Math.floor(localHour(t, tz));
    if (rng.next() * top < (hours[h] ?? 0) * dayWeight(t, tz)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Weekly renewals run on a customer's cut-off weekday, early morning Eastern, so the box ships that week. */
export function renewalTime(rng: Rng, w: Window, weekday: number): number {
  for (let i = 0; i < 200; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const local = new Date(t - 5 * HOUR);
    const h = local.getUTCHours();
    if (local.getUTCDay() === weekday && h >= 2 && h < 6) return t;
  }
  return drawTime(rng, w, -5, NIGHT_HOURS);
}

/**
 * The delivery slot booked at checkout: two hours, from the next morning to four days ahead, 08:00–22:00
 * local; same-day evening slots when ordered before 11:00.
 */
export function deliverySlot(rng: Rng, at: number, tz: number): { from: number; to: number } {
  const h = localHour(at, tz);
  const sameDay = h < 11 && rng.chance(0.35);
  const days = sameDay
    ? 0
    : rng.weightedPick<number>([
        [1, 45],
        [2, 25],
        [3, 18],
        [4, 12],
      ]);
  const slotHour = sameDay ? rng.int(17, 20) : rng.int(8, 20);
  const localMidnight = at - h * HOUR;
  const from = localMidnight + days * DAY + slotHour * HOUR;
  return { from, to: from + 2 * HOUR };
}
