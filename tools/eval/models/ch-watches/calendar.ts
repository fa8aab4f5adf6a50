import { type Window, DAY, HOUR, localHour } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The three weeks before Christmas: Thursday 3 December 2026 00:00 UTC to Thursday 24 December 00:00 UTC.
 * Orders grow towards Christmas; weekends are busier for private buyers; the last international courier
 * leaves on 18 December, after which only Swiss deliveries, boutique collection and e-mailed vouchers grow.
 */

export const START = Date.UTC(2026, 11, 3);
export const DAYS = 21;

/** How buyers spread over their day: at home (lunch and evening), at the office, or at any hour. */
export type Rhythm = 'home' | 'office' | 'any' | 'night';

const HOME = [1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 2, 3, 4, 5, 6, 7, 6, 5, 5, 5, 6, 7, 9, 10, 10, 8, 4];
const OFFICE = [0, 0, 0, 0, 0, 0, 0, 2, 6, 9, 10, 8, 6, 8, 9, 9, 8, 6, 3, 1, 0.5, 0.5, 0, 0];
const NIGHT = [8, 9, 10, 10, 9, 7, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7];

/** The local weekday (0 Sunday) at `t` for UTC offset `tz`. */
const weekday = (t: number, tz: number): number => new Date(t + tz * HOUR).getUTCDay();

/** A moment's weight: time of day, weekday, and how close Christmas is (as a share of the window). */
function weight(t: number, w: Window, tz: number, rhythm: Rhythm, abroad: boolean): number {
  const h = Math.floor(localHour(t, tz));
  const day = weekday(t, tz);
  const weekend = day === 0 || day === 6;
  let base: number;
  if (rhythm === 'office') base = weekend ? 0.05 * (OFFICE[h] ?? 0) : (OFFICE[h] ?? 0);
  else if (rhythm === 'night') base = NIGHT[h] ?? 0;
  else if (rhythm === 'any') base = 5;
  else base = (HOME[h] ?? 0) * (weekend ? 1.3 : 1);
  const share = (t - w.start) / Math.max(1, w.end - w.start);
  // The last week abroad is quieter once the courier cut-off is past (only for a full-length window).
  const afterCutoff = w.end - w.start > 10 * DAY && w.end - t < 5.5 * DAY;
  const ramp = 0.65 + 0.9 * share;
  return base * ramp * (abroad && afterCutoff ? 0.35 : 1);
}

/** A moment in the window, in `tz`'s local rhythm; `abroad` orders fall away after the courier cut-off. */
export function placeAt(rng: Rng, w: Window, tz: number, rhythm: Rhythm, abroad = false): number {
  const max = 10 * 1.55 * 1.3;
  for (let i = 0; i < 400; i++) {
    const t = rng.float(w.start, w.end);
    if (rng.next() * max < weight(t, w, tz, rhythm, abroad)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
