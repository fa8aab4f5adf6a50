import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's season: Black Friday (Record Store Day's Black Friday drop) to the last weekend before Christmas,
 * in Nashville time (CST, UTC−6). Day 0 is Black Friday, Friday 27 November 2026.
 */

export const START = Date.UTC(2026, 10, 27, 6);
export const DAYS = 24;
export const STORE_TZ = -6;

/**
 * How busy each day is, Black Friday first: the store's own limited pressings drop on Black Friday morning,
 * leftover RSD exclusives go online on Saturday, then Cyber Monday, a quiet first December week, the label's
 * holiday 7" on Friday 4 December, and the rush up to USPS's last shipping days (Ground Advantage on Thursday
 * 17 December, Priority Mail on the 18th), after which only pickup and e-gift cards still arrive in time.
 */
const BUSY: readonly number[] = [
  2.7, 2.3, 1.2, 2.0, 1.1, 0.9, 0.85, 1.0, 0.8, 0.75, 0.95, 1.0, 1.0, 1.05, 0.95, 0.9, 0.85, 1.15, 1.3, 1.45,
  1.5, 1.15, 0.6, 0.5,
];

/** Gift buyers wait for December and crowd the last shipping days. */
const GIFTING: readonly number[] = [
  1.3, 1.0, 0.8, 1.4, 0.9, 0.8, 0.8, 0.9, 0.9, 0.9, 1.0, 1.1, 1.2, 1.3, 1.3, 1.3, 1.3, 1.7, 2.0, 2.2, 2.3,
  1.8, 1.0, 0.9,
];

/** Parcels abroad must leave by about 9 December to arrive for Christmas: collectors abroad buy early. */
const ABROAD: readonly number[] = [
  2.6, 2.4, 1.4, 2.0, 1.3, 1.2, 1.1, 1.3, 1.0, 1.0, 1.1, 1.0, 0.9, 0.6, 0.5, 0.45, 0.4, 0.4, 0.35, 0.35, 0.3,
  0.3, 0.3, 0.3,
];

/** Leisure shopping by local hour: lunch, then the evening after work; little at night. */
const LEISURE: readonly number[] = [
  0.35, 0.2, 0.12, 0.08, 0.06, 0.08, 0.2, 0.4, 0.6, 0.75, 0.85, 0.95, 1.05, 1.0, 0.95, 0.9, 0.9, 0.95, 1.05,
  1.2, 1.35, 1.35, 1.1, 0.7,
];

/** Office hours, for bars, cafés and shops buying on a weekday. */
const OFFICE: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0.1, 0.6, 1, 1, 1, 0.8, 1, 1, 1, 0.9, 0.5, 0.1, 0, 0, 0, 0, 0,
];

/** Card testers and drained gift cards: the small hours, store time, when nobody watches the dashboard. */
const NIGHT: readonly number[] = [
  0.8, 1, 1, 1, 0.9, 0.7, 0.4, 0.2, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.2, 0.3, 0.4,
  0.5, 0.6,
];

export type Season = 'store' | 'gifting' | 'abroad';
export type Curve = 'leisure' | 'office' | 'night';

const SEASONS: Record<Season, readonly number[]> = { store: BUSY, gifting: GIFTING, abroad: ABROAD };
const CURVES: Record<Curve, readonly number[]> = { leisure: LEISURE, office: OFFICE, night: NIGHT };

const dayOf = (w: Window, t: number) => Math.floor((t - w.start) / DAY) % DAYS;

/** The day of the season (0 = Black Friday) a moment falls on, counted from the window's start. */
export const seasonDay = (w: Window, t: number): number => dayOf(w, t);

/** A weekday (Monday to Friday) where the buyer is. */
export const weekday = (t: number, tz: number): boolean => {
  const d = new Date(t + tz * HOUR).getUTCDay();
  return d >= 1 && d <= 5;
};

/**
 * A moment in the window for a buyer at UTC offset `tz`: the day by `season`, the hour by `curve` (office hours
 * only on weekdays), by rejection; after 600 tries, any moment.
 */
export function moment(
  rng: Rng,
  w: Window,
  tz: number,
  season: Season = 'store',
  curve: Curve = 'leisure',
): number {
  const days = SEASONS[season];
  const hours = CURVES[curve];
  const topDay = Math.max(...days);
  const topHour = Math.max(...hours);
  let t = w.start;
  for (let i = 0; i < 600; i++) {
    t = rng.float(w.start, w.end);
    if (curve === 'office' && !weekday(t, tz)) continue;
    const p = ((days[dayOf(w, t)] ?? 1) / topDay) * ((hours[Math.floor(localHour(t, tz))] ?? 0) / topHour);
    if (rng.next() < p) return Math.floor(t);
  }
  return Math.floor(t);
}

export type DropId = 'label_black_friday' | 'rsd_online' | 'holiday_seven';

/**
 * The drops, as offsets from the season's start: the label's limited pressings at 10:00 on Black Friday,
 * leftover RSD Black Friday exclusives online at 08:00 on Saturday, the label's holiday 7" at 11:00 on Friday
 * 4 December (all Nashville time).
 */
export const DROPS: Record<DropId, number> = {
  label_black_friday: 10 * HOUR,
  rsd_online: DAY + 8 * HOUR,
  holiday_seven: 7 * DAY + 11 * HOUR,
};

/** How the drops share the traffic that chases them. */
export const DROP_WEIGHTS: Readonly<Record<DropId, number>> = {
  label_black_friday: 45,
  rsd_online: 40,
  holiday_seven: 15,
};

/** When a drop opens in this window (a window shorter than the season folds it in). */
export function dropOpens(w: Window, drop: DropId): number {
  const span = w.end - w.start;
  const offset = DROPS[drop];
  return w.start + (offset < span ? offset : Math.floor((offset * 0.37) % span));
}

/** A moment `delay` ms after a drop opened, folded back into the window if it would run past the end. */
export function afterDrop(w: Window, drop: DropId, delay: number): number {
  const opens = dropOpens(w, drop);
  const room = Math.max(1, w.end - opens);
  return Math.floor(opens + (Math.max(0, delay) % room));
}
