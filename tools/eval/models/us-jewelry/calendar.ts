import { HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The fortnight before Valentine's Day 2027: Sunday 31 January 00:00 in New York to Sunday 14 February 00:00.
 * Orders build through the second week, peak on Wednesday and Thursday (the last days ground shipping arrives in
 * time), stay high on Friday for overnight delivery, and on the Saturday are mostly e-gift cards, showroom
 * pickups and people who forgot.
 */

export const START = Date.UTC(2027, 0, 31, 5);
export const DAYS = 14;

/** How busy each day of the window is (the default window's days, Sunday 31 January first). */
const DAY_WEIGHTS = [0.55, 0.7, 0.72, 0.75, 0.8, 0.85, 0.75, 0.85, 1.15, 1.35, 1.6, 1.7, 1.4, 0.9];

/** Shapes of the day, by local hour 0–23. */
export type Curve = 'consumer' | 'office' | 'night' | 'late' | 'flat';

const CURVES: Record<Curve, readonly number[]> = {
  // Lunch at the desk and the evening on the sofa.
  consumer: [
    0.35, 0.2, 0.1, 0.06, 0.05, 0.08, 0.2, 0.4, 0.6, 0.75, 0.85, 0.95, 1.1, 1.05, 0.9, 0.85, 0.85, 0.9, 0.95,
    1.05, 1.2, 1.25, 1.05, 0.65,
  ],
  office: [0, 0, 0, 0, 0, 0, 0, 0.1, 0.6, 1, 1, 1, 0.8, 0.9, 1, 1, 0.8, 0.5, 0.15, 0, 0, 0, 0, 0],
  // Scripts run while the victims (and the store's staff) sleep.
  night: [
    0.8, 1, 1, 1, 0.9, 0.6, 0.3, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.2, 0.3,
    0.5, 0.7,
  ],
  // Late evenings and nights, US time: fraud run from other time zones, or after the kids are in bed.
  late: [
    0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.3, 0.35, 0.4, 0.45, 0.5, 0.5, 0.5, 0.5, 0.5, 0.55, 0.6, 0.65, 0.75,
    0.85, 1, 1, 1,
  ],
  flat: Array.from({ length: 24 }, () => 1),
};

/** How busy a moment is: its day's weight (by its place in the window) times its local hour's. */
function busy(t: number, w: Window, tz: number, curve: Curve, late: number): number {
  const span = Math.max(1, w.end - w.start);
  const index = Math.min(DAYS - 1, Math.floor(((t - w.start) / span) * DAYS));
  const day = DAY_WEIGHTS[index] ?? 1;
  // `late` bends the days towards the end of the window (e-gift cards, last-minute buyers).
  const bent = Math.pow(day, 1 + late) * (1 + late * (index / DAYS));
  const hour = CURVES[curve][Math.floor(localHour(t, tz))] ?? 1;
  const weekday = new Date(t + tz * HOUR).getUTCDay();
  const officeOff = curve === 'office' && (weekday === 0 || weekday === 6);
  return officeOff ? 0 : bent * hour;
}

/**
 * A moment in the window for a buyer at UTC offset `tz`, drawn by rejection against the day and hour shape; after
 * 500 tries, any moment.
 */
export function placeAt(rng: Rng, w: Window, tz: number, curve: Curve, late = 0): number {
  const top = Math.pow(2, 1 + late) * (1 + late) * 1.3;
  for (let i = 0; i < 500; i++) {
    const t = rng.float(w.start, w.end);
    if (rng.next() * top < busy(t, w, tz, curve, late)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
