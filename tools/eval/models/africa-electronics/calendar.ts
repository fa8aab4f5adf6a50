import { betweenHours, DAY, HOUR, localHour, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Black Friday week: the store's biggest sale of the year. Traffic builds from Tuesday, payday lands on
 * Wednesday/Thursday, the doors open at midnight into Black Friday (a rush in the first hours), the weekend
 * stays busy and Cyber Monday brings a second peak. Every day two flash sales open, at noon and 8 pm.
 */

export { DAY, HOUR, MINUTE, type Window };

/** Tuesday 24 November 2026, 00:00 WAT (UTC+1): Black Friday is the 27th. */
export const DEFAULT_START = Date.UTC(2026, 10, 23, 23, 0);

/** Orders by local hour: a late-morning rise, lunch, the big evening after work, quiet small hours. */
const BY_HOUR = [
  1.6, 0.9, 0.5, 0.3, 0.3, 0.5, 1.0, 1.8, 2.6, 3.2, 3.6, 3.9, 4.3, 4.1, 3.8, 3.7, 3.8, 4.0, 4.4, 5.0, 5.6,
  5.8, 4.8, 3.0,
];
/** Midnight into Black Friday (×3.2) times the busiest evening hour. */
const PEAK = 3.2 * 2.8 * 5.8;

/** The first local midnight starting a Friday at or after `start` (1 January 1970 was a Thursday). */
export function blackFriday(start: number, tz: number): number {
  let day = Math.ceil((start + tz * HOUR) / DAY);
  while ((day + 4) % 7 !== 5) day++;
  return day * DAY - tz * HOUR;
}

const DAY_FACTOR: Record<number, number> = { [-3]: 1, [-2]: 1.1, [-1]: 1.3, 0: 2.8, 1: 1.8, 2: 1.35, 3: 1.9 };

/** Whether `t` falls in the first 45 minutes of a flash sale (noon and 8 pm, local). */
export function inFlashSale(t: number, tz: number): boolean {
  const h = localHour(t, tz);
  return (h >= 12 && h < 12.75) || (h >= 20 && h < 20.75);
}

/** How busy the store is at `t` for a shopper whose day runs on `tz` and whose store runs on `saleTz`. */
export function busy(t: number, bf: number, tz: number, saleTz = tz): number {
  const base = BY_HOUR[Math.floor(localHour(t, tz))] ?? 1;
  const day = Math.floor((t - bf) / DAY);
  let f = DAY_FACTOR[day] ?? 1;
  if (day === 0 && t - bf < 2 * HOUR) f = t - bf < HOUR ? 3.2 * 2.8 : 2 * 2.8;
  if (inFlashSale(t, saleTz)) f *= 1.6;
  return base * f;
}

/** A moment in the window on the store's curve; `tz` is the shopper's own day (a diaspora buyer's evening). */
export function when(rng: Rng, w: Window, tz: number, saleTz = tz): number {
  const bf = blackFriday(w.start, saleTz);
  for (let i = 0; i < 200; i++) {
    const t = rng.float(w.start, w.end);
    if (rng.next() * PEAK < busy(t, bf, tz, saleTz)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment in the first minutes of one of the window's flash sales (or anywhere, if none falls inside). */
export function flashMoment(rng: Rng, w: Window, tz: number): number {
  const opens: number[] = [];
  for (let d = Math.floor((w.start + tz * HOUR) / DAY); d * DAY - tz * HOUR < w.end; d++)
    for (const h of [12, 20]) {
      const t = d * DAY + h * HOUR - tz * HOUR;
      if (t >= w.start && t + 10 * MINUTE < w.end) opens.push(t);
    }
  if (opens.length === 0) return when(rng, w, tz);
  return Math.floor(rng.pick(opens) + Math.min(40 * MINUTE, rng.exp(8 * MINUTE)));
}

/** A moment in the Black Friday midnight rush (first two hours), or on the curve if the window misses it. */
export function midnightRush(rng: Rng, w: Window, tz: number): number {
  const bf = blackFriday(w.start, tz);
  if (bf + 2 * HOUR > w.end) return when(rng, w, tz);
  return Math.floor(bf + Math.min(2 * HOUR - 1, rng.exp(35 * MINUTE)));
}

/** A small-hours moment (1–5 am local), when crews work and honest shoppers sleep, if `night`; else on the curve. */
export function nightOr(rng: Rng, w: Window, tz: number, night: boolean): number {
  return night ? betweenHours((a, b) => rng.float(a, b), w, tz, 1, 5) : when(rng, w, tz);
}
