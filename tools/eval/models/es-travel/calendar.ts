import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The selling window: the fourteen days from Friday 11 December 2026 00:00 in Madrid (23:00 UTC the day before)
 * to Christmas Eve, the last days the busiest (late bookings for the holidays, gift cards before the 24th).
 */

export const START = Date.UTC(2026, 11, 10, 23, 0, 0);
export const DAYS = 14;

/** How busy each day of the window is (index 0 = 11 December), relative to the busiest. */
const RAMP = [0.55, 0.6, 0.62, 0.6, 0.62, 0.68, 0.75, 0.8, 0.78, 0.85, 0.9, 1, 0.95, 0.7];

/** When people buy, by local hour: a curve of 24 weights (0–1). */
export type Curve = 'consumer' | 'late' | 'office' | 'night' | 'any';

const CURVES: Record<Curve, readonly number[]> = {
  // Lunch break and the evening after dinner, as Spain eats late.
  consumer: [
    0.25, 0.12, 0.05, 0.03, 0.02, 0.03, 0.06, 0.15, 0.3, 0.45, 0.55, 0.6, 0.7, 0.8, 0.75, 0.6, 0.6, 0.65, 0.7,
    0.75, 0.85, 0.95, 1, 0.7,
  ],
  // Students and shift workers: afternoon to well past midnight.
  late: [
    0.7, 0.55, 0.35, 0.15, 0.06, 0.03, 0.03, 0.06, 0.12, 0.2, 0.3, 0.4, 0.5, 0.6, 0.6, 0.55, 0.6, 0.65, 0.7,
    0.75, 0.85, 0.95, 1, 0.9,
  ],
  office: [0, 0, 0, 0, 0, 0, 0, 0.05, 0.5, 0.9, 1, 1, 0.9, 0.6, 0.4, 0.7, 0.9, 0.8, 0.5, 0.2, 0.05, 0, 0, 0],
  // Card testers and cash-out runs: when the issuer's fraud desk and the store's staff sleep.
  night: [
    0.9, 1, 1, 1, 0.95, 0.8, 0.5, 0.25, 0.1, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.1, 0.1, 0.1, 0.15,
    0.2, 0.3, 0.5, 0.7,
  ],
  any: Array.from({ length: 24 }, () => 1),
};

const dayOf = (t: number, w: Window) => Math.floor((t - w.start) / DAY);

/**
 * A moment in the window for a buyer at UTC offset `tz`, drawn by the day's business and the curve (weekdays
 * only for `office`), by rejection; after 600 tries, any moment.
 */
export function placedAt(rng: Rng, w: Window, tz: number, curve: Curve): number {
  const weights = CURVES[curve];
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    const h = localHour(t, tz);
    const day = dayOf(t, w);
    const ramp = RAMP[Math.min(RAMP.length - 1, Math.max(0, day % RAMP.length))] ?? 1;
    const weekday = new Date(t + tz * HOUR).getUTCDay();
    if (curve === 'office' && (weekday === 0 || weekday === 6)) continue;
    if (rng.next() < (weights[Math.floor(h)] ?? 0) * ramp) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A burst's next moment: `gapMin`–`gapMax` ms after the last, kept inside the window. */
export const nextInBurst = (rng: Rng, w: Window, last: number, gapMin: number, gapMax: number): number =>
  Math.min(w.end - 1, last + rng.int(gapMin, gapMax));
