import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: four weeks of the Moroccan summer, Monday 13 July to Sunday 9 August 2026, when Marhaba brings
 * Moroccans living abroad home (the crossings peak from late July) and tourists fill the riads. Morocco keeps
 * UTC+1 outside Ramadan; Europe is on summer time (UTC+2, Portugal and the UK UTC+1), eastern North America
 * UTC−4. The Throne Day (Fête du Trône, 30 July) is a public holiday and the shop runs a promotion around it.
 */

/** 13 July 2026 00:00 in Marrakech (UTC+1). */
export const START = Date.UTC(2026, 6, 12, 23);
export const DAYS = 28;
export const MA_TZ = 1;

/** Throne Day, local midnight to midnight. */
const THRONE_DAY = Date.UTC(2026, 6, 29, 23);

/** Whether `t` falls in the Throne Day promotion (28 July to 1 August, local). */
export const throneWeek = (t: number): boolean => t >= THRONE_DAY - 2 * DAY && t < THRONE_DAY + 3 * DAY;

/** Hour-of-day curves (local hour 0–23) for who is buying. */
export type Clock = 'ma' | 'europe' | 'america' | 'office' | 'night';

const CURVES: Record<Clock, readonly number[]> = {
  // Moroccans shop late: lunch, then from 20:00 to past midnight in summer.
  ma: [5, 3, 1.5, 0.6, 0.3, 0.3, 0.5, 1, 2, 3, 4, 5, 6, 6, 5, 4, 4, 5, 6, 7, 8, 9, 9, 7],
  europe: [2, 1, 0.5, 0.3, 0.2, 0.3, 1, 2, 3, 4, 4, 5, 6, 5, 4, 4, 4, 5, 6, 8, 9, 9, 7, 4],
  america: [3, 2, 1, 0.5, 0.3, 0.3, 1, 2, 3, 4, 5, 5, 6, 5, 5, 5, 5, 6, 7, 8, 8, 7, 6, 4],
  office: [0, 0, 0, 0, 0, 0, 0, 0.5, 3, 6, 8, 8, 5, 4, 7, 8, 7, 5, 2, 0.5, 0, 0, 0, 0],
  night: [8, 9, 9, 8, 7, 5, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 5, 6],
};

/** UTC offset of each clock's buyers. */
export const CLOCK_TZ: Record<Clock, number> = { ma: 1, europe: 2, america: -4, office: 1, night: 1 };

/** Busier as the summer goes on (Marhaba), more on weekends, and around the Throne Day promotion. */
function dayFactor(t: number): number {
  const local = t + MA_TZ * HOUR;
  const d = Math.floor((t - START) / DAY);
  const weekday = new Date(local).getUTCDay();
  let f = 1 + 0.6 * Math.min(1, Math.max(0, d / (DAYS - 1)));
  if (weekday === 0 || weekday === 6) f *= 1.15;
  if (weekday === 5) f *= 0.9;
  if (throneWeek(t)) f *= 1.3;
  return f;
}

/** A moment in the window weighted by day and by the clock's hours (rejection sampling; any moment at worst). */
export function when(rng: Rng, w: Window, clock: Clock, weekdaysOnly = false): number {
  const curve = CURVES[clock];
  const peak = Math.max(...curve) * 1.6 * 1.15 * 1.3;
  for (let i = 0; i < 500; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const local = new Date(t + CLOCK_TZ[clock] * HOUR);
    if (weekdaysOnly && [0, 6].includes(local.getUTCDay())) continue;
    const weight = (curve[local.getUTCHours()] ?? 1) * dayFactor(t);
    if (rng.next() * peak < weight) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}
