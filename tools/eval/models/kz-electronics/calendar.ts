import { HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's fortnight: Monday 2 November 2026 00:00 in Almaty (UTC+5, the whole of Kazakhstan since 2024) to
 * the end of Sunday 15 November, with the 11.11 sale on Wednesday 11 November. Traffic climbs through the
 * teaser days, spikes at midnight when the 11.11 prices go live, stays heavy all that day and tails off.
 */

export const TZ = 5;
export const START = Date.UTC(2026, 10, 1, 24 - TZ);
export const DAYS = 14;
/** The day of the window (0-based) that is 11 November. */
export const SALE_DAY = 9;

/** Relative order volume per day, 2–15 November. */
const DAY_WEIGHTS = [0.75, 0.75, 0.8, 0.85, 0.95, 1.1, 1.05, 0.95, 1.3, 3.6, 1.7, 1.25, 1.15, 1.0];

/** Evenings and late nights: when SIM swaps are done and taken-over accounts are used. */
export const LATE_HOURS = [
  2, 1.5, 1, 0.5, 0.2, 0.2, 0.3, 0.5, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 1.5, 2, 2.5, 2.8, 2.8, 2.5,
];

/** Relative volume by local hour: a small late-evening shoulder, lunch, and the 19–22 h peak. */
export const HOME_HOURS = [
  1.0, 0.55, 0.3, 0.15, 0.1, 0.1, 0.2, 0.45, 0.8, 1.1, 1.3, 1.45, 1.6, 1.55, 1.45, 1.45, 1.5, 1.6, 1.9, 2.2,
  2.4, 2.35, 2.0, 1.5,
];
/** Working hours on weekdays: companies, pickup points, couriers' dispatch. */
export const OFFICE_HOURS = [
  0, 0, 0, 0, 0, 0, 0, 0, 0.3, 1.5, 2, 2, 1.4, 1.6, 2, 2, 1.8, 1.2, 0.4, 0, 0, 0, 0, 0,
];
/** Shops and pickup points open 10:00–22:00. */
export const DAYTIME_HOURS = [
  0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0.6, 1.2, 1.5, 1.6, 1.6, 1.6, 1.6, 1.6, 1.7, 1.8, 1.8, 1.6, 1.2, 0.5, 0,
];
/** Card testers and scripts work while the store's staff sleep. */
export const NIGHT_HOURS = [
  1.5, 2, 2.5, 2.5, 2.5, 2.2, 1.5, 0.8, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.5, 0.6, 0.8,
  1.0, 1.2,
];

export interface Timing {
  hours: readonly number[];
  /** UTC offset of the buyer, hours (Almaty +5; Bishkek +6; Tashkent +5; Moscow +3; …). */
  tz?: number;
  /** Follow the sale calendar (day weights and the midnight spike on 11.11); otherwise flat over the days. */
  sale?: boolean;
  /** Monday to Friday only (local). */
  weekdays?: boolean;
  /** How strongly the day weights bend the draw (1 = as they are, 0 = flat). */
  saleBias?: number;
}

/** The day of the sale calendar a moment falls on, scaled so any window keeps the fortnight's shape. */
export const calendarDay = (t: number, w: Window): number =>
  Math.min(DAYS - 1, Math.max(0, Math.floor(((t - w.start) / Math.max(1, w.end - w.start)) * DAYS)));

function weight(t: number, w: Window, timing: Timing): number {
  const tz = timing.tz ?? TZ;
  const hour = Math.floor(localHour(t, tz));
  let x = timing.hours[hour] ?? 0;
  if (timing.weekdays) {
    const day = new Date(t + tz * HOUR).getUTCDay();
    if (day === 0 || day === 6) return 0;
  }
  if (timing.sale !== false) {
    const d = calendarDay(t, w);
    const bias = timing.saleBias ?? 1;
    x *= 1 + bias * ((DAY_WEIGHTS[d] ?? 1) - 1);
    // The 11.11 prices go live at midnight: the first two hours of the day are the busiest of the fortnight.
    if (d === SALE_DAY && hour < 2) x *= 4 * bias + (1 - bias);
  }
  return x;
}

const SLOT = 15 * 60_000;
const curveIds = new WeakMap<readonly number[], number>();
let curves = 0;
const tables = new Map<string, { cumulative: Float64Array; total: number }>();

/** The timing's weight per quarter hour of the window, accumulated (built once per window and timing). */
function tableOf(w: Window, timing: Timing): { cumulative: Float64Array; total: number } {
  let id = curveIds.get(timing.hours);
  if (id === undefined) curveIds.set(timing.hours, (id = ++curves));
  const key = [w.start, w.end, id, timing.tz, timing.sale, timing.weekdays, timing.saleBias].join(':');
  const found = tables.get(key);
  if (found) return found;
  const slots = Math.max(1, Math.ceil((w.end - w.start) / SLOT));
  const cumulative = new Float64Array(slots);
  let total = 0;
  for (let i = 0; i < slots; i++) {
    const mid = Math.min(w.end - 1, w.start + i * SLOT + SLOT / 2);
    total += weight(mid, w, timing);
    cumulative[i] = total;
  }
  const table = { cumulative, total };
  if (tables.size > 200) tables.clear();
  tables.set(key, table);
  return table;
}

/** A moment in the window drawn by the timing's curves: a quarter hour by its weight, then a moment in it. */
export function momentIn(rng: Rng, w: Window, timing: Timing): number {
  const { cumulative, total } = tableOf(w, timing);
  if (total <= 0) return Math.floor(rng.float(w.start, w.end));
  const x = rng.next() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  const from = w.start + lo * SLOT;
  return Math.floor(Math.min(w.end - 1, from + rng.next() * Math.min(SLOT, w.end - from)));
}
