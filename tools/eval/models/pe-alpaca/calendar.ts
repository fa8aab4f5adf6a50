import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The default window: five weeks from Monday 9 November 2026, 00:00 in Lima (UTC−5), to 14 December: the
 * northern autumn's sweater season, a three-day Cyber Wow at home (16–18 November, this model's dates), Black
 * Friday to Cyber Monday abroad (27–30 November) and the December gift rush up to the last day DHL Express gets a
 * parcel from Lima to the US, Europe, Japan or Australia before Christmas (10 December). Days outside these dates
 * (another `options.start`) weigh the same.
 */

export const START = Date.UTC(2026, 10, 9, 5);
export const DAYS = 35;

const LIMA = -5;

/** The Lima (and US Eastern, also UTC−5 in winter) calendar date of `t`: month 1–12, day, weekday 0 = Sunday. */
function limaDate(t: number): { month: number; day: number; weekday: number; year: number } {
  const d = new Date(t + LIMA * HOUR);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** Which of the season's sales `t` falls in, if any. */
export function saleAt(t: number): 'cyber_wow' | 'black_friday' | undefined {
  const { year, month, day } = limaDate(t);
  if (year !== 2026 || month !== 11) return undefined;
  if (day >= 16 && day <= 18) return 'cyber_wow';
  if (day >= 27 && day <= 30) return 'black_friday';
  return undefined;
}

/** How busy a day is, relative to an ordinary one, for buyers at home, abroad, or a kind tied to a sale. */
export type DayCurve = 'peru' | 'abroad' | 'cyber_wow' | 'sales' | 'flat';

const PERU_NOV: Readonly<Record<number, number>> = { 16: 3.2, 17: 2.6, 18: 2.2, 19: 1.2, 27: 1.6, 30: 1.4 };
const ABROAD_NOV: Readonly<Record<number, number>> = { 26: 0.7, 27: 2.6, 28: 1.8, 29: 1.7, 30: 2.4 };

export function dayWeight(t: number, curve: DayCurve): number {
  if (curve === 'flat') return 1;
  const { year, month, day, weekday } = limaDate(t);
  const season = year === 2026 && (month === 11 || month === 12);
  if (curve === 'cyber_wow') return saleAt(t) === 'cyber_wow' ? 14 : 1;
  if (curve === 'sales') return saleAt(t) ? 7 : 1;
  if (curve === 'peru') {
    const weekend = weekday === 6 ? 0.9 : weekday === 0 ? 1.05 : 1;
    if (!season) return weekend;
    if (month === 11) return (PERU_NOV[day] ?? 1) * weekend;
    return (1.15 + 0.05 * day) * weekend;
  }
  if (!season) return 1;
  if (month === 11) return ABROAD_NOV[day] ?? (day > 30 ? 1 : 0.9 + day * 0.006);
  if (day <= 10) return 1.3 + 0.03 * day;
  return 0.9;
}

const DAY_MAX = 14;

/** Local-hour curves (weights for 0:00–23:00). */
export type HourCurve = 'consumer' | 'office' | 'evening' | 'anytime';

const CURVES: Readonly<Record<Exclude<HourCurve, 'office'>, readonly number[]>> = {
  consumer: [
    0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.25, 0.5, 0.8, 1.0, 1.1, 1.2, 1.3, 1.25, 1.15, 1.1, 1.1, 1.15, 1.3,
    1.5, 1.7, 1.75, 1.4, 0.8,
  ],
  // Tourists back at the hotel after the day's sightseeing (and a few over breakfast).
  evening: [
    0.3, 0.1, 0.05, 0.05, 0.05, 0.2, 0.6, 1.0, 0.9, 0.5, 0.3, 0.3, 0.4, 0.5, 0.4, 0.4, 0.5, 0.8, 1.2, 1.7,
    2.0, 2.0, 1.6, 0.9,
  ],
  // Fraud run from another time zone: no sleep in the shop's own hours.
  anytime: [
    1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.8, 0.8, 0.8, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
    1.0, 1.0, 1.0,
  ],
};

/** Weekday office hours, 8:00–18:00 local, with a quiet lunch; weekends almost nothing. */
function officeWeight(t: number, tz: number): number {
  const weekday = new Date(t + tz * HOUR).getUTCDay();
  const h = Math.floor(localHour(t, tz));
  if (weekday === 0 || weekday === 6) return 0;
  if (h < 8 || h >= 18) return 0;
  return h === 13 ? 0.9 : 1.6;
}

export const hourWeight = (t: number, tz: number, curve: HourCurve): number =>
  curve === 'office' ? officeWeight(t, tz) : (CURVES[curve][Math.floor(localHour(t, tz))] ?? 1);

/**
 * When a buyer in UTC offset `tz` places an order: a moment of the window drawn by its day and local-hour curves
 * (rejection sampling; after 2,000 tries, any moment).
 */
export function when(rng: Rng, w: Window, tz: number, day: DayCurve, hour: HourCurve): number {
  for (let i = 0; i < 2000; i++) {
    const t = rng.float(w.start, w.end);
    if (rng.next() * DAY_MAX * 2 < dayWeight(t, day) * hourWeight(t, tz, hour)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment shortly after `t` that is still inside the window. */
export const within = (w: Window, t: number): number => Math.min(w.end - 1, Math.max(w.start, Math.floor(t)));

export { DAY, HOUR };
