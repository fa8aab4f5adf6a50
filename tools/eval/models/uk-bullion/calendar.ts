import { DAY } from '../kit/purchase.js';

/**
 * The window: the fourteen days from Monday 1 March 2027, the fortnight of a gold price spike. Britain and
 * Ireland are on GMT throughout (summer time starts on the 28th); Mothering Sunday falls on 7 March.
 */

export const START = Date.UTC(2027, 2, 1);
export const DAYS = 14;
export const MOTHERING_SUNDAY = Date.UTC(2027, 2, 7);

const smooth = (from: number, to: number, x: number): number => {
  const u = Math.min(1, Math.max(0, (x - from) / (to - from)));
  return u * u * (3 - 2 * u);
};

/** Where a moment falls in the window, 0 at its start and 1 at its end (clamped). */
export const phase = (t: number, w: { start: number; end: number }): number =>
  Math.min(1, Math.max(0, (t - w.start) / Math.max(1, w.end - w.start)));

/**
 * Gold's price against the window's opening (1 = £2,850 an ounce): it climbs about 12 % from the end of the
 * first third to past the middle, then gives back some five points in the last third.
 */
export const goldMove = (f: number): number => 1 + 0.12 * smooth(0.2, 0.55, f) - 0.05 * smooth(0.65, 0.95, f);

/** Silver follows gold with more swing. */
export const silverMove = (f: number): number =>
  1 + 0.16 * smooth(0.22, 0.58, f) - 0.08 * smooth(0.65, 0.95, f);

/** How busy the shop is, relative: the rush peaks as the price breaks its record in the middle of the window. */
export const demand = (f: number): number => 0.65 + 1.35 * Math.exp(-(((f - 0.5) / 0.16) ** 2));

/** Whether a moment falls on a Saturday or Sunday, at a UTC offset. */
export const weekend = (t: number, tz: number): boolean => {
  const d = new Date(t + tz * 3_600_000).getUTCDay();
  return d === 0 || d === 6;
};

export { DAY };
