import { DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: Tuesday 7 April 2026 00:00 in Sri Lanka (UTC+5:30) for 27 days, to the end of Sunday 3 May:
 * the last week before the Sinhala and Tamil New Year (Aluth Avurudu, 14 April), the holiday itself, the
 * quiet weeks after it, and the run-up to Vesak Full Moon Poya (Friday 1 May 2026) and its weekend.
 */

export const START = Date.UTC(2026, 3, 6, 18, 30);
export const DAYS = 27;
export const LK_TZ = 5.5;

/** The Sri Lankan calendar date of `t` as `MM-DD`. */
export const lkDate = (t: number): string => new Date(t + LK_TZ * HOUR).toISOString().slice(5, 10);

/** How busy the shop is on a date, relative to an ordinary day. */
export function dayWeight(t: number): number {
  const d = lkDate(t);
  if (d >= '04-07' && d <= '04-11') return 1.7; // gifts before Avurudu, the diaspora's last posting days
  if (d === '04-12') return 1.3;
  if (d === '04-13' || d === '04-14') return 0.45; // the New Year itself: auspicious times, family at home
  if (d >= '04-15' && d <= '04-19') return 0.8;
  if (d >= '04-27' && d <= '04-30') return 1.25; // Vesak gifts and dansal supplies
  if (d === '05-01') return 0.4; // Vesak Poya: shops and the liquor-free, meat-free day
  if (d === '05-02' || d === '05-03') return 0.75;
  return 1;
}

/** Hours of the day people shop from home (by local hour, weights). */
const HOME_HOURS = [
  1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 4.5, 4.5, 5, 4.5, 4, 4, 4.5, 5, 6, 7, 7.5, 6.5, 4, 2,
];
/** Office hours: businesses, hotels and companies order on weekdays. */
const OFFICE_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 2, 5, 6, 6, 4, 5, 6, 5, 4, 2, 0.5, 0, 0, 0, 0, 0];
/** Card testers and bots: the small hours of the shop's own night. */
const NIGHT_HOURS = [
  5, 6, 6, 5, 4, 3, 2, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 2, 3, 4,
];

export type Hours = 'home' | 'office' | 'night';
const CURVES: Readonly<Record<Hours, readonly number[]>> = {
  home: HOME_HOURS,
  office: OFFICE_HOURS,
  night: NIGHT_HOURS,
};

export interface Window {
  start: number;
  end: number;
}

/**
 * A moment in the window, by the day's weight (times `boost(t)`) and the hour curve in the buyer's local time
 * `tz`; office hours skip weekends and the New Year holidays. Rejection sampling, then any moment.
 */
export function placeAt(
  rng: Rng,
  w: Window,
  tz: number,
  hours: Hours,
  boost: (t: number) => number = () => 1,
): number {
  const curve = CURVES[hours];
  const top = Math.max(...curve) * 1.7 * 2.5;
  for (let i = 0; i < 600; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const local = new Date(t + tz * HOUR);
    if (hours === 'office') {
      const day = local.getUTCDay();
      if (day === 0 || day === 6 || ['04-13', '04-14', '05-01'].includes(lkDate(t))) continue;
    }
    const weight = (curve[local.getUTCHours()] ?? 1) * dayWeight(t) * boost(t);
    if (rng.next() * top < weight) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Before the New Year (the gift rush), by the Sri Lankan date. */
export const beforeAvurudu = (t: number): boolean => lkDate(t) < '04-13';

export { DAY, HOUR };
