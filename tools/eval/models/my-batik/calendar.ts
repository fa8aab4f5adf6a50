import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The five weeks before Hari Raya Aidilfitri 1447 (Saturday 21 March 2026 in Malaysia, Singapore and Brunei),
 * from Saturday 14 February 00:00 in Kuala Lumpur (UTC+8) to the first minute of Raya.
 *
 * Day 0 is 14 February. Chinese New Year falls on days 3–4 (17–18 February: couriers close for two to four
 * days); the first of Ramadan is day 5 (19 February); the 25th (day 11) is payday for most private employers;
 * made-to-measure orders for Raya close at the end of 28 February (day 14); Nuzul al-Quran is day 21 (7 March);
 * the last DHL pick-up for delivery abroad before Raya is day 22 (8 March), for Sabah, Sarawak and Labuan day 25
 * (11 March), for Peninsular Malaysia day 29 (15 March); many employers pay March salaries early, before Raya,
 * around day 26 (12 March); the last five days are same-day rides in the Klang Valley, pickups at the boutique
 * and e-vouchers, the boutique closing at six on Raya eve. A window given by the options keeps this shape.
 */

export const START = Date.UTC(2026, 1, 13, 16);
export const DAYS = 35;
/** Malaysia, Singapore and Brunei keep UTC+8 all year. */
export const MYT = 8;

export const CNY = [3, 5] as const;
export const RAMADAN_DAY = 5;
export const TAILORING_CUTOFF = 15;
export const ABROAD_CUTOFF = 23;
export const EAST_CUTOFF = 26;
export const PENINSULAR_CUTOFF = 30;

/** How busy each day is, relative to the others: CNY and the days before Ramadan are quiet, paydays and the last fortnight busy. */
const DAY_WEIGHT: readonly number[] = [
  // 14–18 Feb: before Ramadan, Chinese New Year
  0.55, 0.5, 0.45, 0.3, 0.35,
  // 19–24 Feb: the first week of Ramadan
  0.8, 0.85, 0.9, 0.9, 0.85, 0.9,
  // 25–28 Feb: payday, and the last days for made-to-measure
  1.35, 1.3, 1.2, 1.25,
  // 1–7 Mar
  1.05, 1.0, 1.0, 1.05, 1.05, 1.1, 1.1,
  // 8–15 Mar: early salaries, the last shipping days
  1.2, 1.25, 1.3, 1.35, 1.5, 1.6, 1.55, 1.45,
  // 16–20 Mar: same-day, pickups, e-vouchers
  1.0, 0.85, 0.7, 0.55, 0.4,
];

/** A shopper's local hours in Ramadan: a little at lunch, a dip at iftar, the peak after terawih, a bump at sahur. */
const RAMADAN_HOURS: readonly number[] = [
  1.0, 0.75, 0.4, 0.3, 0.55, 0.45, 0.2, 0.25, 0.45, 0.65, 0.75, 0.8, 0.85, 0.85, 0.8, 0.8, 0.75, 0.6, 0.4,
  0.2, 0.45, 0.8, 1.25, 1.3,
];

/** A shopper's local hours before Ramadan (and of non-fasting buyers): evenings, little at night. */
const ORDINARY_HOURS: readonly number[] = [
  0.6, 0.35, 0.15, 0.08, 0.06, 0.08, 0.15, 0.3, 0.5, 0.65, 0.75, 0.8, 0.9, 0.85, 0.75, 0.75, 0.7, 0.7, 0.75,
  0.85, 1.0, 1.2, 1.25, 1.0,
];

/** When a rhythm allows a moment: a shopper's, an office's (weekdays; Ramadan working hours end at 16:30), or the dead of night. */
export type Rhythm = 'shopper' | 'fasting' | 'office' | 'night';

/** The day of the default calendar (0–34) a moment of the window falls on. */
export function dayOf(w: Window, t: number): number {
  const d = Math.floor(((t - w.start) / (w.end - w.start)) * DAYS);
  return Math.min(DAYS - 1, Math.max(0, d));
}

