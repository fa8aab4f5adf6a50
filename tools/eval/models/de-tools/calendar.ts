import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: four weeks of spring garden season from Monday 18 March 2024, over Easter (Good Friday 29 March,
 * Easter Monday 1 April) and the switch to summer time (31 March). Every market the shop sells to keeps
 * Central European time, so one clock serves them all: UTC+1 until the last Sunday of March, UTC+2 after.
 */

export const START = Date.UTC(2024, 2, 18);
export const DAYS = 28;

/** 01:00 UTC on the last Sunday of `month` (0-based) of `year`: when the EU changes its clocks. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Hours ahead of UTC in Central Europe at `t`. */
export function cetOffset(t: number): number {
  const year = new Date(t).getUTCFullYear();
  return t >= lastSunday(year, 2) && t < lastSunday(year, 9) ? 2 : 1;
}

/** The local wall clock at `t` as a UTC date (read it with getUTC…). */
export const local = (t: number): Date => new Date(t + cetOffset(t) * HOUR);

/** The local hour, fractional. */
export const localHour = (t: number): number => {
  const d = local(t);
  return d.getUTCHours() + d.getUTCMinutes() / 60;
};

/** Easter Sunday of `year` (anonymous Gregorian algorithm), as a UTC midnight. */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** Good Friday, Easter Sunday or Easter Monday: shops are shut, people are at home online and in the garden. */
export function isHoliday(t: number): boolean {
  const d = local(t);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const e = easter(d.getUTCFullYear());
  return midnight === e - 2 * DAY || midnight === e || midnight === e + DAY;
}

/** Monday to Friday and not a holiday. */
export const isWorkday = (t: number): boolean => {
  const day = local(t).getUTCDay();
  return day !== 0 && day !== 6 && !isHoliday(t);
};

/**
 * How busy a day is for the shop's consumers: Sundays and holidays (every bricks-and-mortar DIY store is shut)
 * are the busiest, Friday and Saturday evenings the quietest; the season builds as the weather warms.
 */
export function consumerDay(t: number, w: Window): number {
  const day = local(t).getUTCDay();
  const base = isHoliday(t) ? 1.35 : ([1.4, 1.05, 1, 1, 1, 0.85, 0.95][day] ?? 1);
  return base * (0.8 + 0.4 * Math.min(1, Math.max(0, (t - w.start) / Math.max(1, w.end - w.start))));
}

/** Trades and companies buy on workdays, a little on Saturday mornings, hardly ever on Sundays or holidays. */
export const tradeDay = (t: number): number => {
  if (isHoliday(t)) return 0.08;
  return [0.05, 1, 1, 1, 1, 0.9, 0.3][local(t).getUTCDay()] ?? 1;
};

/** Card testers and bots keep no calendar. */
export const anyDay = (): number => 1;

/** A day-of-week shape: its weight at `t`. */
export type DayShape = (t: number, w: Window) => number;
/** Twenty-four weights, one per local hour. */
export type Hours = readonly number[];

// prettier-ignore
export const HOURS = {
  /** Households: a little at lunch, most after dinner, late on Sundays. */
  consumer: [0.6, 0.3, 0.15, 0.1, 0.1, 0.2, 0.6, 1.4, 2.3, 3.2, 3.8, 4, 4.3, 4, 3.8, 3.8, 4, 4.6, 5.4, 6.6, 7.4, 7, 5, 2.2],
  /** Pensioners and allotment holders: the morning after breakfast and the afternoon; early to bed. */
  daytime: [0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 1.4, 3.4, 5.8, 7, 6.6, 5.4, 3.4, 4, 5, 5.2, 4.8, 4.2, 3.8, 3.4, 2.6, 1.4, 0.5, 0.2],
  /** Tradespeople: before the first job, the lunch break, and after the working day. */
  trade: [0.1, 0.05, 0.05, 0.1, 0.6, 3, 5.5, 4.8, 2.6, 2, 2.2, 2.6, 4.2, 3, 2.2, 2.4, 3.6, 4.8, 4.4, 3.6, 2.8, 1.6, 0.6, 0.2],
  /** Company buyers: office hours. */
  office: [0, 0, 0, 0, 0, 0, 0.2, 1.6, 5, 6.4, 6.6, 5.8, 3, 4.8, 5.8, 5.2, 4, 2, 0.6, 0.2, 0.1, 0, 0, 0],
  /** Someone on holiday: late breakfasts, afternoons and late evenings. */
  holiday: [1.2, 0.6, 0.2, 0.1, 0.1, 0.1, 0.3, 0.8, 2, 3.4, 4, 3.6, 3, 3.2, 3.6, 3.8, 4, 4.2, 4.8, 5.6, 6, 5.6, 4.4, 2.4],
  /** Fraud run from elsewhere, and bots: the European small hours, when nobody reviews orders. */
  night: [5, 6, 6.6, 6.4, 5.4, 3.8, 2.2, 1.4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 1.6, 2, 2.6, 3.4, 4.2],
  /** Careful crews work the hours real buyers do, a little later. */
  evening: [1.4, 0.8, 0.4, 0.2, 0.1, 0.1, 0.3, 0.8, 1.6, 2.4, 3, 3.2, 3.4, 3.2, 3.2, 3.4, 3.8, 4.4, 5.2, 6.2, 7, 7.2, 6, 3.6],
  /** Buyers in Moscow or Minsk (an hour or two ahead): their working day and evening. */
  eastern: [0.4, 0.2, 0.1, 0.1, 0.2, 0.8, 2, 3.6, 4.6, 5, 5, 4.8, 4.6, 4.6, 4.8, 5, 5.2, 5.4, 5.2, 4.4, 3.2, 2, 1.2, 0.8],
} as const satisfies Record<string, Hours>;

/**
 * A moment in the window whose local hour and day follow `hours` and `day`: uniform draws kept with
 * probability weight / the curves' maxima (up to 2,000 tries, then any moment).
 */
export function placeAt(rng: Rng, w: Window, hours: Hours, day: DayShape = consumerDay): number {
  const peak = Math.max(...hours) * 1.8;
  for (let i = 0; i < 2000; i++) {
    const t = rng.float(w.start, w.end);
    const h = Math.floor(localHour(t)) % 24;
    if (rng.next() * peak < (hours[h] ?? 0) * day(t, w)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment `minMs`–`maxMs` after `t`, kept inside the window (for orders that follow one another). */
export const soonAfter = (rng: Rng, w: Window, t: number, minMs: number, maxMs: number): number =>
  Math.min(w.end - 1, Math.floor(t + rng.float(minMs, maxMs)));
