import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market, MARKETS } from './places.js';

/**
 * The January sales: the window opens Saturday 2 January 2027 at midnight in Rome (the Italian saldi start that
 * day) and runs sixteen days. Epiphany (6 January) is a holiday in Italy, Spain, Poland and Greece and Boboteaza
 * in Romania; Spain's rebajas start on the 7th, Greece's winter sales on Monday the 11th. Sundays are the big
 * online furniture day; evenings are the peak, later in Spain and Greece.
 */

/** Saturday 2 January 2027, 00:00 CET. */
export const START = Date.UTC(2027, 0, 1, 23);
export const DAYS = 16;

/** The day of the sale in the market that starts it: 1.0 before, a launch spike, then slowly fading. */
const SALE_START: Readonly<Record<Market, number>> = { IT: 0, ES: 5, PL: 0, RO: 0, GR: 9 };
const HOLIDAY: Readonly<Record<Market, readonly number[]>> = {
  IT: [4],
  ES: [4],
  PL: [4],
  RO: [4, 5],
  GR: [4],
};

/** Day index since START in the market's local time. */
const dayIndex = (t: number, m: Market) => Math.floor((t - START + (MARKETS[m].tz - 1) * HOUR) / DAY);

export function dayWeight(t: number, m: Market): number {
  const d = dayIndex(t, m);
  const weekday = new Date(t + MARKETS[m].tz * HOUR).getUTCDay();
  let w = weekday === 0 ? 1.3 : weekday === 6 ? 0.9 : 1;
  const since = d - SALE_START[m];
  w *= since < 0 ? 0.85 : since === 0 ? 1.7 : 1 + 0.45 * Math.exp(-since / 4);
  if (HOLIDAY[m].includes(d)) w *= 0.8;
  return w;
}

export type Rhythm = 'home' | 'office' | 'night' | 'any';

/** Relative orders per local hour (0–23). */
const HOURS: Readonly<Record<Rhythm, readonly number[]>> = {
  home: [2, 1, 0.5, 0.3, 0.2, 0.3, 0.6, 1.5, 3, 4, 5, 5, 6, 6, 5, 4.5, 4.5, 5, 6, 7, 8, 9, 8.5, 5],
  office: [0, 0, 0, 0, 0, 0, 0, 1, 5, 9, 10, 10, 7, 5, 8, 9, 8, 6, 3, 1, 0.5, 0.3, 0, 0],
  night: [6, 7, 7, 7, 6, 5, 4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 4, 5, 6],
  any: Array.from({ length: 24 }, () => 1),
};

/** Spaniards and Greeks shop about an hour later. */
const LATE: Readonly<Record<Market, number>> = { IT: 0, ES: 1, PL: -0.5, RO: 0, GR: 1 };

/** A moment in the window on the market's calendar and the rhythm's hours (office hours: weekdays only). */
export function moment(rng: Rng, w: Window, m: Market, rhythm: Rhythm): number {
  const curve = HOURS[rhythm];
  const top = Math.max(...curve) * 1.7 * 1.3;
  for (let i = 0; i < 500; i++) {
    const t = rng.float(w.start, w.end);
    const h = Math.floor((localHour(t, MARKETS[m].tz) - LATE[m] + 24) % 24);
    const weekday = new Date(t + MARKETS[m].tz * HOUR).getUTCDay();
    if (rhythm === 'office' && (weekday === 0 || weekday === 6)) continue;
    const weight = (curve[h] ?? 1) * (rhythm === 'night' ? 1 : dayWeight(t, m));
    if (rng.next() * top < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A booked two-hour delivery slot, 2–12 days after the order, 08:00–20:00 local, Monday to Saturday. */
export function deliverySlot(rng: Rng, at: number, m: Market, soonest = 2): { from: number; to: number } {
  const tz = MARKETS[m].tz;
  for (let i = 0; i < 50; i++) {
    const day = Math.floor((at + tz * HOUR) / DAY) + rng.int(soonest, soonest + 10);
    const from = day * DAY + rng.pick([8, 10, 12, 14, 16, 18]) * HOUR - tz * HOUR;
    if (new Date(from + tz * HOUR).getUTCDay() !== 0) return { from, to: from + 2 * HOUR };
  }
  const from = at + soonest * DAY;
  return { from, to: from + 2 * HOUR };
}
