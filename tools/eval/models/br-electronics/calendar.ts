import { type Rng } from '../kit/random.js';
import { betweenHours, DAY, HOUR, localHour, type Window } from '../kit/purchase.js';

/**
 * Black Friday week in Brasília time (UTC−3 all year since 2019; Manaus and Cuiabá are an hour behind). The
 * default stream runs from Tuesday 24 November 2026 00:00 BRT to the end of Cyber Monday, 30 November.
 */

/** Brasília time, hours from UTC. */
export const BRT = -3;

export const DEFAULT_START = Date.UTC(2026, 10, 24, 3, 0);

/** Black Friday 00:00 BRT of the year `t` falls in: the Friday after the fourth Thursday of November. */
export function blackFriday(t: number): number {
  const year = new Date(t + BRT * HOUR).getUTCFullYear();
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - first + 7) % 7);
  return Date.UTC(year, 10, firstThursday + 21 + 1) - BRT * HOUR;
}

/** Orders per hour of the local day: quiet before dawn, a lunch bump, busiest 20–23 h. */
const HOURLY = [
  1.1, 0.6, 0.3, 0.15, 0.1, 0.15, 0.35, 0.7, 1.0, 1.3, 1.5, 1.6, 1.8, 1.7, 1.5, 1.5, 1.5, 1.6, 1.8, 2.0, 2.4,
  2.6, 2.3, 1.7,
];

/** Relative to Black Friday: the warm-up ("esquenta") days, the day itself, the weekend and Cyber Monday. */
function dayWeight(t: number): number {
  const bf = blackFriday(t);
  const d = Math.floor((t - bf) / DAY);
  if (d === 0) return 2.6;
  if (d === -1) return 1.2;
  if (d === 1) return 1.4;
  if (d === 2) return 1.1;
  if (d === 3) return 1.5;
  if (d < -1 && d >= -7) return 0.8 + 0.05 * (d + 7);
  return 0.7;
}

/** How busy the store is at `t` (ms), for a shopper `tz` hours from UTC. */
export function busyness(t: number, tz: number = BRT): number {
  const bf = blackFriday(t);
  const rush = t >= bf && t < bf + 2 * HOUR ? 4 : 1;
  return (HOURLY[Math.floor(localHour(t, tz))] ?? 1) * dayWeight(t) * rush;
}

const PEAK = 2.6 * 2.6 * 4;

/** A moment in the window drawn by the store's traffic curve (rejection sampling, 2,000 tries). */
export function orderTime(rng: Rng, w: Window, tz: number = BRT): number {
  for (let i = 0; i < 2000; i++) {
    const t = rng.float(w.start, w.end);
    if (rng.next() * PEAK < busyness(t, tz)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment between local hours `from` and `to` (may pass midnight). */
export const atHours = (rng: Rng, w: Window, from: number, to: number, tz: number = BRT): number =>
  betweenHours((a, b) => rng.float(a, b), w, tz, from, to);

/** The first two hours of Black Friday if they fall in the window, else any busy moment. */
export function midnightRush(rng: Rng, w: Window): number {
  const bf = blackFriday(w.start);
  const from = Math.max(w.start, bf - 10 * 60_000);
  const to = Math.min(w.end, bf + 2 * HOUR);
  return to > from ? Math.floor(rng.float(from, to)) : orderTime(rng, w);
}
