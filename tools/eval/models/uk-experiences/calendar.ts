import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's calendar: the four weeks from Black Friday (Friday 27 November 2026) to midnight on Christmas Eve,
 * UK time (UTC in winter, as Ireland). Demand climbs through December and peaks over the last three days, when
 * only e-vouchers still arrive in time; Royal Mail's last posting days close the gift-box options one by one.
 */

export { DAY, HOUR };
export const START = Date.UTC(2026, 10, 27);
export const DAYS = 28;

/** Demand by day of the window: Black Friday weekend and Cyber Monday, then a climb to Christmas Eve. */
const DEMAND: readonly number[] = [
  // Fri 27 Nov (Black Friday), Sat, Sun, Mon 30 Nov (Cyber Monday)
  1.7, 1.1, 1.15, 1.6,
  // Tue 1 – Sun 6 Dec
  1.0, 0.95, 0.95, 1.0, 1.0, 1.05,
  // 7 – 13 Dec
  1.1, 1.1, 1.1, 1.15, 1.2, 1.15, 1.2,
  // 14 – 20 Dec
  1.3, 1.35, 1.35, 1.4, 1.5, 1.45, 1.5,
  // Mon 21 – Thu 24 Dec
  1.8, 2.0, 2.2, 2.6,
];

/** Relative checkout volume by local hour (0–23). */
export type Curve = readonly number[];

/** Households: a lunch bump and a long evening peak. */
export const EVENINGS: Curve = [
  0.35, 0.15, 0.08, 0.05, 0.05, 0.1, 0.3, 0.7, 0.9, 1.0, 1.1, 1.2, 1.6, 1.5, 1.2, 1.1, 1.1, 1.2, 1.4, 1.9,
  2.2, 2.2, 1.7, 0.9,
];
/** The last days: Christmas Eve mornings and late nights. */
export const LAST_MINUTE: Curve = [
  0.6, 0.3, 0.15, 0.08, 0.08, 0.2, 0.6, 1.2, 1.6, 1.7, 1.7, 1.6, 1.8, 1.6, 1.4, 1.3, 1.3, 1.4, 1.5, 1.9, 2.1,
  2.2, 2.2, 1.8,
];
/** Offices: weekdays, nine to five. */
export const OFFICE: Curve = [
  0, 0, 0, 0, 0, 0, 0, 0.2, 0.8, 1.6, 1.8, 1.7, 1.1, 1.4, 1.7, 1.6, 1.3, 0.6, 0.2, 0.1, 0, 0, 0, 0,
];
/** Fraud run from the evening into the small hours, UK time. */
export const NIGHT: Curve = [
  1.4, 1.6, 1.6, 1.4, 1.1, 0.8, 0.5, 0.4, 0.4, 0.5, 0.6, 0.6, 0.7, 0.7, 0.7, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2,
  1.3, 1.4, 1.4,
];
/** Card-testing scripts: when the store's staff are asleep. */
export const SMALL_HOURS: Curve = [
  1.5, 2.0, 2.5, 2.6, 2.2, 1.5, 0.8, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.5,
  0.7, 0.9, 1.2,
];

/** A day of the window as a kind's day weight sees it. */
export interface DayInfo {
  /** Index from the window's first (UTC) day. */
  index: number;
  /** Local weekday, 0 = Sunday. */
  weekday: number;
  /** Days from the day's start to the window's end (Christmas morning by default): 1 on Christmas Eve. */
  left: number;
}

export interface When {
  /** The buyer's UTC offset in hours. */
  tz: number;
  curve: Curve;
  /** A weight for each day on top of the store's demand (0 rules a day out). */
  day?: (d: DayInfo) => number;
}

export const weekday = (d: DayInfo): boolean => d.weekday >= 1 && d.weekday <= 5;

/**
 * A moment in the window: a day by the store's demand times the kind's day weight, then a local hour by the
 * curve, then a second in that hour; redrawn when it falls outside the window, any moment after sixty tries.
 */
export function moment(rng: Rng, w: Window, when: When): number {
  const first = Math.floor(w.start / DAY) * DAY;
  const count = Math.ceil((w.end - first) / DAY);
  const days = Array.from({ length: count }, (_, index) => {
    const at = first + index * DAY;
    const info = { index, weekday: new Date(at).getUTCDay(), left: (w.end - at) / DAY };
    return [index, (DEMAND[index % DEMAND.length] ?? 1) * (when.day ? when.day(info) : 1)] as const;
  });
  const hours = when.curve.map((v, h) => [h, v] as const);
  for (let k = 0; k < 60; k++) {
    const i = rng.weightedPick(days);
    const h = rng.weightedPick(hours);
    const t = first + i * DAY + (h - when.tz) * HOUR + rng.int(0, HOUR - 1);
    if (t >= w.start && t < w.end) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Days left at `t` until the window's end (Christmas morning by default). */
export const daysLeft = (t: number, w: Window): number => (w.end - t) / DAY;

/** How a gift box can be posted. */
export type Postage = 'second_class' | 'first_class' | 'special_delivery' | 'international_tracked';

/**
 * The postage still in time for Christmas at `t`, from the last posting days (an order the day before, as the
 * warehouse posts at two): second class until the 17th, first class until the 20th, Special Delivery until
 * noon on the 22nd, and to Ireland until the 12th. Outside the season every option is open.
 */
export function postageOpen(t: number, w: Window, toIreland: boolean): Postage[] {
  const left = daysLeft(t, w);
  if (toIreland) return left >= 13 ? ['international_tracked'] : [];
  const open: Postage[] = [];
  if (left >= 8) open.push('second_class');
  if (left >= 5) open.push('first_class');
  if (left >= 2.5) open.push('special_delivery');
  return open;
}
