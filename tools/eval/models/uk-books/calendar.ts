import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The shop's season and clocks: 1 September to St Andrew's Day (30 November) 2026, Edinburgh time. Freshers'
 * weeks and term lists in September, the big autumn hardbacks from the first Thursday of October, the Booker
 * winner in November, Book Week Scotland in the third full week of November, Black Friday and St Andrew's Day
 * (a Monday holiday in Scotland this year) at the end. Every date is computed from the calendar, so a window
 * moved with `options.start` keeps its own holidays and clock changes.
 */

/** 1 September 2026, 00:00 in Edinburgh (BST). */
export const START = Date.UTC(2026, 7, 31, 23);
/** Through 30 November. */
export const DAYS = 91;

/** The clocks buyers live by: the UK and Ireland, central Europe, four US zones, four Australian ones, others fixed. */
export type Zone =
  | 'uk'
  | 'cet'
  | 'us_east'
  | 'us_central'
  | 'us_mountain'
  | 'us_pacific'
  | 'au_east'
  | 'au_brisbane'
  | 'au_adelaide'
  | 'au_perth'
  | 'lagos'
  | 'moscow'
  | 'tehran'
  | 'almaty'
  | 'hanoi';

const FIXED: Partial<Record<Zone, number>> = {
  au_brisbane: 10,
  au_perth: 8,
  lagos: 1,
  moscow: 3,
  tehran: 3.5,
  almaty: 5,
  hanoi: 7,
};

/** Midnight UTC of the `n`th Sunday (1-based) of a month, or the last one with n = 0. */
function sunday(year: number, month: number, n: number): number {
  if (n === 0) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month + 1, 0) - last.getUTCDay() * DAY;
  }
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return Date.UTC(year, month, 1 + ((7 - first) % 7) + 7 * (n - 1));
}

const yearOf = (t: number) => new Date(t).getUTCFullYear();

/** EU rule: summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC. */
const europeanSummer = (t: number) => {
  const y = yearOf(t);
  return t >= sunday(y, 2, 0) + HOUR && t < sunday(y, 9, 0) + HOUR;
};

/** US rule: second Sunday of March to first Sunday of November, 02:00 local. */
const usSummer = (t: number, base: number) => {
  const y = yearOf(t);
  return t >= sunday(y, 2, 2) + (2 - base) * HOUR && t < sunday(y, 10, 1) + (1 - base) * HOUR;
};

/** South-eastern Australia: summer time from the first Sunday of October to the first Sunday of April. */
const australianSummer = (t: number, base: number) => {
  const y = yearOf(t);
  return t < sunday(y, 3, 1) + (2 - base) * HOUR || t >= sunday(y, 9, 1) + (2 - base) * HOUR;
};

const US_BASE: Partial<Record<Zone, number>> = {
  us_east: -5,
  us_central: -6,
  us_mountain: -7,
  us_pacific: -8,
};

/** Hours ahead of UTC in `zone` at `t`. */
export function offsetOf(zone: Zone, t: number): number {
  const fixed = FIXED[zone];
  if (fixed !== undefined) return fixed;
  if (zone === 'uk') return europeanSummer(t) ? 1 : 0;
  if (zone === 'cet') return europeanSummer(t) ? 2 : 1;
  const us = US_BASE[zone];
  if (us !== undefined) return usSummer(t, us) ? us + 1 : us;
  const base = zone === 'au_adelaide' ? 9.5 : 10;
  return australianSummer(t, base) ? base + 1 : base;
}

/** A local calendar day: year, month (1–12), day, weekday (0 = Sunday) and a day number to measure distances. */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
  index: number;
}

const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY;

export function localDay(t: number, zone: Zone): LocalDay {
  const d = new Date(t + offsetOf(zone, t) * HOUR);
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return { year, month, day, weekday: d.getUTCDay(), index: dayNumber(year, month, day) };
}

export const localHourOf = (t: number, zone: Zone): number => {
  const h = (t / HOUR + offsetOf(zone, t)) % 24;
  return h < 0 ? h + 24 : h;
};