export const dayWeight = (d: number): number => DAY_WEIGHT[d] ?? 1;

function hourWeight(rhythm: Rhythm, hour: number, weekday: number, ramadan: boolean): number {
  const h = Math.floor(hour);
  if (rhythm === 'office') {
    if (weekday === 0 || weekday === 6) return 0;
    return hour >= 9 && hour < (ramadan ? 16.5 : 17.5) ? (h === 12 || h === 13 ? 0.6 : 1) : 0;
  }
  if (rhythm === 'night') return hour >= 1 && hour < 5.5 ? 1 : hour >= 23 || hour < 1 ? 0.3 : 0.02;
  const curve = ramadan && rhythm === 'fasting' ? RAMADAN_HOURS : ORDINARY_HOURS;
  return (curve[h] ?? 0.5) / 1.3;
}

export interface When {
  tz: number;
  rhythm: Rhythm;
  /** Days of the default calendar allowed, [from, to). */
  days?: readonly [number, number];
  /** Multiplies the day's weight (a cut-off that thins orders out without ending them). */
  dayFactor?: (day: number) => number;
  /** Follow the calendar's day weights (true unless said). */
  calendar?: boolean;
}

/** A moment of the window, drawn by rejection against the day's and the local hour's weights. */
export function when(rng: Rng, w: Window, o: When): number {
  const [from, to] = o.days ?? [0, DAYS];
  const span = w.end - w.start;
  const lo = w.start + (from / DAYS) * span;
  const hi = w.start + (Math.min(to, DAYS) / DAYS) * span;
  for (let i = 0; i < 3000; i++) {
    const t = rng.float(lo, hi);
    const d = dayOf(w, t);
    const dw = (o.calendar === false ? 1 : dayWeight(d) / 1.6) * (o.dayFactor ? o.dayFactor(d) : 1);
    const hour = localHour(t, o.tz);
    const weekday = new Date(t + o.tz * HOUR).getUTCDay();
    if (rng.next() < dw * hourWeight(o.rhythm, hour, weekday, d >= RAMADAN_DAY)) return Math.floor(t);
  }
  return Math.floor(rng.float(lo, hi));
}

/** Weekday (0 Sunday) at `t` in a UTC offset. */
export const weekdayAt = (t: number, tz: number): number => new Date(t + tz * HOUR).getUTCDay();

/**
 * Extra days a courier needs for a parcel dispatched on day `d`: the Chinese New Year closure, then the Raya rush
 * of the last fortnight.
 */
export function courierDelay(rng: Rng, d: number): number {
  if (d >= CNY[0] - 1 && d < CNY[1]) return (CNY[1] - d) * DAY + rng.int(6, 30) * HOUR;
  if (d >= 22) return rng.int(12, 60) * HOUR;
  return rng.int(0, 10) * HOUR;
}

/** When an account was opened: the Raya seasons of past years (Ramadan 2021–2025) or any other month since 2020. */
const PAST_RAMADANS: ReadonlyArray<readonly [number, number]> = [
  [Date.UTC(2021, 3, 12), Date.UTC(2021, 4, 12)],
  [Date.UTC(2022, 3, 2), Date.UTC(2022, 4, 2)],
  [Date.UTC(2023, 2, 22), Date.UTC(2023, 3, 21)],
  [Date.UTC(2024, 2, 11), Date.UTC(2024, 3, 9)],
  [Date.UTC(2025, 1, 28), Date.UTC(2025, 2, 30)],
];

export function accountOpened(rng: Rng, before: number, tz: number): number {
  const [from, to] = rng.chance(0.55) ? rng.pick(PAST_RAMADANS) : [Date.UTC(2020, 0, 1), before - 40 * DAY];
  const o = { tz, rhythm: 'shopper', calendar: false } as const;
  return Math.min(when(rng, { start: from, end: Math.max(from + DAY, to) }, o), before - 30 * DAY);
}
