import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Two sale weeks, a month apart: 6–12 November 2026 (11.11 falls on its sixth day, a Wednesday) and 7–13 December
 * 2026 (12.12, a Saturday). The kit's window is continuous; a long window is laid onto the two weeks, its first half
 * on the first and its second half on the second, so the month between them (ordinary trading) is left out.
 */

/** 6 November 2026 00:00 in Singapore (UTC+8). */
export const START = Date.UTC(2026, 10, 5, 16);
/** The default stream: two weeks of orders, placed within the 38 days from the first week's start. */
export const SALE_DAYS = 14;
export const CALENDAR_DAYS = 38;
/** The second week opens 31 days after the first. */
const SECOND_WEEK = 31 * DAY;
/** A window at least this long is split into the two weeks. */
const SPLIT_FROM = 10 * DAY;

export interface Clock {
  /** The kit's window: its start, and its end as if the two weeks were one. */
  window: Window;
  /** Whether the window is laid onto two weeks. */
  split: boolean;
  /** Each week's (or the single window's) start and length, ms. */
  parts: ReadonlyArray<{ from: number; length: number }>;
  /** The sale days' midnights (Singapore time when the window starts at a Singapore midnight). */
  sales: readonly number[];
}

export function clockOf(window: Window): Clock {
  const span = window.end - window.start;
  const split = span >= SPLIT_FROM;
  const half = span / 2;
  const parts = split
    ? [
        { from: window.start, length: half },
        { from: window.start + Math.max(SECOND_WEEK, half), length: half },
      ]
    : [{ from: window.start, length: span }];
  const sales = parts.map((p) => p.from + Math.min(5 * DAY, Math.floor((p.length * 0.75) / DAY) * DAY));
  return { window, split, parts, sales };
}

/** The moment a fraction `u` of the way through the window, in calendar time. */
export function moment(c: Clock, u: number): number {
  const x = u * c.parts.length;
  const i = Math.min(c.parts.length - 1, Math.floor(x));
  const part = c.parts[i] ?? { from: c.window.start, length: 0 };
  return part.from + (x - i) * part.length;
}

/** When people shop: households in the evening, offices in working hours, card testers in the small hours. */
export type Rhythm = 'household' | 'office' | 'night' | 'flat';

const HOUSEHOLD = [
  0.55, 0.35, 0.18, 0.08, 0.05, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 0.8, 0.6, 0.55, 0.55, 0.6, 0.7, 0.8,
  0.95, 1, 1, 0.85,
];
const OFFICE = [
  0, 0, 0, 0, 0, 0, 0, 0.05, 0.4, 0.9, 1, 1, 0.6, 0.8, 1, 1, 0.9, 0.6, 0.2, 0.05, 0.02, 0, 0, 0,
];
const NIGHT = [
  1, 1, 1, 1, 0.9, 0.7, 0.4, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.3, 0.5, 0.7,
  0.9,
];

/** How busy a moment is against the sale days: the day itself, its first two hours above all, and the day after. */
function saleWeight(c: Clock, t: number): number {
  let w = 1;
  for (const s of c.sales) {
    const d = t - s;
    if (d >= 0 && d < 2 * HOUR) w = Math.max(w, 12);
    else if (d >= 0 && d < DAY) w = Math.max(w, 4.5);
    else if (d >= DAY && d < 2 * DAY) w = Math.max(w, 1.6);
    else if (d >= -DAY && d < 0) w = Math.max(w, 1.3);
  }
  return w;
}

function weight(c: Clock, t: number, tz: number, rhythm: Rhythm, saleDriven: boolean): number {
  const h = Math.floor(localHour(t, tz));
  const day = new Date(t + tz * HOUR).getUTCDay();
  let w = 1;
  if (rhythm === 'household') w = HOUSEHOLD[h] ?? 0.5;
  else if (rhythm === 'office') w = day === 0 || day === 6 ? 0 : (OFFICE[h] ?? 0);
  else if (rhythm === 'night') w = NIGHT[h] ?? 0.5;
  return w * (saleDriven ? saleWeight(c, t) / 12 : 1);
}

/**
 * A moment in the window at which someone in UTC offset `tz` shops to `rhythm`; sale-driven shoppers crowd into
 * the sale days (and their first two hours). Drawn by rejection, up to 400 tries.
 */
export function when(rng: Rng, c: Clock, tz: number, rhythm: Rhythm, saleDriven = true): number {
  for (let i = 0; i < 400; i++) {
    const t = moment(c, rng.next());
    if (rng.next() < weight(c, t, tz, rhythm, saleDriven)) return Math.floor(t);
  }
  return Math.floor(moment(c, rng.next()));
}

/** A moment close after `t` (a burst, a friend's order, a retry), kept inside the window's part. */
export function soonAfter(c: Clock, t: number, ms: number): number {
  const part = c.parts.find((p) => t >= p.from && t < p.from + p.length) ?? c.parts[0];
  const end = part ? part.from + part.length - 1 : t;
  return Math.floor(Math.min(end, t + ms));
}
