import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: the four weeks before Easter Sunday 28 March 2027, from Sunday 28 February 00:00 UTC. Belgium, the
 * Netherlands, France, Germany and Luxembourg are on UTC+1 all through it (summer time starts on Easter Sunday
 * itself); the UK on UTC+0.
 */
export const START = Date.UTC(2027, 1, 28);
export const DAYS = 28;
export const EASTER = START + DAYS * DAY;

/** When in its day a kind of buyer shops, by local hour (any scale). */
export type Curve = 'home' | 'office' | 'night' | 'renewal';

const CURVES: Readonly<Record<Curve, readonly number[]>> = {
  // Lunch break and the evening after the children are in bed.
  home: [
    1.2, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 2, 2.6, 3, 3.4, 4, 3.8, 3.1, 3, 3.2, 3.6, 4, 4.8, 5.4, 5.2, 3.8,
    2.2,
  ],
  // Office managers and assistants ordering for the company.
  office: [0, 0, 0, 0, 0, 0, 0, 0.3, 2, 4, 5, 5, 3, 4, 5, 5, 4, 2, 0.5, 0, 0, 0, 0, 0],
  // Card testers and scripted buyers, whose own day is elsewhere.
  night: [4, 5, 5, 5, 4, 3, 2, 1, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.6, 0.8, 1, 1.5, 2, 3],
  // The subscription job runs at dawn and retries during the morning.
  renewal: [0, 0, 0, 0, 0, 3, 5, 3, 1, 0.5, 0.5, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
};

/**
 * How busy a point of the window is (`x` from 0 to 1): half as busy at the start as in the week before Easter,
 * with a bump in the last ten days for the shipping deadlines of chilled parcels abroad.
 */
const season = (x: number): number => (0.5 + 0.5 * x * x + (x > 0.62 && x < 0.92 ? 0.3 : 0)) / 1.3;

/**
 * A moment in the window that follows the season and the buyer's local hours; office orders fall on weekdays.
 * Rejection sampling, up to 600 tries; then any moment of the window.
 */
export function placedAt(rng: Rng, w: Window, tz: number, curve: Curve): number {
  const weights = CURVES[curve];
  const top = Math.max(...weights);
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    const local = new Date(t + tz * HOUR);
    if (curve === 'office' && (local.getUTCDay() === 0 || local.getUTCDay() === 6)) continue;
    const h = Math.floor(localHour(t, tz));
    const weight = season((t - w.start) / (w.end - w.start)) * ((weights[h] ?? 0) / top);
    if (rng.next() < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
