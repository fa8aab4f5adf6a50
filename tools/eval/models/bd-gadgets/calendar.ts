import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: the five weeks before Eid ul-Adha 1447 in Bangladesh (UTC+6 all year, no summer time). Eid is
 * expected on Wednesday 27 May 2026 (by moon sighting); the stream runs from Wednesday 22 April 00:00 to the eve
 * of Eid. Friday and Saturday are the weekend, Sunday to Thursday the working week; 1 May is May Day and Buddha
 * Purnima. Salaries land at the turn of the month and the Eid bonus in mid-May, so the last fortnight is the
 * busiest, until couriers stop taking parcels for the districts (22 May) and Dhaka empties for the holiday.
 */

export const TZ = 6;
export const START = Date.UTC(2026, 3, 21, 18);
export const DAYS = 35;
export const EID = Date.UTC(2026, 4, 26, 18);
/** The last day couriers take outside-Dhaka parcels that arrive before Eid (local midnight that ends it). */
export const COURIER_CUTOFF = Date.UTC(2026, 4, 22, 18);
const HOLIDAYS = [Date.UTC(2026, 3, 30, 18)];

/** Whose clock a purchase keeps: shoppers in the evening, offices in working hours, card testers at night. */
export type Rhythm = 'shopper' | 'office' | 'night';

/** Shoppers by local hour: a late-evening peak after work and dinner, little before dawn. */
const SHOPPER = [
  2.2, 1.3, 0.6, 0.3, 0.2, 0.25, 0.4, 0.7, 1.0, 1.3, 1.5, 1.6, 1.6, 1.4, 1.5, 1.6, 1.6, 1.7, 1.6, 1.8, 2.3,
  2.7, 2.8, 2.6,
];

/** The local weekday (0 Sunday … 5 Friday, 6 Saturday) at `t` for UTC offset `tz`. */
export const localDay = (t: number, tz: number): number => new Date(t + tz * HOUR).getUTCDay();

/** How busy a day is: rising into the Eid bonus, a lull on May Day, the last three days quieter. */
export function dayWeight(t: number): number {
  const toEid = (EID - t) / DAY;
  if (HOLIDAYS.some((h) => t >= h && t < h + DAY)) return 0.8;
  if (toEid <= 0 || toEid > 60) return 1;
  if (toEid <= 3) return 1.5;
  if (toEid <= 14) return 1.4 + (0.8 * (14 - toEid)) / 11;
  return 1 + (0.4 * (35 - Math.min(35, toEid))) / 21;
}

function hourWeight(t: number, tz: number, rhythm: Rhythm): number {
  const h = Math.floor(localHour(t, tz));
  const day = localDay(t, tz);
  if (rhythm === 'office') return day <= 4 && h >= 10 && h < 18 ? 1 : 0;
  if (rhythm === 'night') return h >= 1 && h < 6 ? 1 : 0;
  const jumuah = day === 5 && h >= 12 && h < 15 ? 0.45 : 1;
  return ((SHOPPER[h] ?? 1) / 2.8) * jumuah * (day === 5 ? 0.9 : 1);
}

/** A moment in the window by the season and the rhythm, in the buyer's own time zone. */
export function placedAt(rng: Rng, w: Window, rhythm: Rhythm = 'shopper', tz = TZ): number {
  for (let i = 0; i < 300; i++) {
    const t = rng.float(w.start, w.end);
    if (rng.next() * 2.2 < dayWeight(t) * hourWeight(t, tz, rhythm)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
