import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: the three weeks before Father's Day (Sunday 21 June 2026), from Sunday 31 May at midnight in Texas
 * (CDT, UTC−5) to the Saturday night before. Demand climbs towards the day, peaks over the last weekend ground
 * shipping still arrives in time, then turns to express shipping, store pickup and e-mailed gift cards.
 */

export const START = Date.UTC(2026, 4, 31, 5);
export const DAYS = 21;
export { DAY, HOUR };

/** Shares of the window: ground shipping arrives by the day until Tuesday 16 June, two-day until Thursday 18. */
export const GROUND_CUTOFF = 16 / 21;
export const EXPRESS_CUTOFF = 18.6 / 21;
export const OVERNIGHT_CUTOFF = 19.6 / 21;

/** Where in the window a moment falls, 0 at the start and 1 at the end. */
export const shareOf = (t: number, w: Window): number => (t - w.start) / Math.max(1, w.end - w.start);

/** How a gift still gets there in time, by when it was ordered. */
export type Phase = 'ground' | 'express' | 'overnight' | 'digital';
export function phaseOf(t: number, w: Window): Phase {
  const f = shareOf(t, w);
  if (f < GROUND_CUTOFF) return 'ground';
  if (f < EXPRESS_CUTOFF) return 'express';
  if (f < OVERNIGHT_CUTOFF) return 'overnight';
  return 'digital';
}

/** Relative demand over the window: a climb, the last ground-shipping weekend, a dip on the final day. */
function demand(t: number, w: Window): number {
  const f = shareOf(t, w);
  let d = 0.75 + 0.55 * f;
  if (f > 0.57 && f < GROUND_CUTOFF) d += 0.35;
  if (f > 0.93) d -= 0.25;
  return d;
}

/** Golfers shop on Sunday evenings and Monday at work, less on a Saturday (they are on the course). */
const WEEKDAY = [1.1, 1.05, 1, 1, 1, 0.9, 0.8];

/** Orders by local hour, 0–23. */
export type Curve = readonly number[];

/** Households: the lunch break, then the evening after dinner. */
export const EVENINGS: Curve = [
  2, 1, 0.6, 0.4, 0.3, 0.5, 1.2, 2.5, 3.5, 4, 4.2, 4.5, 5.5, 5.2, 4.4, 4.2, 4.4, 4.8, 5.5, 6.5, 7, 6.5, 5,
  3.2,
];
/** Offices, tournament committees and club pros: business hours. */
export const OFFICE: Curve = [
  0, 0, 0, 0, 0, 0, 0.2, 1, 4, 6, 6.5, 6, 4, 5.5, 6, 5.5, 4, 2, 0.6, 0.3, 0.2, 0, 0, 0,
];
/** Shop hours, for orders placed by people on their way to a store. */
export const DAYTIME: Curve = [
  0.3, 0.1, 0, 0, 0, 0.2, 1, 2.5, 4, 5, 5.5, 6, 6.5, 6, 5.5, 5.5, 5.5, 5, 4.5, 4, 3, 2, 1.2, 0.6,
];
/** Crews working from other time zones or through the night: flat with a small-hours bulge. */
export const NIGHT: Curve = [
  6, 7, 7.5, 7.5, 7, 6, 4, 3, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 3, 3, 3.5, 4, 4.5, 5,
];

/** Options of `moment`: weekdays only, and a part of the window. */
export interface When {
  weekdays?: boolean;
  from?: number;
  to?: number;
}

/**
 * A moment in the window (or in `from`–`to` within it) for a buyer at UTC offset `tz`, following the hour curve,
 * the season's demand and the day of the week; after 500 rejected draws, any moment.
 */
export function moment(rng: Rng, w: Window, tz: number, curve: Curve, o: When = {}): number {
  const from = Math.max(w.start, o.from ?? w.start);
  const to = Math.min(w.end, o.to ?? w.end);
  if (to <= from) return Math.floor(rng.float(w.start, w.end));
  const peak = Math.max(...curve);
  for (let i = 0; i < 500; i++) {
    const t = rng.float(from, to);
    const day = new Date(t + tz * HOUR).getUTCDay();
    if (o.weekdays && (day === 0 || day === 6)) continue;
    const h = Math.floor(localHour(t, tz));
    const p = ((curve[h] ?? 0) / peak) * (demand(t, w) / 1.7) * ((WEEKDAY[day] ?? 1) / 1.1);
    if (rng.next() < p) return Math.floor(t);
  }
  return Math.floor(rng.float(from, to));
}

/** A moment `gap` ms after `t`, kept inside the window. */
export const after = (t: number, gap: number, w: Window): number => Math.min(w.end - 1, Math.floor(t + gap));
