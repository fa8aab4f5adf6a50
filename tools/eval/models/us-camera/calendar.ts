import { DAY, HOUR, localHour, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season and the store's clock. The default window is Black Friday week and Cyber Monday week 2026:
 * Monday 23 November 00:00 in New York (05:00 UTC) for fourteen days, Thanksgiving on Thursday 26 November,
 * Black Friday on the 27th, Cyber Monday on 30 November. Orders are taken online around the clock, Sabbath
 * included; the Manhattan superstore, its pickup counter and its shipping floor close from Friday early afternoon
 * to Sunday morning, on Thanksgiving and on the Jewish holidays, so whatever staff do waits for the doors to open.
 */

export const START = Date.UTC(2026, 10, 23, 5);
export const DAYS = 14;

/**
 * How busy each day of the window is, from its first day (Monday 23 November by default): the Thanksgiving
 * evening sale, Black Friday, a quiet Sabbath, Sunday browsing, Cyber Monday, then the second week tailing off.
 * A longer window cycles the fortnight.
 */
const DAY_WEIGHT = [0.8, 0.85, 0.95, 1.2, 2.1, 1.0, 1.25, 2.3, 1.3, 1.0, 0.9, 0.8, 0.75, 0.85] as const;

/** Hour-of-day curves (local time), relative weights. */
export type Curve = 'evening' | 'office' | 'night' | 'daytime';

const CURVES: Record<Curve, readonly number[]> = {
  // Households: a lunch bump, then evenings after dinner; the midnight deal drops keep some up late.
  evening: [
    0.7, 0.35, 0.15, 0.08, 0.06, 0.1, 0.25, 0.5, 0.8, 1.0, 1.1, 1.2, 1.45, 1.35, 1.2, 1.2, 1.3, 1.45, 1.6,
    1.9, 2.2, 2.3, 1.9, 1.2,
  ],
  // Businesses, schools, studios: purchasing in office hours.
  office: [
    0, 0, 0, 0, 0, 0, 0.05, 0.3, 0.9, 1.6, 2.0, 2.0, 1.3, 1.7, 2.0, 1.8, 1.4, 0.8, 0.3, 0.1, 0.05, 0, 0, 0,
  ],
  // Scripts and crews working while the victims and the store's staff sleep.
  night: [
    1.6, 2.0, 2.2, 2.2, 2.0, 1.6, 1.0, 0.5, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.4, 0.5,
    0.7, 1.0, 1.3,
  ],
  // Someone on the move: a day in the city, a counter visit.
  daytime: [
    0.1, 0.05, 0, 0, 0, 0, 0.1, 0.4, 0.9, 1.4, 1.7, 1.8, 1.8, 1.8, 1.7, 1.6, 1.4, 1.1, 0.8, 0.6, 0.4, 0.3,
    0.2, 0.1,
  ],
};

const MAX_DAY = Math.max(...DAY_WEIGHT);

const dayWeight = (t: number, w: Window): number =>
  DAY_WEIGHT[Math.floor((t - w.start) / DAY) % DAY_WEIGHT.length] ?? 1;

/** The local day of the week (0 Sunday) at `t` for UTC offset `tz` hours. */
export const localDay = (t: number, tz: number): number => new Date(t + tz * HOUR).getUTCDay();

/**
 * A moment in the window for a buyer at UTC offset `tz`, following the season's days and the curve's hours
 * (rejection sampling, up to 600 draws; after that any moment). `weekdays` keeps to Monday–Friday locally.
 */
export function placedAt(rng: Rng, w: Window, tz: number, curve: Curve, weekdays = false): number {
  const hours = CURVES[curve];
  const top = Math.max(...hours) * MAX_DAY;
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    if (weekdays && [0, 6].includes(localDay(t, tz))) continue;
    const h = hours[Math.floor(localHour(t, tz))] ?? 0;
    if (rng.next() * top < h * dayWeight(t, w)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment near `around` (± `spread` ms), kept inside the window. */
export function near(rng: Rng, w: Window, around: number, spread: number): number {
  const t = around + rng.float(-spread, spread);
  return Math.floor(Math.min(w.end - 1, Math.max(w.start, t)));
}

/** New York's UTC offset at `t`: −4 from the second Sunday of March to the first Sunday of November, else −5. */
export function newYorkOffset(t: number): number {
  const year = new Date(t).getUTCFullYear();
  const sunday = (month: number, nth: number): number => {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return Date.UTC(year, month, 1 + ((7 - first) % 7) + 7 * (nth - 1));
  };
  const from = sunday(2, 2) + 7 * HOUR;
  const to = sunday(10, 1) + 6 * HOUR;
  return t >= from && t < to ? -4 : -5;
}

/**
 * Days the store is closed all day, in New York: Thanksgiving and the Jewish holidays on which work is not
 * done (Passover's first and last days, Shavuot, Rosh Hashanah, Yom Kippur, Sukkot, Shemini Atzeret and Simchat
 * Torah), 2026 to mid-2027. Hanukkah (from the evening of 4 December 2026) is a working holiday: open.
 */
const HOLIDAYS = new Set([
  '2026-04-02',
  '2026-04-03',
  '2026-04-08',
  '2026-04-09',
  '2026-05-22',
  '2026-05-23',
  '2026-09-12',
  '2026-09-13',
  '2026-09-21',
  '2026-09-26',
  '2026-09-27',
  '2026-10-03',
  '2026-10-04',
  '2026-11-26',
  '2027-04-22',
  '2027-04-23',
  '2027-04-28',
  '2027-04-29',
  '2027-06-11',
  '2027-06-12',
]);

/**
 * Whether the store is open at `t`: Sunday 10–18, Monday–Thursday 9–19, Friday 9–13 (the Sabbath begins at
 * sundown), closed on Saturday and on the holidays above, all New York time.
 */
export function storeOpen(t: number): boolean {
  const local = new Date(t + newYorkOffset(t) * HOUR);
  if (HOLIDAYS.has(local.toISOString().slice(0, 10))) return false;
  const h = local.getUTCHours() + local.getUTCMinutes() / 60;
  switch (local.getUTCDay()) {
    case 0:
      return h >= 10 && h < 18;
    case 5:
      return h >= 9 && h < 13;
    case 6:
      return false;
    default:
      return h >= 9 && h < 19;
  }
}

/** The first moment from `t` on (to the quarter hour) when the store is open; staff act then. */
export function nextOpen(t: number): number {
  if (storeOpen(t)) return t;
  let at = Math.ceil(t / (15 * MINUTE)) * 15 * MINUTE;
  for (let i = 0; i < 4 * 24 * 6 && !storeOpen(at); i++) at += 15 * MINUTE;
  return at;
}

/** `t` plus `ms` of working time: a step that takes staff that long, starting when the doors are open. */
export const afterWork = (t: number, ms: number): number => nextOpen(nextOpen(t) + ms);
