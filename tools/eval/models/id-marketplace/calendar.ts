import { DAY, HOUR, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The two weeks up to and including Harbolnas 12.12: from 29 November 2026 00:00 WIB (UTC+7) to the end of
 * 12 December. Traffic grows towards the sale, the 12.12 day itself is about three times a normal day, with a
 * spike in the first hour after midnight, and smaller daily flash sales at 12:00 and 21:00 WIB.
 */

export const START = Date.UTC(2026, 10, 28, 17);
export const DAYS = 14;
/** WIB, the store's own clock. */
export const WIB = 7;

/** Relative weight of each day, the last being 12.12. */
const DAY_WEIGHT = [1, 0.95, 1, 1.05, 1.1, 1.15, 1.1, 1.2, 1.25, 1.3, 1.4, 1.6, 2.0, 3.4];

/** Local hour weights: late-evening shopping after work, a lunch bump, a quiet 2–6 am. */
const NORMAL = [
  3, 1.5, 0.8, 0.5, 0.6, 1.2, 2.2, 3, 3.6, 4.2, 4.6, 5, 6, 5.4, 4.8, 4.6, 4.6, 4.8, 5.4, 7, 8.4, 9, 8, 5.4,
];
/** 12.12: the midnight rush, then a normal day, busier in the evening. */
const SALE = [
  16, 6, 2, 1, 0.8, 1.2, 2.2, 3, 3.6, 4.2, 4.6, 5, 8, 5.4, 4.8, 4.6, 4.6, 4.8, 5.4, 7, 8.4, 10, 9, 6,
];
/** Office hours on weekdays (corporate buyers). */
const OFFICE = [0, 0, 0, 0, 0, 0, 0, 0.5, 3, 5, 5, 4, 2, 4, 5, 4, 3, 1, 0, 0, 0, 0, 0, 0];
/** Night owls: what card testers and top-up fraud prefer, when the store's staff sleep. */
const NIGHT = [
  6, 8, 9, 8, 6, 3, 1, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.5, 1, 1.5, 2, 3, 4,
];

export type Curve = 'normal' | 'office' | 'night';

const daysOf = (w: Window) => Math.max(1, Math.ceil((w.end - w.start) / DAY));

/** Keeps a moment inside the window (wrapping round), so small or moved windows stay honoured. */
export const inWindow = (w: Window, t: number): number => {
  const span = w.end - w.start;
  return Math.floor(w.start + ((((t - w.start) % span) + span) % span));
};

const hourWeights = (c: readonly number[]) => c.map((x, h) => [h, x] as const);

/** A moment in the buyer's own hours (UTC offset `tz`), on a day weighted towards 12.12. */
export function orderTime(rng: Rng, w: Window, tz: number, curve: Curve = 'normal'): number {
  const n = daysOf(w);
  for (let tries = 0; tries < 50; tries++) {
    const d = rng.weightedPick(
      Array.from(
        { length: n },
        (_, i) => [i, DAY_WEIGHT[(((DAYS - n + i) % DAYS) + DAYS) % DAYS] ?? 1] as const,
      ),
    );
    const sale = (((DAYS - n + d) % DAYS) + DAYS) % DAYS === DAYS - 1;
    const weekday = (new Date(w.start + d * DAY + 12 * HOUR).getUTCDay() + 6) % 7 < 5;
    if (curve === 'office' && !weekday) continue;
    const table = curve === 'office' ? OFFICE : curve === 'night' ? NIGHT : sale ? SALE : NORMAL;
    const h = rng.weightedPick(hourWeights(table));
    const t = w.start + d * DAY + h * HOUR + rng.int(0, HOUR - 1) - (tz - WIB) * HOUR;
    if (t >= w.start && t < w.end) return Math.floor(t);
  }
  return inWindow(w, w.start + rng.int(0, w.end - w.start - 1));
}

/** The start of one of the flash sales: 12.12 at midnight (mostly), or a daily one at 12:00 or 21:00 WIB. */
export function flashSale(rng: Rng, w: Window): number {
  const n = daysOf(w);
  const last = w.start + (n - 1) * DAY;
  const at = rng.chance(0.6) ? last : w.start + rng.int(0, n - 1) * DAY + (rng.chance(0.5) ? 12 : 21) * HOUR;
  return inWindow(w, at);
}

/** A moment shortly after a flash sale opens: most within ten minutes, some within the hour. */
export const duringFlash = (rng: Rng, w: Window, sale: number): number =>
  inWindow(w, sale + Math.floor(rng.chance(0.7) ? rng.exp(4 * MINUTE) : rng.int(10 * MINUTE, 60 * MINUTE)));
