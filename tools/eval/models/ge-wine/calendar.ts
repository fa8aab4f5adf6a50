import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The Rtveli season: Monday 14 September to Sunday 18 October 2026 in Tbilisi (UTC+4 all year), 35 days. The
 * grape harvest in Kakheti runs from mid-September into early October; the shop's busiest days are the harvest
 * weekends, when the winery hosts pickers' suppers and tastings, and the Tbilisoba weekend (17–18 October).
 */

export const TBILISI_TZ = 4;
/** 14 September 2026, 00:00 in Tbilisi. */
export const START = Date.UTC(2026, 8, 13, 20);
export const DAYS = 35;

/** When a kind of buyer shops, by local hour (relative weights). */
export type Rhythm = 'household' | 'office' | 'night' | 'evening';

const CURVES: Record<Rhythm, readonly number[]> = {
  //         0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
  household: [3, 2, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 8, 6, 6, 6, 7, 8, 10, 10, 10, 8, 5],
  office: [0, 0, 0, 0, 0, 0, 0, 1, 3, 8, 10, 10, 8, 9, 10, 10, 8, 6, 2, 1, 0, 0, 0, 0],
  night: [8, 10, 10, 10, 9, 7, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 7],
  evening: [2, 1, 1, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 7, 6, 6, 7, 8, 10, 10, 10, 9, 7, 4],
};

/** How busy a day of the season is (the harvest weekends and Tbilisoba are busier). */
export function dayWeight(t: number, tz: number, rhythm: Rhythm): number {
  const local = new Date(t + tz * HOUR);
  const weekday = local.getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  if (rhythm === 'office') return weekend ? 0.03 : 1;
  const day = Math.floor((t - START) / DAY);
  const harvest = day >= 5 && day <= 22 ? 1.3 : 1;
  const tbilisoba = day >= 33 ? 1.3 : 1;
  return (weekend ? 1.4 : 1) * harvest * tbilisoba;
}

/** A moment in the window, by the buyer's local hour and the day's weight (rejection sampling). */
export function placeAt(rng: Rng, w: Window, tz: number, rhythm: Rhythm): number {
  const curve = CURVES[rhythm];
  for (let i = 0; i < 300; i++) {
    const t = rng.float(w.start, w.end);
    const p = ((curve[Math.floor(localHour(t, tz))] ?? 0) / 10) * (dayWeight(t, tz, rhythm) / 1.82);
    if (rng.chance(p)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
