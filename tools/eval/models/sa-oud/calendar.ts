import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: the last three weeks of Ramadan 1448 and the first days of Eid al-Fitr. Riyadh is UTC+3 all
 * year. The stream opens at midnight in Riyadh on 17 February 2027 (the tenth night of Ramadan) and runs 24
 * days, to the fourth day of Eid (Eid al-Fitr falls on 9 March 2027 by the Umm al-Qura calendar).
 */

export const TZ = 3;
export const START = Date.UTC(2027, 1, 16, 24 - TZ);
export const DAYS = 24;
/** 1 Shawwal 1448, 00:00 in Riyadh. */
export const EID = START + 20 * DAY;

/**
 * How busy a day is, by its place in the default calendar: a slow climb through the middle of Ramadan, the
 * government salary on the 27th of February and the last ten nights (the gift rush), then the couriers' Eid
 * cut-off, a quiet Eid morning and the Eidiya days after it.
 */
export function dayShape(fraction: number): number {
  const d = fraction * DAYS;
  if (d < 10) return 0.9 + d * 0.03;
  if (d < 11) return 1.3;
  if (d < 18) return 1.65;
  if (d < 20) return 0.95;
  if (d < 21) return 0.3;
  return 0.6;
}

/**
 * Ramadan hours (local): quiet mornings while people sleep, some shopping after the afternoon prayer, a dip
 * at iftar and taraweeh, and the busiest hours after 21:00 until suhoor.
 */
export function ramadanHours(h: number): number {
  if (h < 2) return 1;
  if (h < 4) return 0.65;
  if (h < 9) return 0.08;
  if (h < 12) return 0.22;
  if (h < 15) return 0.42;
  if (h < 17.75) return 0.55;
  if (h < 19.25) return 0.18;
  if (h < 21) return 0.55;
  return 1;
}

/** Office hours in Ramadan (shortened: 10:00 to 15:00, Sunday to Thursday). */
export function officeHours(h: number): number {
  return h >= 10 && h < 15 ? 1 : 0;
}

/** Any hour alike. */
export const anyHour = (): number => 1;

/** Small hours in Riyadh, when a fraudster's run meets the fewest eyes. */
export function smallHours(h: number): number {
  return h >= 1 && h < 7 ? 1 : 0.35;
}

/**
 * A moment in the window, weighted by the day's shape and the local hour's (`tz` hours from UTC), drawn by
 * rejection up to 500 times; after that any moment. Office orders also skip Fridays and Saturdays.
 */
export function placedAt(
  rng: Rng,
  w: Window,
  tz: number,
  hours: (h: number) => number = ramadanHours,
  weekdaysOnly = false,
): number {
  const span = w.end - w.start;
  for (let i = 0; i < 500; i++) {
    const t = rng.float(w.start, w.end);
    const fraction = (t - w.start) / span;
    const weekday = new Date(t + tz * HOUR).getUTCDay();
    if (weekdaysOnly && (weekday === 5 || weekday === 6)) continue;
    if (rng.next() * 1.7 < dayShape(fraction) * hours(localHour(t, tz))) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
