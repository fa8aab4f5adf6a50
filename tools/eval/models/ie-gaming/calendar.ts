import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The fortnight: Monday 9 to Sunday 22 November 2026 (GMT in Ireland and the UK). The limited PS5 Pro bundle
 * drops on Thursday 12 November at 09:00 and is restocked on Monday 16 at 12:00; the second allocation of the
 * Outlaw Coast VI collector's edition opens on Saturday 14 at 19:00; the game itself unlocks at midnight on
 * Thursday 19 November; the early Black Friday deals start on Friday 20.
 */

export const START = Date.UTC(2026, 10, 9);
export const DAYS = 14;
const SPAN_HOURS = DAYS * 24;

/** Hours from the start of the default window. */
export const MOMENTS = {
  bundleDrop: 3 * 24 + 9,
  ceRestock: 5 * 24 + 19,
  restock: 7 * 24 + 12,
  release: 10 * 24,
  earlyDeals: 11 * 24,
} as const;

/** A moment of the default fortnight in `w` (scaled when the window is shorter or longer). */
export const scaled = (w: Window, hours: number): number =>
  w.start + Math.floor(((w.end - w.start) * hours) / SPAN_HOURS);

/** A time kept inside the window (a second before its end at the latest). */
export const within = (w: Window, t: number): number =>
  Math.min(w.end - 1_000, Math.max(w.start, Math.floor(t)));

/** How busy each day of the fortnight is for ordinary shopping: weekends, the release, the early deals. */
const DAY_WEIGHTS = [0.9, 0.9, 0.95, 1.1, 1.05, 1.2, 1.15, 0.95, 0.95, 1.05, 1.35, 1.35, 1.3, 1.25];

export type Rhythm = 'household' | 'teen' | 'student' | 'office' | 'night' | 'shop' | 'any';

/** Local-hour weights, 00–23. */
const HOURS: Readonly<Record<Rhythm, readonly number[]>> = {
  household: [
    2, 1, 0.5, 0.3, 0.2, 0.3, 0.8, 1.8, 3, 4, 4.5, 5, 5.5, 5, 4.6, 4.6, 5, 5.6, 6.5, 7.5, 8, 7.5, 6, 3.8,
  ],
  teen: [
    2.5, 1.2, 0.5, 0.2, 0.1, 0.1, 0.3, 1, 1.5, 1.5, 1.8, 2, 2.5, 2.5, 3, 4.5, 6.5, 7, 7.5, 8, 8.5, 8, 6.5, 4,
  ],
  student: [
    5, 4, 2.5, 1.2, 0.5, 0.3, 0.3, 0.6, 1.2, 2, 3, 3.8, 4.5, 4.5, 4.5, 4.5, 4.5, 4.8, 5, 5.5, 6, 6.5, 6.5, 6,
  ],
  office: [0, 0, 0, 0, 0, 0, 0, 0.5, 3, 6, 7, 7, 5, 6, 7, 7, 6, 3, 0.5, 0, 0, 0, 0, 0],
  night: [6, 7, 8, 8, 7, 5, 3, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1.5, 2, 3, 4.5],
  shop: [0, 0, 0, 0, 0, 0, 0, 0.5, 2, 5, 7, 8, 9, 9, 8, 8, 7, 5, 2, 0, 0, 0, 0, 0],
  any: Array.from({ length: 24 }, () => 1),
};

/**
 * A moment in the window: a day by how busy it is, a local hour by the rhythm (for a buyer `tz` hours from UTC),
 * weekdays only when asked; after 60 misses, any moment.
 */
export function moment(rng: Rng, w: Window, tz: number, rhythm: Rhythm, weekdays = false): number {
  const days = Math.max(1, Math.ceil((w.end - w.start) / DAY));
  const dayWeights = Array.from(
    { length: days },
    (_, i) => [i, DAY_WEIGHTS[i % DAY_WEIGHTS.length] ?? 1] as const,
  );
  const hourWeights = (HOURS[rhythm] ?? []).map((x, h) => [h, x] as const);
  for (let i = 0; i < 60; i++) {
    const d = rng.weightedPick(dayWeights);
    const h = rng.weightedPick(hourWeights);
    const t = w.start + d * DAY + (h - tz) * HOUR + Math.floor(rng.next() * HOUR);
    if (t < w.start || t >= w.end) continue;
    const weekday = new Date(t + tz * HOUR).getUTCDay();
    if (weekdays && (weekday === 0 || weekday === 6)) continue;
    return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}
