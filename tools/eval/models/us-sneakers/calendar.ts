import { DAY, HOUR } from '../kit/purchase.js';

/**
 * Two weeks of October 2026, from Monday 5 October 00:00 in New York (04:00 UTC), with three drops at 10:00 ET:
 * a Jordan retro on Thursday the 8th, a raffle-only collaboration whose winners are charged on Tuesday the 13th
 * at noon ET, and a New Balance collaboration on Saturday the 17th.
 */

export const START = Date.UTC(2026, 9, 5, 4);
export const DAYS = 14;

export interface Drop {
  id: string;
  /** Raffle: winners are charged off-session in a batch; otherwise first come, first served. */
  raffle: boolean;
  /** Day of the default two weeks (from 0) and the ET hour it opens. */
  day: number;
  hour: number;
  sku: string;
}

export const DROPS: readonly Drop[] = [
  { id: 'DROP-1008', raffle: false, day: 3, hour: 10, sku: 'AJ4-BRD' },
  { id: 'RAFFLE-1013', raffle: true, day: 8, hour: 12, sku: 'TS-AJ1-LOW' },
  { id: 'DROP-1017', raffle: false, day: 12, hour: 10, sku: 'JJJ-990V4' },
];

/** When a drop opens in a window from `start` spanning `span` ms: its day and hour when that fits, else its share of the span. */
export function dropTime(d: Drop, start: number, span: number): number {
  const days = span / DAY;
  const at = start + Math.floor((d.day / DAYS) * days) * DAY + d.hour * HOUR;
  return at < start + span - 2 * HOUR ? at : start + Math.floor(((d.day + 0.5) / DAYS) * span * 0.9);
}
