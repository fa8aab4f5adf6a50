import { DAY, HOUR, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The shop's calendar: three weeks from Monday 16 November 2026, 00:00 in Copenhagen (UTC+1 in November). The
 * flagship set goes on sale on Friday 20 November at 08:00 Copenhagen time; Black Week runs from Monday 23
 * November to Cyber Monday, 30 November, with Black Friday on the 27th (a store exclusive released at midnight);
 * December pay (the last banking day of November) and Christmas shopping carry the last week.
 */

export { DAY, HOUR, MINUTE };

export const START = Date.UTC(2026, 10, 15, 23);
export const DAYS = 21;
/** Copenhagen's UTC offset in November. */
export const CPH = 1;
/** Day indexes (from the window's first day) of the launch, Black Friday and Cyber Monday. */
export const LAUNCH_DAY = 4;
export const LAUNCH_HOUR = 8;
export const BLACK_FRIDAY = 11;
export const CYBER_MONDAY = 14;
/** When the flagship goes on sale in a window; before it, shoppers after the flagship buy the modular. */
export const launchTime = (w: Window): number => w.start + LAUNCH_DAY * DAY + LAUNCH_HOUR * HOUR;
export const launched = (w: Window, at: number): boolean => at >= launchTime(w);
/** Black Week: days 7 to 14. */
export const inBlackWeek = (day: number): boolean => day >= 7 && day <= 14;

/** How busy each day is, the quiet week before the launch to the Black Friday peak. */
const DAY_WEIGHTS = [
  0.8, 0.8, 0.85, 0.9, 2.2, 1.4, 1.2, 1.3, 1.3, 1.4, 1.5, 3.0, 1.8, 1.6, 2.2, 1.15, 1.0, 1.0, 1.1, 1.2, 1.1,
];
export const dayWeight = (day: number): number => DAY_WEIGHTS[day % DAY_WEIGHTS.length] ?? 1;

/** Twenty-four weights, one per local hour. */
export type HourCurve = readonly number[];

/** At home: a little over lunch, most in the evening after the children are in bed. */
export const EVENING: HourCurve = [
  0.35, 0.15, 0.07, 0.04, 0.04, 0.08, 0.25, 0.55, 0.75, 0.85, 0.95, 1.05, 1.2, 1.1, 1.0, 1.0, 1.05, 1.2, 1.4,
  1.8, 2.3, 2.4, 1.8, 0.9,
];
/** Retired people and grandparents: mornings and afternoons. */
export const DAYTIME: HourCurve = [
  0.05, 0.02, 0.01, 0.01, 0.02, 0.1, 0.4, 0.9, 1.4, 1.7, 1.8, 1.6, 1.3, 1.4, 1.5, 1.4, 1.2, 1.1, 1.0, 1.0,
  0.9, 0.6, 0.3, 0.12,
];
/** Schools, clubs and businesses: office hours. */
export const OFFICE: HourCurve = [
  0, 0, 0, 0, 0, 0, 0.05, 0.6, 1.6, 2.0, 2.0, 1.6, 1.3, 1.8, 1.7, 1.2, 0.5, 0.15, 0.05, 0, 0, 0, 0, 0,
];
/** Collectors and builders: evenings and late nights. */
export const LATE: HourCurve = [
  1.0, 0.7, 0.35, 0.15, 0.08, 0.08, 0.15, 0.35, 0.5, 0.6, 0.7, 0.8, 0.9, 0.85, 0.85, 0.9, 1.0, 1.1, 1.3, 1.6,
  2.0, 2.3, 2.2, 1.6,
];
/** Night: people working through stolen data while the shop's staff sleep. */
export const NIGHT: HourCurve = [
  2.0, 2.2, 2.3, 2.2, 1.9, 1.4, 0.8, 0.4, 0.3, 0.3, 0.3, 0.3, 0.35, 0.35, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.9,
  1.1, 1.4, 1.7,
];
/** Flat: any hour. */
export const ANY: HourCurve = Array.from({ length: 24 }, () => 1);

/** Which days of the window a kind favours (the window may be shorter or longer than the calendar). */
export type DayBias = (day: number) => number;
export const usual: DayBias = dayWeight;
/** Weekdays only (the window starts on a Monday). */
export const weekdays: DayBias = (d) => (d % 7 < 5 ? dayWeight(d) : 0);

/** The number of whole or partial days the window covers. */
export const daysIn = (w: Window): number => Math.max(1, Math.ceil((w.end - w.start) / DAY));

/** The window's day index of `t` (days from its start, Copenhagen midnights). */
export const dayOf = (w: Window, t: number): number => Math.floor((t - w.start) / DAY);

/**
 * A moment in the window: a day drawn by `bias` (any day when the bias leaves none), a local hour drawn from
 * `hours` at UTC offset `tz`, a minute and second at random; redrawn until it falls in the window.
 */
export function when(rng: Rng, w: Window, tz: number, hours: HourCurve, bias: DayBias = usual): number {
  const days = Array.from({ length: daysIn(w) }, (_, d) => [d, bias(d)] as const);
  const open = days.some(([, x]) => x > 0) ? days : days.map(([d]) => [d, 1] as const);
  const slots = hours.map((x, h) => [h, x] as const);
  for (let i = 0; i < 60; i++) {
    const day = rng.weightedPick(open);
    const hour = rng.weightedPick(slots);
    const t = w.start + day * DAY + (CPH - tz) * HOUR + hour * HOUR + Math.floor(rng.next() * HOUR);
    if (t >= w.start && t < w.end) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/**
 * A moment near a release, `day` at `hour` Copenhagen time plus a lag of mostly minutes (log-normal around
 * `median` minutes); any moment of the window when the release falls outside it.
 */
export function nearRelease(rng: Rng, w: Window, day: number, hour: number, median: number): number {
  const release = w.start + day * DAY + hour * HOUR;
  const t = release + Math.floor(rng.logNormal(median, 1.0) * MINUTE);
  if (release >= w.start && t < w.end) return t;
  return when(rng, w, CPH, EVENING);
}

/** Whether the window holds a release at `day`/`hour` (the default window holds all of them). */
export const holds = (w: Window, day: number, hour: number): boolean =>
  w.start + day * DAY + hour * HOUR < w.end - 2 * HOUR;
