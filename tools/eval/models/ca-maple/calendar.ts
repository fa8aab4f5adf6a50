import { DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The sugaring season of 2027 as the shack sells it: from Monday 1 March (00:00 in Beauce, UTC−5) to the end of
 * Easter Monday, 29 March. Clocks in Canada, the US and Cuba spring forward on Sunday 14 March; France on Sunday
 * 28 March; Russia, Belarus, Iran and Kazakhstan keep one offset.
 */

export const START = Date.UTC(2027, 2, 1, 5);
export const DAYS = 29;

/** North American clocks go forward at 2:00 local on 14 March (taken as 07:00 UTC everywhere). */
const NA_DST = Date.UTC(2027, 2, 14, 7);
const EU_DST = Date.UTC(2027, 2, 28, 1);

export type Zone =
  | 'QC'
  | 'ON'
  | 'ATL'
  | 'AB'
  | 'BC'
  | 'US_E'
  | 'US_C'
  | 'US_P'
  | 'FL'
  | 'FR'
  | 'RU'
  | 'BY'
  | 'IR'
  | 'CU'
  | 'KZ';

const STANDARD: Readonly<Record<Zone, number>> = {
  QC: -5,
  ON: -5,
  ATL: -4,
  AB: -7,
  BC: -8,
  US_E: -5,
  US_C: -6,
  US_P: -8,
  FL: -5,
  FR: 1,
  RU: 3,
  BY: 3,
  IR: 3.5,
  CU: -5,
  KZ: 5,
};

const NORTH_AMERICAN: ReadonlySet<Zone> = new Set([
  'QC',
  'ON',
  'ATL',
  'AB',
  'BC',
  'US_E',
  'US_C',
  'US_P',
  'FL',
  'CU',
]);

/** The UTC offset (hours) of a zone at `t`. */
export function offset(zone: Zone, t: number): number {
  const base = STANDARD[zone];
  if (NORTH_AMERICAN.has(zone)) return t >= NA_DST ? base + 1 : base;
  if (zone === 'FR') return t >= EU_DST ? base + 1 : base;
  return base;
}

/** Local time as a Date read with getUTC* methods. */
export const local = (t: number, zone: Zone): Date => new Date(t + offset(zone, t) * HOUR);

/**
 * How busy a day is (the shack's calendar, in Beauce): the season opens slowly, the sap runs from mid-March,
 * the last week before Easter carries the ship-by-Easter rush; Good Friday to Easter Monday the parcels stop
 * but the dining room is full.
 */
export function seasonFactor(t: number): number {
  const d = Math.floor((t - START) / DAY);
  if (d < 7) return 0.6;
  if (d < 13) return 0.85;
  if (d < 21) return 1.2;
  if (d < 25) return 1.45;
  if (d < 28) return 0.95;
  return 0.55;
}

/** Consumers: a lunch bump, an evening peak (19–22 h), little after midnight. */
export const CONSUMER = [
  0.5, 0.25, 0.12, 0.08, 0.08, 0.15, 0.4, 0.8, 1.1, 1.3, 1.5, 1.7, 2.0, 1.8, 1.5, 1.5, 1.6, 1.8, 2.1, 2.6,
  2.9, 2.7, 2.0, 1.1,
];
/** Offices and kitchens: 8–17 h on weekdays. */
export const OFFICE = [
  0, 0, 0, 0, 0, 0, 0.1, 0.6, 1.6, 2.2, 2.3, 2.0, 1.2, 1.8, 2.2, 2.0, 1.4, 0.5, 0.15, 0.1, 0.05, 0, 0, 0,
];
/** Scripts and people working another continent's day against the store's night. */
export const NIGHT = [
  2.2, 2.6, 2.8, 2.6, 2.2, 1.4, 0.6, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.4, 0.6,
  0.9, 1.3, 1.8,
];

export interface When {
  curve: readonly number[];
  /** Weekends count this much more (or less) than weekdays. */
  weekend: number;
  /** Follow the season's curve. */
  seasonal: boolean;
}

/** A moment in the window, by rejection: season × weekday × hour of the buyer's own clock. */
export function pickTime(rng: Rng, w: { start: number; end: number }, zone: Zone, when: When): number {
  const peak = Math.max(...when.curve) * Math.max(1, when.weekend) * (when.seasonal ? 1.45 : 1);
  for (let i = 0; i < 500; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const l = local(t, zone);
    const day = l.getUTCDay();
    const weight =
      (when.curve[l.getUTCHours()] ?? 0) *
      (day === 0 || day === 6 ? when.weekend : 1) *
      (when.seasonal ? seasonFactor(t) : 1);
    if (rng.next() * peak < weight) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}
