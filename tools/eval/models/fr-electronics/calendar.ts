import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The winter sales: they open on Wednesday 13 January 2027 at midnight, Paris time (23:00 UTC the day before),
 * and the store's stream covers their first two weeks. The opening night and day are the busiest, the first
 * weekend stays high, it calms during the week and picks up again with the second markdown on Wednesday 20
 * January and the last weekend.
 */

export const START = Date.UTC(2027, 0, 12, 23);
export const DAYS = 14;

/** Relative busyness of each day of the window (day 0 is Wednesday 13 January in Paris). */
const DAY_WEIGHTS = [3.2, 2.1, 1.7, 1.9, 1.6, 1.0, 0.9, 1.6, 1.2, 1.0, 1.3, 1.4, 0.9, 0.8];

/** When people shop, by local hour: a late-night rush on the first night, lunch and the evening. */
export type Profile = 'household' | 'office' | 'night';

const HOURLY: Record<Profile, readonly number[]> = {
  //            0    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17   18   19   20   21   22   23
  household: [
    1.2, 0.6, 0.3, 0.2, 0.1, 0.1, 0.3, 0.8, 1.3, 1.6, 1.8, 2.0, 2.6, 2.6, 2.0, 1.8, 1.8, 2.0, 2.4, 2.8, 3.2,
    3.4, 2.8, 1.9,
  ],
  office: [0, 0, 0, 0, 0, 0, 0, 0.3, 1.5, 3, 3.2, 3, 1.6, 1.8, 3, 3, 2.6, 1.6, 0.6, 0, 0, 0, 0, 0],
  night: [
    2.6, 3, 3.2, 3, 2.6, 2, 1.2, 0.6, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.5, 0.6, 0.8, 1, 1.3, 1.8,
    2.2,
  ],
};

/**
 * A moment in `w` for a buyer in UTC offset `tz`, by the day weights (scaled to the window's length) and the
 * profile's hours; `office` keeps to weekdays.
 */
export function placedAt(rng: Rng, w: Window, tz: number, profile: Profile = 'household'): number {
  const span = w.end - w.start;
  const days = Math.max(1, Math.ceil(span / DAY));
  const weights = Array.from({ length: days }, (_, d) => DAY_WEIGHTS[d % DAY_WEIGHTS.length] ?? 1);
  const curve = HOURLY[profile];
  for (let i = 0; i < 60; i++) {
    const d = rng.weightedPick(weights.map((x, k) => [k, x] as const));
    const t = w.start + d * DAY + Math.floor(rng.next() * DAY);
    if (t >= w.end) continue;
    const h = localHour(t, tz);
    const local = new Date(t + tz * HOUR).getUTCDay();
    if (profile === 'office' && (local === 0 || local === 6)) continue;
    if (rng.next() * 3.4 < (curve[Math.floor(h)] ?? 0)) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment within `minutes` after `t`, but inside the window. */
export const soonAfter = (rng: Rng, w: Window, t: number, minutes: number): number =>
  Math.min(w.end - 1, t + rng.int(20_000, minutes * 60_000));
