import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The Christmas season: Monday 30 November 2026 00:00 in Budapest (23:00 UTC the day before) for three weeks,
 * to Sunday 20 December. Advent Sundays fall on the 29th, 6 December (also Mikulás), the 13th and the 20th.
 * Parcels abroad must leave by about the 14th to arrive for Christmas, so foreign orders thin out in the last
 * week; Hungarian orders climb to the 17th, when the domestic courier's last Christmas collection is, and the
 * last weekend is reservations for pick-up in the shop.
 */

export const START = Date.UTC(2026, 10, 29, 23);
export const DAYS = 21;

/** Budapest's UTC offset in December. */
export const BUDAPEST = 1;

/** Relative weight of each day of the season, day 0 = Monday 30 November (domestic buyers). */
const HOME_DAYS = [
  0.7, 0.75, 0.75, 0.8, 0.85, 0.95, 1.05, 0.9, 0.95, 1.0, 1.05, 1.1, 1.2, 1.35, 1.45, 1.5, 1.55, 1.6, 1.25,
  1.05, 0.95,
];
/** Buyers abroad: the DHL Express Christmas deadlines cut the last week short. */
const ABROAD_DAYS = [
  1.0, 1.05, 1.1, 1.1, 1.15, 1.2, 1.25, 1.2, 1.25, 1.3, 1.3, 1.25, 1.2, 1.2, 1.0, 0.8, 0.6, 0.45, 0.35, 0.3,
  0.3,
];

export type Season = 'home' | 'abroad' | 'flat';

/** Hour-of-day curves in the buyer's own time: evenings at home, office hours at work, nights for crews. */
export type Hours = 'home' | 'office' | 'night' | 'late' | 'any';

const HOME_HOURS = [
  0.25, 0.12, 0.06, 0.04, 0.04, 0.08, 0.25, 0.5, 0.75, 0.9, 1.0, 1.05, 1.2, 1.1, 1.0, 1.0, 1.05, 1.15, 1.3,
  1.5, 1.7, 1.75, 1.3, 0.6,
];
const OFFICE_HOURS = [
  0, 0, 0, 0, 0, 0, 0, 0.2, 0.8, 1.2, 1.3, 1.3, 1.0, 1.2, 1.3, 1.2, 1.0, 0.5, 0.15, 0, 0, 0, 0, 0,
];
const NIGHT_HOURS = [
  1.4, 1.5, 1.5, 1.4, 1.2, 0.9, 0.5, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.7,
  0.9, 1.1, 1.3,
];
/** Late evening and night, as buyers in the Gulf shop. */
const LATE_HOURS = [
  1.2, 1.0, 0.6, 0.3, 0.15, 0.1, 0.1, 0.15, 0.25, 0.35, 0.45, 0.55, 0.6, 0.6, 0.6, 0.65, 0.75, 0.85, 0.95,
  1.05, 1.2, 1.4, 1.5, 1.4,
];

const HOURS: Record<Hours, readonly number[]> = {
  home: HOME_HOURS,
  office: OFFICE_HOURS,
  night: NIGHT_HOURS,
  late: LATE_HOURS,
  any: Array.from({ length: 24 }, () => 1),
};

const at = (list: readonly number[], i: number): number =>
  list[Math.min(list.length - 1, Math.max(0, i))] ?? 1;

function dayWeight(season: Season, day: number): number {
  if (season === 'flat') return 1;
  return at(season === 'home' ? HOME_DAYS : ABROAD_DAYS, day);
}

/** The local day of the week (0 Sunday) at `t` for offset `tz`. */
export const weekday = (t: number, tz: number): number => new Date(t + tz * HOUR).getUTCDay();

/**
 * A moment in the window in the buyer's hours (offset `tz`), on the season's days; office hours skip weekends,
 * and weekend evenings at home run a little fuller. Drawn by rejection, up to 2,000 tries.
 */
export function placeAt(rng: Rng, w: Window, tz: number, hours: Hours, season: Season = 'home'): number {
  const curve = HOURS[hours];
  for (let i = 0; i < 2000; i++) {
    const t = rng.float(w.start, w.end);
    const day = Math.floor((t - w.start) / DAY);
    const h = Math.floor(localHour(t, tz));
    const wd = weekday(t, tz);
    let weight = dayWeight(season, day) * at(curve, h);
    if (hours === 'office' && (wd === 0 || wd === 6)) weight = 0;
    if (hours === 'home' && (wd === 0 || wd === 6) && h >= 10 && h < 18) weight *= 1.25;
    if (rng.next() * 1.8 * 1.8 < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment shortly after `t`: crews and card testers work in runs. */
export const soonAfter = (rng: Rng, t: number, w: Window, maxMs: number): number =>
  Math.min(w.end - 1, t + rng.int(20_000, maxMs));
