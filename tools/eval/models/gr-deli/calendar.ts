import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The stream's calendar: 4 to 30 December 2026, the deli's busiest four weeks. The last posting days for
 * Christmas abroad fall early (Australia first), corporate hampers are ordered on weekdays before the 19th,
 * Greece shops until the 22nd, the shop rests over Christmas and then sells vasilopita for New Year.
 */

export const START = Date.UTC(2026, 11, 4);
export const DAYS = 27;

/** How busy each day of the default window is (4 December first); days beyond it are ordinary. */
const BUSY: readonly number[] = [
  // 4–10 December: international gifts, corporate quotes turning into orders.
  1.0, 1.05, 1.0, 1.1, 1.15, 1.2, 1.25,
  // 11–17: the peak, name days of Spyridon (12th), payday bonuses.
  1.35, 1.3, 1.3, 1.45, 1.5, 1.5, 1.45,
  // 18–23: last domestic Christmas deliveries.
  1.4, 1.35, 1.3, 1.3, 1.05, 0.8,
  // 24–26: Christmas Eve, Christmas, Synaxis of the Theotokos.
  0.45, 0.3, 0.45,
  // 27–30: vasilopita, New Year's gifts.
  0.75, 0.85, 0.9, 0.8,
];

/** The window's days: whole days from its start, at least one. */
export const daysIn = (w: Window): number => Math.max(1, Math.ceil((w.end - w.start) / DAY));

/** A day weight: the calendar's, times the caller's own bend for that day. */
export type DayBend = (day: number, weekday: number) => number;

/** The weekday (0 Sunday) of day `d` of the window. */
export const weekdayOf = (w: Window, d: number): number =>
  new Date(w.start + d * DAY + 12 * HOUR).getUTCDay();

/** Hour-of-day curves, local time, 24 weights each. */
export type Curve = readonly number[];

/** Greek households shop at lunch and late in the evening (dinner is late; 22:00–00:30 is prime time). */
export const GREEK_EVENING: Curve = [
  2.2, 1.2, 0.6, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 2.0, 2.6, 2.9, 3.0, 3.2, 3.1, 2.6, 2.4, 2.6, 3.0, 3.4, 3.8,
  4.2, 4.4, 3.6,
];
/** Northern Europe, Britain, America, Australia: evenings after dinner, some lunch-break shopping. */
export const ABROAD_EVENING: Curve = [
  0.8, 0.4, 0.2, 0.1, 0.1, 0.2, 0.5, 1.1, 1.6, 2.0, 2.2, 2.4, 2.8, 2.6, 2.2, 2.1, 2.2, 2.6, 3.2, 3.8, 4.0,
  3.6, 2.6, 1.6,
];
/** Offices: purchasing between nine and five, a dip at lunch. */
export const OFFICE: Curve = [
  0, 0, 0, 0, 0, 0, 0, 0.3, 1.5, 3.4, 4.0, 4.0, 3.4, 2.6, 3.6, 3.6, 2.8, 1.4, 0.5, 0.2, 0, 0, 0, 0,
];
/** Fraud crews keep their own hours: spread over the day with a late-night lean. */
export const CREW: Curve = [
  2.6, 2.8, 2.6, 2.2, 1.8, 1.4, 1.0, 1.0, 1.2, 1.4, 1.6, 1.8, 1.8, 1.8, 1.8, 1.9, 2.0, 2.1, 2.2, 2.4, 2.6,
  2.8, 3.0, 2.8,
];

/**
 * A moment in the window: a day by the calendar times `bend`, then a local hour by `curve` in time zone
 * `tz`, then a minute. Redrawn when it falls outside the window; after 60 tries, any moment.
 */
export function placedAt(rng: Rng, w: Window, tz: number, curve: Curve, bend?: DayBend): number {
  const days = daysIn(w);
  const weights = Array.from({ length: days }, (_, d) => {
    const base = BUSY[d] ?? 1;
    return [d, base * (bend ? bend(d, weekdayOf(w, d)) : 1)] as const;
  });
  const hours = curve.map((v, h) => [h, v] as const);
  for (let i = 0; i < 60; i++) {
    const d = rng.weightedPick(weights);
    const h = rng.weightedPick(hours);
    const t = Math.floor(w.start + d * DAY + (h - tz) * HOUR + rng.next() * HOUR);
    if (t >= w.start && t < w.end) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Only weekdays (for companies). */
export const weekdaysOnly: DayBend = (_d, wd) => (wd === 0 || wd === 6 ? 0 : 1);

/** Orders that must arrive by Christmas stop after the zone's last posting day (day of the window). */
export const LAST_POSTING: Readonly<Record<string, number>> = {
  au: 5,
  us: 8,
  uk: 10,
  eu: 12,
  cyprus: 13,
  domestic: 18,
};

/** After its last posting day a zone still orders, but far less (New Year, "it can come late"). */
export const beforeCutoff =
  (zone: string): DayBend =>
  (d) =>
    d <= (LAST_POSTING[zone] ?? 99) ? 1 : d >= 23 ? 0.35 : 0.25;