/** The day number of the `n`th given weekday of a month (n = 1 first). */
const nthWeekday = (year: number, month: number, weekday: number, n: number) => {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return dayNumber(year, month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
};

/** The season's fixed points for a local day's year. */
export function seasonOf(year: number) {
  const thirdMondayNov = nthWeekday(year, 11, 1, 3);
  return {
    /** Scottish freshers' weeks and the start of teaching. */
    scottishTerm: dayNumber(year, 9, 14),
    /** English and Welsh universities, a fortnight later. */
    englishTerm: dayNumber(year, 9, 28),
    /** The autumn's big hardbacks, signed first printings among them. */
    superThursday: nthWeekday(year, 10, 4, 1),
    halloween: dayNumber(year, 10, 31),
    /** The Booker Prize winner, announced on a Monday evening in November. */
    booker: nthWeekday(year, 11, 1, 2),
    bookWeekScotland: thirdMondayNov,
    blackFriday: nthWeekday(year, 11, 4, 4) + 1,
    stAndrewsDay: dayNumber(year, 11, 30),
    /** The shop's last order date for Christmas airmail to Australia. */
    australiaCutoff: dayNumber(year, 11, 20),
  };
}

/** UK monthly pay lands on the last working day: that day and the two after it are busier. */
export function nearPayday(d: LocalDay): boolean {
  const lastDay = new Date(Date.UTC(d.year, d.month, 0));
  let last = dayNumber(d.year, d.month, lastDay.getUTCDate());
  const weekday = lastDay.getUTCDay();
  if (weekday === 6) last -= 1;
  if (weekday === 0) last -= 2;
  const previous = new Date(Date.UTC(d.year, d.month - 1, 0));
  let before = dayNumber(previous.getUTCFullYear(), previous.getUTCMonth() + 1, previous.getUTCDate());
  if (previous.getUTCDay() === 6) before -= 1;
  if (previous.getUTCDay() === 0) before -= 2;
  return (d.index >= last && d.index <= last + 2) || (d.index >= before && d.index <= before + 2);
}

export const bump = (index: number, at: number, width: number) => Math.exp(-(((index - at) / width) ** 2));

/** How busy a day is, relative to an ordinary September weekday; each kind has its own. */
export type DayCurve = (d: LocalDay) => number;

/** Weights of the 24 local hours. */
export type HourCurve = readonly number[];

/** Readers at home: lunch, the commute and the evening, late on Sunday. */
export const EVENINGS: HourCurve = [
  2, 1, 0.5, 0.3, 0.2, 0.3, 1, 2, 3, 3, 3.5, 4, 5, 5, 4, 4, 4, 4.5, 5, 6.5, 7.5, 7.5, 6, 4,
];
/** Students: late mornings and late nights. */
export const STUDENT_HOURS: HourCurve = [
  5, 4, 2.5, 1.2, 0.5, 0.3, 0.3, 0.6, 1.5, 2.5, 3.5, 4, 4.5, 4.5, 4.5, 4.5, 4.5, 5, 5.5, 6, 6.5, 7, 7, 6,
];
/** Offices, libraries and schools. */
export const OFFICE_HOURS: HourCurve = [
  0, 0, 0, 0, 0, 0, 0, 0.3, 3, 6, 7, 7, 5, 6, 7, 6, 4, 1.5, 0.3, 0, 0, 0, 0, 0,
];
/** Collectors: daytime and the evening, unhurried. */
export const DAYTIME: HourCurve = [
  0.5, 0.3, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 3, 4, 5, 5, 4.5, 4.5, 5, 5, 4.5, 4, 4, 4.5, 5, 4, 2.5, 1,
];
/** Off-session renewals the shop runs before opening. */
export const RENEWAL_RUN: HourCurve = [
  0, 0, 0, 0, 0, 1, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** Card testers and cash-out crews working through the British night. */
export const NIGHT_SHIFT: HourCurve = [
  6, 7, 7, 7, 6, 5, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 2, 2, 3, 4, 5, 6,
];

const peaks = new WeakMap<DayCurve, Map<string, number>>();

/** The largest day weight over the window (cached per curve and window), for rejection sampling. */
function peakOf(curve: DayCurve, w: Window, zone: Zone): number {
  const key = `${w.start}:${w.end}:${zone}`;
  const byWindow = peaks.get(curve) ?? new Map<string, number>();
  peaks.set(curve, byWindow);
  const known = byWindow.get(key);
  if (known !== undefined) return known;
  let peak = 0;
  for (let t = w.start; t < w.end + DAY; t += 6 * HOUR) peak = Math.max(peak, curve(localDay(t, zone)));
  byWindow.set(key, peak);
  return peak;
}

/**
 * A moment in the window following a day curve and an hour curve in the buyer's own zone (rejection
 * sampling; after 3,000 tries, any moment of the window).
 */
export function drawTime(rng: Rng, w: Window, zone: Zone, day: DayCurve, hours: HourCurve): number {
  const dayPeak = peakOf(day, w, zone);
  const hourPeak = Math.max(...hours);
  for (let i = 0; i < 3000; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const weight =
      (day(localDay(t, zone)) / dayPeak) * ((hours[Math.floor(localHourOf(t, zone))] ?? 0) / hourPeak);
    if (rng.next() < weight) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** The next weekday at `hour` local after `t` (posting and dispatch happen on working days). */
export function nextWorkingHour(t: number, zone: Zone, hour: number): number {
  let candidate = t;
  for (let i = 0; i < 10; i++) {
    const d = localDay(candidate, zone);
    const at = (d.index * 24 + hour - offsetOf(zone, candidate)) * HOUR;
    if (at > t && d.weekday !== 0 && d.weekday !== 6) return at;
    candidate += DAY;
  }
  return t + DAY;
}
