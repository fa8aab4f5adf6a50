import { HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's season: the three weeks before Christmas, when Canterbury gets ready for the summer holidays.
 * Delivery orders build until the couriers' Christmas cut-off (about the 19th), then fall away while
 * click-and-collect and e-gift cards carry on to Christmas Eve.
 */

/** 3 December 2026, 00:00 in Christchurch (NZDT, UTC+13). */
export const START = Date.UTC(2026, 11, 2, 11);
/** To 24 December 00:00 NZDT. */
export const DAYS = 21;
/** New Zealand Daylight Time in December. */
export const NZ_TZ = 13;

/** Weights of local hours 0–23. */
export type Curve = readonly number[];

// prettier-ignore
export const CURVES = {
  /** After work and after the kids are in bed, a lunch-break bump. */
  home: [1.2, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 1.6, 2.4, 2.8, 3.1, 3.4, 4.2, 4.0, 3.4, 3.2, 3.4, 3.8, 4.2, 5.4, 6.6, 7.0, 5.4, 2.6],
  /** Farmers: early, before the day's work, and late, after tea; little in the middle of the day. */
  rural: [0.4, 0.2, 0.1, 0.1, 0.6, 2.8, 4.2, 3.6, 1.8, 1.4, 1.3, 1.4, 2.2, 2.0, 1.2, 1.1, 1.3, 1.8, 2.6, 4.4, 6.2, 6.4, 4.6, 1.6],
  /** Angler and beacon buyers: home, with an early-morning tail before the tide or the track. */
  early: [0.8, 0.4, 0.2, 0.3, 0.9, 2.2, 2.8, 2.6, 2.6, 2.8, 3.0, 3.2, 3.8, 3.6, 3.0, 3.0, 3.2, 3.6, 4.0, 5.0, 6.0, 6.2, 4.6, 2.0],
  /** Click-and-collect: ordered during the working day to pick up on the way home. */
  day: [0.4, 0.2, 0.1, 0.1, 0.1, 0.3, 1.0, 2.8, 4.4, 5.4, 5.6, 5.8, 6.4, 6.0, 5.6, 5.4, 5.0, 4.2, 3.6, 3.8, 4.2, 3.6, 2.2, 1.0],
  /** Someone else's night is their day: fraud run from abroad or by people who work nights. */
  night: [5.0, 6.0, 6.4, 6.0, 5.0, 3.6, 2.0, 1.2, 1.0, 1.0, 1.0, 1.1, 1.2, 1.2, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.6, 3.0, 3.6, 4.4],
  /** Round the clock. */
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
} as const satisfies Record<string, Curve>;

export type CurveName = keyof typeof CURVES;

/** How busy a kind gets over the window, by the fraction `f` (0–1) of it gone. */
export type Ramp = 'build' | 'last_minute' | 'flat';

/** Couriers' last day for Christmas delivery: about three quarters into the window. */
export const CUT_OFF = 0.76;

const RAMPS: Record<Ramp, { at: (f: number) => number; max: number }> = {
  // Builds to the courier cut-off, then about half the orders (they will not arrive before Christmas).
  build: { at: (f) => (f < CUT_OFF ? 0.6 + (0.8 * f) / CUT_OFF : 0.7), max: 1.4 },
  // Last-minute shoppers: collect in store, e-gift cards.
  last_minute: { at: (f) => 0.5 + 1.6 * f * f, max: 2.1 },
  flat: { at: () => 1, max: 1 },
};

/** Local day of the week (0 = Sunday) at `t` for UTC offset `tz`. */
export const weekday = (t: number, tz: number): number => new Date(t + tz * HOUR).getUTCDay();

/**
 * A moment in the window, in a buyer's local hours (`tz`), shaped by a day curve and the kind's ramp; weekends
 * are a little busier for home shoppers. Rejection sampling, then any moment after 600 misses.
 */
export function placedAt(rng: Rng, w: Window, tz: number, curve: CurveName, ramp: Ramp = 'build'): number {
  const c = CURVES[curve];
  const peak = Math.max(...c);
  const r = RAMPS[ramp];
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    const f = (t - w.start) / (w.end - w.start);
    const h = Math.floor(localHour(t, tz));
    const day = weekday(t, tz);
    const weekend = day === 0 || day === 6 ? (curve === 'day' ? 0.7 : 1.15) : 1;
    const p = ((c[h] ?? 0) / peak) * (r.at(f) / r.max) * (weekend / 1.15);
    if (rng.next() < p) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** The fraction of the window gone at `t`. */
export const windowShare = (w: Window, t: number): number => (t - w.start) / (w.end - w.start);
