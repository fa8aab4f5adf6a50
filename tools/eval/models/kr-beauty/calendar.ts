import { type Window, HOUR, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The 11.11 sale week: Monday 9 November 2026 00:00 KST (8 November 15:00 UTC) to the end of Sunday. The 11.11
 * mega sale opens at midnight on Wednesday (a rush of carts saved for days) and the numbered limited sets drop
 * during an influencer live-commerce broadcast at 20:00 KST that evening. Times are offsets from the start, so
 * other starts keep the shape.
 */

export const DEFAULT_START = Date.UTC(2026, 10, 8, 15);
export const KST = 9;
export const HOURS = 7 * 24;

/** 11.11 00:00 KST. */
export const saleOpens = (start: number): number => start + 2 * DAY;
/** The limited-set drop, 11.11 20:00 KST. */
export const limitedDrop = (start: number): number => start + 2 * DAY + 20 * HOUR;

/** Shoppers by local hour: asleep 2–7, a lunch bump, busiest 21–24 (phones in bed). */
const HOURLY = [
  5, 2.5, 1.2, 0.6, 0.4, 0.5, 1, 2, 3.5, 4.5, 5, 5.5, 6.5, 6, 5, 5, 5.5, 5.5, 6, 7, 8.5, 10, 10.5, 8,
];

/** How busy a moment is in the sale calendar (KST), independent of the shopper's own hour. */
function surge(t: number, start: number): number {
  const open = saleOpens(start);
  const drop = limitedDrop(start);
  if (t >= open && t < open + 2 * HOUR) return 4;
  if (t >= drop && t < drop + 1.5 * HOUR) return 4.5;
  if (t >= open && t < open + DAY) return 1.7;
  const day = Math.floor((t - start) / DAY);
  return day >= 5 ? 1.15 : 1;
}

/** A moment in the window weighted by the shopper's local hour (`tz`) and the sale's surges. */
export function orderTime(rng: Rng, w: Window, tz: number, start: number): number {
  for (let i = 0; i < 500; i++) {
    const t = rng.float(w.start, w.end);
    const h = Math.floor((((t / HOUR + tz) % 24) + 24) % 24);
    if (rng.next() * 10.5 * 4.5 < (HOURLY[h] ?? 1) * surge(t, start)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment close after `at` (minutes), kept inside the window. */
export const soonAfter = (rng: Rng, w: Window, at: number, meanMs: number): number =>
  Math.min(w.end - 1, Math.max(w.start, Math.floor(at + rng.exp(meanMs))));
