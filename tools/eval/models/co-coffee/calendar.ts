import { DAY, HOUR, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: four weeks from Tuesday 1 September 2026, 00:00 in Medellín (UTC−5 all year, no daylight saving),
 * around Amor y Amistad (the third Saturday of September, the 19th) and the opening of holiday pre-orders abroad.
 * Colombians are paid on the 15th and the last day of the month (quincena); US Labor Day is Monday 7 September.
 */

export const START = Date.UTC(2026, 8, 1, 5);
export const DAYS = 28;
/** Medellín's offset from UTC, hours. */
export const COT = -5;
/** Amor y Amistad, Saturday 19 September, 00:00 in Medellín. */
export const AMOR_Y_AMISTAD = Date.UTC(2026, 8, 19, 5);
/** Last order date for national couriers to deliver gifts by the 19th (Wednesday 16th, end of day). */
export const NATIONAL_CUTOFF = Date.UTC(2026, 8, 17, 5);
/** Holiday pre-orders abroad open on Monday 21 September, 08:00 in Medellín, with an e-mail to the list. */
export const PREORDERS_OPEN = Date.UTC(2026, 8, 21, 13);
/** Pre-ordered holiday boxes leave the roastery on Monday 16 November. */
export const PREORDER_SHIPS = Date.UTC(2026, 10, 16, 14);
/** The subscription billing job runs every morning at 06:00 in Medellín. */
export const RENEWAL_HOUR = 6;

/** How orders of a kind fall over the days and hours (in the buyer's own time zone). */
export type Rhythm = 'home' | 'gift' | 'office' | 'business' | 'abroad' | 'preorder' | 'night';

// Relative activity by local hour, 0–23.
const CONSUMER = [
  0.25, 0.12, 0.06, 0.04, 0.04, 0.08, 0.25, 0.5, 0.75, 0.9, 1, 1.05, 1.15, 1.05, 0.95, 0.9, 0.9, 0.95, 1.05,
  1.25, 1.45, 1.4, 1.05, 0.6,
];
const OFFICE = [
  0, 0, 0, 0, 0, 0, 0, 0.5, 1.2, 1.2, 1.2, 1.1, 0.6, 0.7, 1.1, 1.1, 1, 0.6, 0.2, 0.05, 0, 0, 0, 0,
];
const BUSINESS = [
  0, 0, 0, 0, 0, 0.2, 0.8, 1.2, 1.3, 1.2, 1.1, 0.9, 0.5, 0.6, 0.9, 0.9, 0.8, 0.6, 0.4, 0.3, 0.2, 0.1, 0, 0,
];
const NIGHT = [
  1.4, 1.6, 1.8, 1.8, 1.6, 1.2, 0.8, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
  1.1, 1.2,
];

const inSeason = (d: Date) => d.getUTCFullYear() === 2026 && d.getUTCMonth() === 8;

/** Relative activity of a local day (`local` is the buyer's wall clock as if it were UTC). */
function dayWeight(rhythm: Rhythm, local: number, tz: number): number {
  const d = new Date(local);
  const date = d.getUTCDate();
  const dow = d.getUTCDay();
  const weekend = dow === 0 || dow === 6;
  const season = inSeason(d);
  switch (rhythm) {
    case 'home':
      if (!season) return 1;
      return 1 + (date === 15 || date === 16 ? 0.35 : 0) + (date >= 10 && date <= 18 ? 0.25 : 0);
    case 'gift':
      if (!season) return 1;
      if (date <= 6) return 0.5;
      if (date <= 9) return 0.9;
      if (date <= 13) return 1.6;
      if (date <= 16) return 2.6;
      if (date <= 18) return 2.2;
      if (date === 19) return 1;
      return date <= 21 ? 0.35 : 0.2;
    case 'office':
      if (weekend) return 0;
      if (!season) return 1;
      return date <= 6 ? 0.6 : date <= 18 ? 1.8 : 0.3;
    case 'business':
      return dow === 0 ? 0.05 : dow === 6 ? 0.4 : 1;
    case 'abroad':
      return 1 + (season && date >= 5 && date <= 7 ? 0.3 : 0) + (weekend ? 0.1 : 0);
    case 'preorder': {
      // None in the two months before the opening; elsewhere in the year (another window) any day will do.
      const since = local - tz * HOUR - PREORDERS_OPEN;
      if (since < -60 * DAY) return 1;
      if (since < 0) return 0;
      return since < 3 * DAY ? 3 : 1.6;
    }
    case 'night':
      return 1;
  }
}

function hourWeight(rhythm: Rhythm, hour: number): number {
  const curve =
    rhythm === 'office' ? OFFICE : rhythm === 'business' ? BUSINESS : rhythm === 'night' ? NIGHT : CONSUMER;
  return curve[Math.floor(hour) % 24] ?? 0;
}

/**
 * A moment in the window on the kind's rhythm, in the buyer's time zone `tz` (hours from UTC): drawn uniformly
 * and kept with probability day weight × hour weight (up to 2,000 draws; after that, any moment).
 */
export function when(rng: Rng, w: Window, tz: number, rhythm: Rhythm): number {
  for (let i = 0; i < 2000; i++) {
    const t = rng.float(w.start, w.end);
    const local = t + tz * HOUR;
    const hour = (((local / HOUR) % 24) + 24) % 24;
    if (rng.next() * 5.5 < dayWeight(rhythm, local, tz) * hourWeight(rhythm, hour)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A renewal charged by the billing job: a day of the window, 06:00 in Medellín plus the queue's minutes. */
export function renewalAt(rng: Rng, w: Window): number {
  const firstDay = Math.floor((w.start + COT * HOUR) / DAY) * DAY - COT * HOUR;
  for (let i = 0; i < 200; i++) {
    const day = firstDay + rng.int(0, Math.max(0, Math.ceil((w.end - firstDay) / DAY))) * DAY;
    const t = day + RENEWAL_HOUR * HOUR + rng.int(0, 45 * MINUTE);
    if (t >= w.start && t < w.end) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** The local hour (0–23) and weekday (0 = Sunday) of `t` at offset `tz`. */
export function localTime(t: number, tz: number): { hour: number; dow: number; date: number } {
  const d = new Date(t + tz * HOUR);
  return { hour: d.getUTCHours(), dow: d.getUTCDay(), date: d.getUTCDate() };
}
