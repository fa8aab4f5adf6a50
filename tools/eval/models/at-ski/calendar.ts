import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The shop's three weeks: Monday 23 November to Sunday 13 December 2026, the start of the ski season. The
 * pre-season sale runs the first week and peaks on Black Friday (27 November) and Cyber Monday (30 November);
 * Ischgl opens on 26 November, tourists start arriving in the first December weekends, and 8 December (Mariä
 * Empfängnis) is a holiday in Austria. All seven markets keep Central European Time (UTC+1) in winter.
 */

export const START = Date.UTC(2026, 10, 23);
export const DAYS = 21;
/** UTC offset of every market in winter. */
export const CET = 1;

const dayKey = (t: number): string => new Date(t + CET * HOUR).toISOString().slice(0, 10);

/** How much busier than an ordinary day a date is (the sale, Black Friday, Cyber Monday, the holiday). */
const SPECIAL: Readonly<Record<string, number>> = {
  '2026-11-23': 1.35,
  '2026-11-24': 1.3,
  '2026-11-25': 1.3,
  '2026-11-26': 1.45,
  '2026-11-27': 2.6,
  '2026-11-28': 1.7,
  '2026-11-29': 1.6,
  '2026-11-30': 2.0,
  '2026-12-01': 1.15,
  '2026-12-08': 1.3,
};

/** The pre-season sale: markdowns on last season's hardware and clothing. */
export const isSaleDay = (t: number): boolean => {
  const k = dayKey(t);
  return k >= '2026-11-23' && k <= '2026-11-30';
};

/** Sunday evenings are the busiest ordinary time: the shops are shut and people plan the season. */
const WEEKDAY = [1.35, 1.0, 0.95, 0.95, 1.0, 1.05, 1.05];

/** Orders by local hour: lunch and a long evening peak, little at night. */
export const EVERYDAY_HOURS: readonly number[] = [
  0.18, 0.09, 0.05, 0.04, 0.04, 0.07, 0.22, 0.45, 0.65, 0.8, 0.9, 0.95, 1.1, 1.05, 0.95, 0.95, 1.0, 1.1, 1.25,
  1.45, 1.6, 1.55, 1.1, 0.5,
];
/** Clubs, schools and companies: office hours. */
export const OFFICE_HOURS: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0.3, 1, 1, 1, 1, 0.7, 0.8, 1, 1, 0.9, 0.6, 0.3, 0.2, 0.2, 0.1, 0, 0,
];
/** People on holiday in the mountains: after the lifts close, and late at the hotel. */
export const RESORT_HOURS: readonly number[] = [
  0.3, 0.15, 0.05, 0.02, 0.02, 0.05, 0.2, 0.6, 0.7, 0.4, 0.3, 0.3, 0.4, 0.4, 0.4, 0.6, 1.0, 1.3, 1.4, 1.5,
  1.6, 1.6, 1.2, 0.6,
];
/** Scripts run when the shop's staff sleep. */
export const NIGHT_HOURS: readonly number[] = [
  1.2, 1.5, 1.6, 1.6, 1.4, 1.0, 0.5, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.4,
  0.5, 0.7, 1.0,
];

export interface Timing {
  /** Weight by local hour (24 values). */
  hours: readonly number[];
  /** The buyer's UTC offset. */
  tz?: number;
  /** How strongly the sale days and Black Friday pull this kind (1 = as everyone, 0 = not at all). */
  sale?: number;
  weekdaysOnly?: boolean;
}

/** How busy the shop is at `t` for buyers of this timing, relative to an ordinary weekday. */
function intensity(t: number, w: Window, timing: Timing): number {
  const tz = timing.tz ?? CET;
  const local = new Date(t + tz * HOUR);
  const weekday = local.getUTCDay();
  if (timing.weekdaysOnly && (weekday === 0 || weekday === 6)) return 0;
  const special = SPECIAL[dayKey(t)] ?? 1;
  const pull = timing.sale ?? 1;
  const ramp = 0.85 + (0.35 * (t - w.start)) / Math.max(DAY, w.end - w.start);
  const hour = timing.hours[Math.floor(localHour(t, tz))] ?? 0;
  return (WEEKDAY[weekday] ?? 1) * special ** pull * ramp * hour;
}

/** A moment in the window drawn by the timing's intensity (rejection sampling; any moment after 500 tries). */
export function placeAt(rng: Rng, w: Window, timing: Timing): number {
  const top = 1.35 * 2.6 ** Math.max(1, timing.sale ?? 1) * 1.2 * Math.max(...timing.hours);
  for (let i = 0; i < 500; i++) {
    const t = rng.float(w.start, w.end);
    if (rng.next() * top < intensity(t, w, timing)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
