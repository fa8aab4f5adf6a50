import { HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The shop's season: the four weeks from Black Friday to Christmas Eve 2026, in South African time (UTC+2, no
 * daylight saving). Black Friday (27 November) and Cyber Monday are the biggest days; international couriers'
 * last Christmas dates fall between 10 and 14 December; December bonuses and early salaries land around the
 * 15th, the Day of Reconciliation (16 December) is a braai day; local couriers stop guaranteeing Christmas
 * delivery after the 18th and only Cape Town same-day and shop collection run to the 23rd.
 */

/** Friday 27 November 2026, 00:00 in Cape Town. */
export const START = Date.UTC(2026, 10, 26, 22);
export const DAYS = 28;

/** South African time. */
export const SAST = 2;

/** The date in Cape Town: month (0-based), day of the month, weekday (0 = Sunday). */
export function capeDate(t: number): { month: number; day: number; weekday: number; year: number } {
  const d = new Date(t + SAST * HOUR);
  return { month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay(), year: d.getUTCFullYear() };
}

/** Black Friday of a year: the day after the fourth Thursday of November. */
export function blackFriday(year: number): number {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const thursday = 1 + ((4 - first + 7) % 7) + 21;
  return thursday + 1;
}

/** Which sale is on: the Black Friday weekend, Cyber Monday, the braai-day week before 16 December, or none. */
export function saleAt(t: number): 'black_friday' | 'cyber_monday' | 'braai_day' | undefined {
  const { month, day, year } = capeDate(t);
  const bf = blackFriday(year);
  if (month === 10 && day >= bf && day < bf + 3) return 'black_friday';
  if ((month === 10 && day === bf + 3) || (month === 11 && bf + 3 > 30 && day === bf + 3 - 30))
    return 'cyber_monday';
  if (month === 11 && day >= 11 && day <= 16) return 'braai_day';
  return undefined;
}

/** How busy the shop is on the Cape Town date at `t`, 1 outside the season. */
export function seasonWeight(t: number): number {
  const { month, day, weekday } = capeDate(t);
  const sale = saleAt(t);
  if (sale === 'black_friday') return day === blackFriday(capeDate(t).year) ? 2.8 : 1.3;
  if (sale === 'cyber_monday') return 2;
  if (month !== 11) return 1;
  const weekend = weekday === 0 || weekday === 6 ? 0.85 : 1;
  if (day <= 6) return 1.15 * weekend;
  if (day <= 11) return 1.35 * weekend; // international cut-offs, corporate hampers
  if (day <= 13) return 1.1 * weekend;
  if (day <= 15) return 1.45 * weekend; // bonuses and December salaries
  if (day === 16) return 1.05;
  if (day <= 18) return 1.3 * weekend; // last local courier days
  if (day <= 20) return 0.85;
  if (day <= 23) return 0.7;
  if (day === 24) return 0.35;
  return 0.25;
}

/** Last day (of December) an international courier still promises delivery by Christmas, by destination. */
export const INTERNATIONAL_CUTOFF: Readonly<Record<string, number>> = {
  AU: 10,
  NZ: 10,
  US: 11,
  CA: 11,
  GB: 14,
  IE: 14,
  NL: 14,
};

/** Whether `t` is on or before a December `cutoff` day in Cape Town (November counts as before). */
export function onOrBefore(t: number, cutoff: number): boolean {
  const { month, day } = capeDate(t);
  return month < 11 || (month === 11 && day <= cutoff);
}

/** From a December `day` on (Cape Town), or outside November–December altogether. */
export function fromDecember(t: number, day: number): boolean {
  const { month, day: d } = capeDate(t);
  return month === 11 ? d >= day : month !== 10;
}

/** Weekday in Cape Town. */
export const weekdayAt = (t: number): boolean => ![0, 6].includes(capeDate(t).weekday);

/** Time-of-day curves, by local hour. */
export type Curve = 'home' | 'office' | 'night' | 'evening';

const CURVES: Record<Curve, readonly number[]> = {
  // Phones on the commute, at lunch, and mostly after supper.
  home: [
    0.25, 0.12, 0.06, 0.04, 0.04, 0.1, 0.35, 0.7, 0.9, 1, 1, 1.05, 1.2, 1.15, 1, 0.95, 0.95, 1, 1.2, 1.5,
    1.65, 1.5, 1, 0.55,
  ],
  office: [0, 0, 0, 0, 0, 0, 0, 0.4, 1.3, 1.6, 1.6, 1.5, 1.1, 1.3, 1.5, 1.4, 1, 0.4, 0.1, 0.05, 0, 0, 0, 0],
  night: [
    1.6, 1.7, 1.7, 1.6, 1.3, 0.9, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
    1, 1.2, 1.4,
  ],
  evening: [
    0.3, 0.15, 0.05, 0.05, 0.05, 0.05, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9, 0.9, 0.9, 1, 1.2, 1.5, 1.8,
    1.9, 1.7, 1.2, 0.6,
  ],
};

/** Deals go live at midnight on Black Friday: the first two hours are busy. */
const midnightDeals = (t: number): number => {
  const { month, day, year } = capeDate(t);
  return month === 10 && day === blackFriday(year) && localHour(t, SAST) < 2 ? 3 : 1;
};

/**
 * A moment in the window in the buyer's local hours (`tz`), weighted by the season, the curve and `extra`
 * (a kind's own calendar: 0 rules a moment out). Rejection sampling; after 2,000 tries, any moment.
 */
export function drawTime(
  rng: Rng,
  w: Window,
  tz: number,
  curve: Curve,
  extra: (t: number) => number = () => 1,
  office = false,
): number {
  const hours = CURVES[curve];
  for (let i = 0; i < 2000; i++) {
    const t = rng.float(w.start, w.end);
    if (office && !weekdayAt(t + (tz - SAST) * HOUR)) continue;
    const weight = seasonWeight(t) * (hours[Math.floor(localHour(t, tz))] ?? 0) * extra(t) * midnightDeals(t);
    if (rng.next() * 12 < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
