import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's calendar: four weeks of December 2026 in Vietnam (UTC+7, no daylight saving). Vouchers are teased
 * from 9 December, the 12.12 mega sale is Saturday 12 December (flash sales at midnight, noon and 8 pm), and the
 * "Sắm Tết sớm" pre-Tết sale (Tết is 6 February 2027) opens at midnight on 15 December with 0 % instalments;
 * year-end bonuses land in the last week. Everyone shops in their own hours; the day's weight is the store's.
 */

export const TZ = 7;
/** Tuesday 1 December 2026, 00:00 in Ho Chi Minh City. */
export const START = Date.UTC(2026, 10, 30, 17);
export const DAYS = 28;

/** 24 weights, one per local hour. */
export type Curve = readonly number[];

/** Phones and wallets: lunch, then the long evening after work, peaking at 9 pm. */
export const EVERYDAY: Curve = [
  2.2, 1.2, 0.6, 0.3, 0.3, 0.5, 1.2, 2.4, 3.6, 4.4, 5, 5.6, 6.2, 5.2, 4.4, 4.2, 4.3, 4.6, 5, 6.4, 7.6, 8.4,
  7.4, 4.6,
];
/** Office hours, with the lunch break Vietnamese offices keep. */
export const OFFICE: Curve = [0, 0, 0, 0, 0, 0, 0, 0.5, 4, 7, 7, 6, 2, 3, 7, 7, 6, 3, 0.5, 0, 0, 0, 0, 0];
/** While cardholders (and the store's staff) sleep. */
export const NIGHT: Curve = [
  6, 7, 7, 6, 5, 3, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1.5, 2, 3, 4,
];
/** When the consumer-finance desks answer (8 am – 9 pm). */
export const FINANCE: Curve = [0, 0, 0, 0, 0, 0, 0, 0.5, 3, 5, 6, 6, 4, 5, 6, 6, 5, 5, 5, 5, 4, 3, 0.5, 0];
/** Late evening into the small hours. */
export const LATE: Curve = [
  5, 4, 3, 2, 1, 0.5, 0.5, 0.5, 1, 1, 1, 1, 1.5, 1.5, 1, 1, 1, 1.5, 2, 3, 4, 5, 6, 6,
];

/** How the 12.12 day is shaped: the midnight, noon and 8 pm flash sales. */
const SALE_DAY: Curve = [
  6, 2.5, 1, 1, 1, 1, 1, 1, 1, 1.5, 1.2, 1.2, 2.2, 1.4, 1, 1, 1, 1, 1, 1.3, 2.4, 2, 1.5, 1.2,
];

/** The local calendar date of a local midnight (ms of that midnight in UTC + 7 h). */
const dateOf = (localMidnight: number) => {
  const d = new Date(localMidnight + TZ * HOUR);
  return { month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay() };
};

/** How busy a local day is, relative to an ordinary weekday. */
export function dayWeight(localMidnight: number): number {
  const { month, day, weekday } = dateOf(localMidnight);
  let w = weekday === 0 || weekday === 6 ? 1.15 : weekday === 5 ? 1.05 : 1;
  if (month === 11) {
    if (day === 12) w *= 3.6;
    else if (day >= 9 && day <= 11) w *= 1.25;
    else if (day === 13) w *= 1.5;
    else if (day >= 15 && day <= 20) w *= 1.3;
    else if (day >= 26) w *= 1.25;
    else if (day === 24 || day === 25) w *= 1.1;
  } else if (month === 0) w *= 1.3;
  return w;
}

export const isSaleDay = (localMidnight: number): boolean => {
  const { month, day } = dateOf(localMidnight);
  return month === 11 && day === 12;
};

/** The local midnights of the days the window touches. */
export function localDays(w: Window): number[] {
  const first = Math.floor((w.start + TZ * HOUR) / DAY) * DAY - TZ * HOUR;
  const out: number[] = [];
  for (let d = first; d < w.end; d += DAY) out.push(d);
  return out;
}

export interface When {
  /** The buyer's UTC offset (their hours follow `curve` there); Vietnam's by default. */
  tz?: number;
  /** Only Monday to Friday (Vietnamese days). */
  weekdays?: boolean;
}

/** A moment in the window: a day by the store's calendar, an hour by the buyer's curve in the buyer's zone. */
export function placeAt(rng: Rng, w: Window, curve: Curve, o: When = {}): number {
  const tz = o.tz ?? TZ;
  const days = localDays(w)
    .filter((d) => {
      const { weekday } = dateOf(d);
      return !o.weekdays || (weekday !== 0 && weekday !== 6);
    })
    .map((d) => {
      const overlap = (Math.min(w.end, d + DAY) - Math.max(w.start, d)) / DAY;
      return [d, dayWeight(d) * Math.max(0.01, overlap)] as const;
    });
  const plain = curve.map((x, h) => [h, x] as const);
  const sale = curve.map((x, h) => [h, x * (SALE_DAY[h] ?? 1)] as const);
  for (let i = 0; i < 60 && days.length > 0; i++) {
    const d = rng.weightedPick(days);
    const h = rng.weightedPick(isSaleDay(d) ? sale : plain);
    const t = d + (h - (tz - TZ)) * HOUR + Math.floor(rng.next() * HOUR);
    if (t >= w.start && t < w.end) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/**
 * The flash sales in the window: 12.12 at midnight, noon and 8 pm; the pre-Tết sale's opening at midnight on the
 * 15th; the Friday-night flash sales of the 9th (teaser), 18th and 25th. A window holding none of them (another
 * start) has a flash sale every evening at 8 pm.
 */
export function flashSales(w: Window): number[] {
  const out: number[] = [];
  for (const d of localDays(w)) {
    const { month, day } = dateOf(d);
    const hours =
      month !== 11 ? [] : day === 12 ? [0, 12, 20] : day === 15 ? [0] : [9, 18, 25].includes(day) ? [20] : [];
    for (const h of hours) out.push(d + h * HOUR);
  }
  const inside = out.filter((t) => t >= w.start && t < w.end - HOUR);
  if (inside.length > 0) return inside;
  return localDays(w)
    .map((d) => d + 20 * HOUR)
    .filter((t) => t >= w.start && t < w.end - HOUR);
}
