import { DAY, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The stream covers 1–16 December 2026: the weeks before Christmas, busier each week until the last day for
 * delivery by the 24th, with lunch-break and evening peaks in the buyer's own time zone.
 */

export const START = Date.UTC(2026, 11, 1);
export const DAYS = 16;

export type Rhythm = 'household' | 'office' | 'night' | 'any';

/** Relative order rate by local hour. */
const HOURLY: Readonly<Record<Rhythm, readonly number[]>> = {
  household: [3, 1.5, 1, 0.5, 0.5, 0.5, 1, 2, 3, 4, 5, 6, 8, 9, 7, 6, 6, 7, 9, 11, 13, 14, 11, 6],
  office: [0, 0, 0, 0, 0, 0, 0, 1, 6, 10, 11, 11, 6, 8, 11, 11, 9, 6, 2, 1, 0, 0, 0, 0],
  night: [9, 10, 10, 9, 8, 6, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 7, 8, 9],
  any: Array.from({ length: 24 }, () => 1),
};

/**
 * A moment in `w` for a buyer at UTC offset `tz`: rejection-sampled on the hourly curve and on the run-up to
 * Christmas (the last days weigh about twice the first); office orders fall on weekdays.
 */
export function momentIn(rng: Rng, w: Window, tz: number, rhythm: Rhythm): number {
  const curve = HOURLY[rhythm];
  const peak = Math.max(...curve);
  for (let i = 0; i < 500; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const ramp = 0.5 + 0.5 * Math.min(1, (t - w.start) / (w.end - w.start));
    const hour = Math.floor(localHour(t, tz));
    const day = new Date(t + tz * 3_600_000).getUTCDay();
    if (rhythm === 'office' && (day === 0 || day === 6)) continue;
    if (rng.next() < ((curve[hour] ?? 0) / peak) * ramp) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

export { DAY };
