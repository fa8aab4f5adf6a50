import { DAY, HOUR, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { NAIROBI_TZ } from './places.js';

/**
 * The season: the four weeks from Black Friday (Friday 27 November 2026, midnight in Nairobi) to Christmas Eve.
 * Kenyans are paid at the end of November and, in December, early, before the drive upcountry; Jamhuri Day
 * (12 December) is a holiday; buyers abroad order early because the last DHL Express and EMS dates for
 * Christmas fall around 9 (EMS) and 16 (DHL) December; companies buy year-end gifts on weekdays.
 */

export const START = Date.UTC(2026, 10, 26, 21);
export const DAYS = 28;

export { DAY, HOUR, MINUTE };

/** Day index (0 = Black Friday) of a moment, by the Nairobi calendar. */
export const dayOf = (t: number, start = START): number => Math.floor((t - start) / DAY);

/** Last day (index) a DHL Express parcel ordered abroad still arrives for Christmas; EMS a week earlier. */
export const DHL_LAST_DAY = 19;
export const EMS_LAST_DAY = 12;

/** How busy a day is for one kind of buyer, by day index (0–27) and local weekday (0 = Sunday). */
export type Season = 'kenya' | 'gift_home' | 'abroad' | 'business' | 'wholesale' | 'flat';

export function dayWeight(season: Season, d: number, weekday: number): number {
  const weekend = weekday === 0 || weekday === 6;
  const blackFriday = d >= 0 && d <= 3;
  switch (season) {
    case 'kenya':
      // Black Friday weekend and Cyber Monday (also month-end pay day), a quiet mid-month, Jamhuri Day, then
      // December salaries and the last gifts before travelling home; Christmas Eve itself is for the road.
      if (d === 27) return 0.5;
      if (blackFriday) return d === 3 ? 1.7 : 1.5;
      if (d <= 6) return 1.2;
      if (d === 15) return 1.3;
      if (d >= 21) return 1.6;
      return weekend ? 1.05 : 0.9;
    case 'gift_home':
      // Gifts delivered in Kenya: rising towards Christmas, still deliverable until the 23rd.
      if (d === 27) return 0.4;
      if (blackFriday) return 1.3;
      return 0.8 + d * 0.03 + (weekend ? 0.15 : 0);
    case 'abroad':
      // Parcels abroad: Black Friday, then steady until the DHL cut-off, then only a trickle.
      if (blackFriday) return 1.9;
      if (d <= EMS_LAST_DAY) return weekend ? 1.3 : 1.1;
      if (d <= DHL_LAST_DAY) return weekend ? 1.0 : 0.9;
      return 0.25;
    case 'business':
      // Year-end corporate gifts: weekdays, mostly the first three weeks of December.
      if (weekend) return 0.05;
      if (d >= 24) return 0.3;
      return d >= 4 && d <= 20 ? 1.3 : 0.8;
    case 'wholesale':
      // Shops restock for the season early; after mid-December it is too late for their Christmas.
      if (weekend) return 0.1;
      if (d <= 8) return 1.5;
      return d <= 15 ? 0.8 : 0.3;
    case 'flat':
      return 1;
  }
}

/** Local hour curves (weights for 0–23). */
export type Curve = 'mobile' | 'evening' | 'office' | 'any';

const CURVES: Readonly<Record<Curve, readonly number[]>> = {
  // A phone-first buyer: the commute, lunch, and long evenings; some after midnight.
  mobile: [
    0.5, 0.3, 0.15, 0.1, 0.1, 0.3, 0.9, 1.6, 1.8, 1.5, 1.3, 1.4, 1.9, 2, 1.6, 1.4, 1.4, 1.7, 2.2, 2.8, 3.1, 3,
    2.3, 1.2,
  ],
  // A household abroad: lunch breaks and the evening on the sofa.
  evening: [
    0.4, 0.2, 0.1, 0.05, 0.05, 0.1, 0.3, 0.7, 0.9, 1, 1.1, 1.3, 1.6, 1.5, 1.2, 1.1, 1.2, 1.5, 2, 2.5, 2.8,
    2.6, 1.8, 0.9,
  ],
  // An office: nine to five, lunch a little quieter.
  office: [0, 0, 0, 0, 0, 0, 0, 0.2, 1.2, 2, 2.2, 2, 1.3, 1.6, 2, 1.9, 1.4, 0.5, 0.1, 0, 0, 0, 0, 0],
  any: Array.from({ length: 24 }, () => 1),
};

/**
 * A moment in the window on a day drawn by `season` and an hour by `curve`, in the buyer's own clock (UTC
 * offset `tz`). Days are counted from the window's start as the Nairobi calendar counts them.
 */
export function placeAt(rng: Rng, w: Window, tz: number, season: Season, curve: Curve): number {
  const days = Math.ceil((w.end - w.start) / DAY);
  const weekday0 = new Date(w.start + NAIROBI_TZ * HOUR).getUTCDay();
  const entries = Array.from({ length: days + 2 }, (_, i) => {
    const d = i - 1;
    return [
      d,
      dayWeight(season, Math.max(0, Math.min(d, DAYS - 1)), (((weekday0 + d) % 7) + 7) % 7),
    ] as const;
  });
  const hours = CURVES[curve].map((weight, hour) => [hour, weight] as const);
  for (let i = 0; i < 60; i++) {
    const d = rng.weightedPick(entries);
    const h = rng.weightedPick(hours) + rng.next();
    const t = w.start + (NAIROBI_TZ - tz) * HOUR + d * DAY + h * HOUR;
    if (t >= w.start && t < w.end) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** The local hour and weekday at `t` for a UTC offset. */
export function localTime(t: number, tz: number): { hour: number; weekday: number } {
  const local = new Date(t + tz * HOUR);
  return { hour: local.getUTCHours(), weekday: local.getUTCDay() };
}
