import { HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The window: fourteen days from Thursday 21 January 2027, 00:00 in Prague (UTC+1; all six countries keep
 * Central European Time in winter). The new graphics cards go on sale on Thursday 28 January at 15:00 Prague
 * time, 183 hours in; a window of another length puts the launch at the same fraction of it.
 */

export const START = Date.UTC(2027, 0, 20, 23);
export const DAYS = 14;
/** Prague is UTC+1 in winter, and so are Bratislava, Warsaw, Budapest, Berlin and Vienna. */
export const TZ = 1;
const LAUNCH_HOURS = 183;

export const launchOf = (w: Window): number =>
  w.start + Math.round(((w.end - w.start) * LAUNCH_HOURS) / (DAYS * 24));

/** How busy the shop is at a local hour: quiet at night, lunch and a long evening peak. */
const HOURLY = [
  0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0, 1.05, 1.1, 1.0, 0.95, 0.95, 1.0, 1.1, 1.25,
  1.4, 1.5, 1.45, 1.15, 0.7,
];
/** Office hours on weekdays, for companies and system builders. */
const OFFICE = [0, 0, 0, 0, 0, 0, 0.1, 0.6, 1, 1, 1, 1, 0.8, 1, 1, 0.9, 0.6, 0.2, 0.05, 0.02, 0, 0, 0, 0];
/** Card-testing and bot runs: mostly at night, when fewer people watch. */
const NIGHT = [
  1, 1, 1, 1, 0.9, 0.6, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.3, 0.3, 0.4, 0.5, 0.6, 0.8,
  0.9,
];

export type Rhythm = 'shoppers' | 'office' | 'night';
const CURVES: Record<Rhythm, readonly number[]> = { shoppers: HOURLY, office: OFFICE, night: NIGHT };

const weekday = (t: number): number => new Date(t + TZ * HOUR).getUTCDay();

/**
 * A moment in the window drawn by rejection: the hour curve, weekends a little busier for shoppers and empty
 * for offices, interest building in the days before the launch, a rush in the hours after it, and the site
 * busier for the rest of that week. `launchBoost` scales the rush (launch-day buyers live on it).
 */
export function momentIn(rng: Rng, w: Window, rhythm: Rhythm = 'shoppers', launchBoost = 1): number {
  const curve = CURVES[rhythm];
  const launch = launchOf(w);
  for (let i = 0; i < 500; i++) {
    const t = w.start + rng.next() * (w.end - w.start);
    const day = weekday(t);
    let weight = curve[Math.floor(localHour(t, TZ))] ?? 0;
    if (rhythm === 'office' && (day === 0 || day === 6)) weight *= 0.03;
    if (rhythm === 'shoppers' && (day === 0 || day === 6)) weight *= 1.15;
    const since = (t - launch) / HOUR;
    if (since < 0 && since > -72) weight *= 1.2;
    if (since >= 0 && since < 6) weight *= 1 + 3 * launchBoost * Math.exp(-since / 2);
    else if (since >= 6 && since < 96) weight *= 1.3;
    if (rng.next() * 4 < weight) return Math.floor(t);
  }
  return Math.floor(w.start + rng.next() * (w.end - w.start));
}

/** A moment in the first `hours` after the launch, front-loaded (most in the first minutes). */
export function launchRush(rng: Rng, w: Window, hours: number): number {
  const launch = launchOf(w);
  const t = launch + Math.min(hours * HOUR, rng.exp((hours * HOUR) / 4));
  return Math.floor(Math.min(w.end - 1000, t));
}
