import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The three weeks before Christmas: from Friday 4 December 2026, midnight on the East Coast (05:00 UTC), for twenty
 * days to Christmas Eve. Standard shipping is guaranteed until the 16th; after that, shoppers turn to pickup in
 * store and e-gift cards.
 */

export const START = Date.UTC(2026, 11, 4, 5);
export const DAYS = 20;

/** How busy a local hour is for US shoppers: a lunch bump, an evening peak after the children are in bed. */
const HOURLY = [
  0.35, 0.2, 0.12, 0.08, 0.08, 0.12, 0.25, 0.45, 0.6, 0.7, 0.8, 0.9, 1.0, 0.95, 0.85, 0.8, 0.8, 0.85, 0.95,
  1.1, 1.25, 1.25, 1.0, 0.65,
];

/** Which part of the season a purchase leans to: shipped gifts peak mid-month, pickup and e-gifts at the end. */
export type Season = 'ship' | 'late' | 'flat';

function seasonWeight(f: number, s: Season): number {
  if (s === 'flat') return 1;
  const cyberWeek = f < 0.1 ? 0.25 : 0;
  if (s === 'ship') return 0.7 + cyberWeek + (f < 0.6 ? 0.9 * f : 0.54 - 0.9 * (f - 0.6));
  return 0.5 + cyberWeek + 1.6 * f * f;
}

/** A moment in the window in a shopper's local hours (`tz` hours from UTC), leaning to the season's part. */
export function shopAt(rng: Rng, w: Window, tz: number, season: Season = 'ship'): number {
  for (let i = 0; i < 500; i++) {
    const t = rng.float(w.start, w.end);
    const f = (t - w.start) / Math.max(1, w.end - w.start);
    const h = Math.floor(localHour(t, tz));
    if (rng.next() * 1.6 < seasonWeight(f, season) * (HOURLY[h] ?? 0.5) * 1.2) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/**
 * The limited drops of the window (an exclusive LEGO set, a trading-card collection, a holiday figure), each at
 * 10 a.m. Eastern on its day; in a short window they fall inside it anyway.
 */
export function dropTimes(w: Window): number[] {
  return [0.12, 0.43, 0.74].map((f) => {
    const t = w.start + f * (w.end - w.start);
    const at = Math.floor(t / DAY) * DAY + 15 * HOUR;
    return Math.min(w.end - HOUR, Math.max(w.start + HOUR, at));
  });
}

/** A moment shortly after a drop opens: most within the first `spread` ms. */
export const afterDrop = (rng: Rng, drop: number, spread: number): number =>
  drop + Math.floor(rng.exp(spread / 3)) + rng.int(800, 4_000);
