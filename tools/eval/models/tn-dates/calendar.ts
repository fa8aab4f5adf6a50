import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: 9 February to 22 March 2026 in Tunis (UTC+1 all year; France, Italy, Germany and Belgium are on
 * CET, UTC+1, until 29 March). Ramadan begins on Thursday 19 February in Tunisia (18 February for the French
 * mosques that follow the calculation), the last ten nights start on 9 March, Laylat al-Qadr is the night of
 * 16 March, Eid al-Fitr is Friday 20 March (also Independence Day) and Saturday 21 March.
 */

export const TZ = 1;
export const START = Date.UTC(2026, 1, 8, 23);
export const DAYS = 42;
export const RAMADAN_FIRST = Date.UTC(2026, 1, 18, 23);
export const LAST_TEN = Date.UTC(2026, 2, 8, 23);
export const EID = Date.UTC(2026, 2, 19, 23);
/** The last day an order to Europe is promised before Eid (Aramex from Tozeur and Sfax: five to eight days). */
export const EU_CUTOFF = Date.UTC(2026, 2, 11, 23);

export const inRamadan = (t: number): boolean => t >= RAMADAN_FIRST && t < EID;

/** How busy a day is: the run-up, the first days of Ramadan, the last ten nights, Eid itself, the lull after. */
export function dayWeight(t: number, abroad: boolean): number {
  if (t < RAMADAN_FIRST - 3 * DAY) return 0.7;
  if (t < RAMADAN_FIRST + 3 * DAY) return 1.5;
  if (t < LAST_TEN) return 1;
  if (t < EID - DAY) return abroad && t >= EU_CUTOFF ? 0.55 : 1.6;
  if (t < EID) return abroad ? 0.4 : 1.1;
  if (t < EID + 2 * DAY) return 0.3;
  return 0.55;
}

export type Rhythm = 'fasting' | 'daytime' | 'office' | 'night';

/** Local hour weights: during Ramadan the shop wakes after iftar and runs to suhoor, and sleeps at dawn. */
const RAMADAN_HOURS = [
  7, 5, 4, 3, 1.2, 0.3, 0.2, 0.3, 0.8, 1.8, 2.5, 3, 3, 3, 3, 3, 2.6, 1.8, 0.5, 1.5, 4, 7, 9, 8.5,
];
const ORDINARY_HOURS = [
  1.2, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 2, 3, 3.5, 4, 4, 4.5, 4.5, 4, 4, 4, 4.5, 5, 5.5, 6, 6.5, 5, 2.5,
];

function hourWeight(rhythm: Rhythm, t: number): number {
  const h = Math.floor(localHour(t, TZ));
  const weekday = new Date(t + TZ * HOUR).getUTCDay();
  if (rhythm === 'office') {
    if (weekday === 0 || weekday === 6) return 0.05;
    // Tunisian offices work a single session, 8:00–14:30, during Ramadan.
    const close = inRamadan(t) ? 15 : 18;
    return h >= 8 && h < close ? 4 : 0.1;
  }
  if (rhythm === 'night') return h >= 1 && h < 7 ? 8 : 2;
  const table = rhythm === 'fasting' && inRamadan(t) ? RAMADAN_HOURS : ORDINARY_HOURS;
  return table[h] ?? 1;
}

/** A moment in the window following the day and hour weights (rejection sampling; any moment after 600 tries). */
export function when(rng: Rng, w: Window, rhythm: Rhythm, abroad = false): number {
  for (let i = 0; i < 600; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    if (rng.next() * 16 < dayWeight(t, abroad) * hourWeight(rhythm, t)) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}
