import { DAY, HOUR, localHour, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season and the shop's clock: the three weeks before Christmas, every market on Central European Time,
 * and the hours people shop in (lunch and evening peaks, offices in office hours, card testers at night).
 */

/** Friday 4 December 2026, 00:00 UTC. */
export const START = Date.UTC(2026, 11, 4);
/** Up to Christmas Day, 00:00 UTC. */
export const DAYS = 21;
/** Every market is on UTC+1 in December. */
export const CET = 1;

/** Relative weights of the 24 local hours. */
export type Curve = readonly number[];

/** Households: a little at breakfast, lunch breaks, and the long evening peak after dinner. */
export const EVENING: Curve = [
  3, 1.6, 0.8, 0.4, 0.3, 0.4, 1, 2.4, 4, 4.8, 5.2, 5.8, 7.4, 7, 5.4, 5, 5, 5.6, 6.4, 7.8, 9.6, 10, 7.8, 4.8,
];
/** Enthusiasts researching machines: later evenings, weekends. */
export const LATE: Curve = [
  4.5, 2.6, 1.2, 0.6, 0.4, 0.4, 0.8, 1.6, 2.8, 3.6, 4.4, 5, 5.8, 5.6, 4.6, 4.4, 4.6, 5.2, 6, 7.6, 9.4, 10, 9,
  6.8,
];
/** Offices, weekdays only (the caller asks). */
export const OFFICE: Curve = [
  0, 0, 0, 0, 0, 0, 0.2, 1.2, 5, 9, 10, 9, 5.5, 5.5, 8.5, 9.5, 8.5, 5.5, 2, 0.6, 0.2, 0, 0, 0,
];
/** Card testers and sloppy crews: the small hours. */
export const NIGHT: Curve = [
  8, 10, 10, 9, 7, 4.5, 2.5, 1.2, 0.8, 0.6, 0.6, 0.6, 0.8, 0.8, 0.8, 0.8, 1, 1, 1.2, 1.6, 2.4, 3.2, 4.5, 6,
];
/** Anyone at any hour, with a dip at night. */
export const DAYTIME: Curve = [
  2, 1, 0.6, 0.4, 0.4, 0.6, 1.5, 3, 5, 6, 6.5, 7, 7, 6.5, 6, 6, 6.2, 6.5, 6.8, 7, 6.5, 5.5, 4.2, 3,
];

/**
 * How busy a day is: Sundays online more, Saturdays less; in December the run-up to the last courier day
 * (18 December) is the peak, then gift cards and pick-ups carry the last days.
 */
export function dayWeight(t: number, tz: number): number {
  const local = new Date(t + tz * HOUR);
  const dow = local.getUTCDay();
  let w = dow === 0 ? 1.15 : dow === 6 ? 0.9 : 1;
  if (local.getUTCMonth() === 11) {
    const d = local.getUTCDate();
    w *= d < 7 ? 0.8 : d < 12 ? 1 : d <= 18 ? 1.35 : d <= 22 ? 0.95 : 0.6;
  }
  return w;
}

const isWeekend = (t: number, tz: number): boolean => {
  const dow = new Date(t + tz * HOUR).getUTCDay();
  return dow === 0 || dow === 6;
};

/** A moment in the window following `curve` in local time `tz` and the day weights; weekdays only if asked. */
export function moment(rng: Rng, w: Window, curve: Curve, tz = CET, weekdays = false): number {
  const top = Math.max(...curve) * 1.56;
  for (let i = 0; i < 800; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    if (weekdays && isWeekend(t, tz)) continue;
    const weight = (curve[Math.floor(localHour(t, tz))] ?? 0) * dayWeight(t, tz);
    if (rng.next() * top < weight) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/**
 * The nightly billing run that renews subscriptions, a little after 04:00 CET on the subscriber's day
 * (`anchor` in [0, 1) picks which run of the window); any moment when the window holds no run.
 */
export function billingRun(rng: Rng, w: Window, anchor: number): number {
  const day = Math.floor((w.start + CET * HOUR) / DAY) * DAY - CET * HOUR;
  let first = day + 4 * HOUR;
  if (first < w.start) first += DAY;
  const runs = Math.floor((w.end - 50 * MINUTE - first) / DAY) + 1;
  if (runs < 1) return Math.floor(rng.float(w.start, w.end));
  return first + Math.min(runs - 1, Math.floor(anchor * runs)) * DAY + rng.int(20_000, 45 * MINUTE);
}

/**
 * When a paid parcel leaves the warehouse: the 17:00 pick-up on the first weekday with the order in by 13:00,
 * packed at least `prep` ms after payment.
 */
export function dispatchAfter(paidAt: number, prep = 2 * HOUR): number {
  let t = paidAt + prep;
  for (let i = 0; i < 10; i++) {
    const dayStart = Math.floor((t + CET * HOUR) / DAY) * DAY - CET * HOUR;
    const cutoff = dayStart + 13 * HOUR;
    if (!isWeekend(dayStart + HOUR, CET) && t <= cutoff) return dayStart + 17 * HOUR;
    t = dayStart + DAY + 7 * HOUR;
  }
  return t;
}

/** `days` working days after `t` (weekends skipped), same time of day. */
export function workingDaysAfter(t: number, days: number): number {
  let out = t;
  let left = days;
  while (left > 0) {
    out += DAY;
    if (!isWeekend(out, CET)) left -= 1;
  }
  return out;
}
