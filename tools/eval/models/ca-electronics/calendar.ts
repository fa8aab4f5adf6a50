import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The window: Saturday 19 December 2026, midnight in Toronto, to the end of Saturday 2 January 2027 (fifteen
 * days): the last week of Christmas shopping, Christmas Eve and Day (quiet but for e-gift cards and the online
 * Boxing Day deals that open on the evening of the 25th), Boxing Day itself, Boxing Week, New Year's.
 */

export const START = Date.UTC(2026, 11, 19, 5, 0, 0);
export const DAYS = 15;

/** How busy each day of the window is, relative to an ordinary December day. */
const DAY_WEIGHTS = [1.05, 1.0, 1.05, 1.05, 0.95, 0.55, 0.75, 2.7, 1.8, 1.45, 1.3, 1.2, 0.85, 0.75, 0.9];

/** Orders per local hour on an ordinary day: lunch and a long evening, a little after midnight. */
const HOURS = [
  0.35, 0.2, 0.1, 0.06, 0.05, 0.08, 0.2, 0.4, 0.6, 0.8, 0.95, 1.05, 1.15, 1.05, 1.0, 1.0, 1.0, 1.05, 1.2, 1.4,
  1.55, 1.45, 1.1, 0.65,
];
/** Card testers and overseas crews work when Canada sleeps. */
const NIGHT = [
  1.2, 1.3, 1.4, 1.4, 1.3, 1.1, 0.8, 0.5, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.5, 0.6, 0.7,
  0.8, 0.9, 1.0,
];
/** Businesses buy on weekdays in office hours. */
const OFFICE = [
  0, 0, 0, 0, 0, 0, 0.05, 0.3, 0.9, 1.2, 1.2, 1.0, 0.8, 1.1, 1.2, 1.1, 0.8, 0.3, 0.1, 0.05, 0.05, 0, 0, 0,
];

export type Rhythm = 'shopper' | 'night' | 'office';

const CURVES: Readonly<Record<Rhythm, readonly number[]>> = { shopper: HOURS, night: NIGHT, office: OFFICE };

/** The calendar day (0–14) a moment falls on, with the window's calendar stretched over its span. */
const dayOf = (w: Window, t: number): number =>
  Math.min(DAYS - 1, Math.floor(((t - w.start) / (w.end - w.start)) * DAYS));

/** Boxing Day's doorbusters open online at midnight Eastern: a rush from 00:00 to 02:00 that night. */
const boxingRush = (w: Window, t: number, tz: number): number => {
  const day = dayOf(w, t);
  const h = localHour(t, tz);
  return day === 7 && h < 2 ? 4 : day === 6 && h >= 19 ? 1.8 : 1;
};

/**
 * A moment in the window for a buyer at UTC offset `tz`, by the day's weight and the hour's, by rejection
 * sampling (an office buyer on a weekend or holiday is rejected).
 */
export function placedAt(rng: Rng, w: Window, tz: number, rhythm: Rhythm = 'shopper'): number {
  const curve = CURVES[rhythm];
  for (let i = 0; i < 600; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const day = dayOf(w, t);
    const h = Math.floor(localHour(t, tz));
    let weight = (DAY_WEIGHTS[day] ?? 1) * (curve[h] ?? 1) * boxingRush(w, t, tz);
    if (rhythm === 'office') {
      const weekday = new Date(t + tz * HOUR).getUTCDay();
      const holiday = [6, 7, 13].includes(day);
      if (weekday === 0 || weekday === 6 || holiday) weight *= 0.05;
    }
    if (rng.next() * 4 * 2.7 * 1.6 < weight) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment kept inside the window. */
export const within = (w: Window, t: number): number => Math.max(w.start, Math.min(w.end - 1, t));

export { DAY, HOUR };
