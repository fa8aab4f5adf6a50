import { DAY, HOUR, localHour, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The holiday calendar: Thanksgiving (Thursday 26 November 2026) to Tuesday 15 December, in Eastern time. How
 * busy each day is, how busy each local hour is, and the doorbuster drops that bring a rush of shoppers (and
 * resellers' bots) within minutes.
 */

/** Thanksgiving, 00:00 in New York (05:00 UTC). */
export const THANKSGIVING = Date.UTC(2026, 10, 26, 5);
/** Eastern standard time: every stream day is in standard time across the 48 states. */
export const ET = -5;

/** Relative busyness of the days from Thanksgiving (index 0) on, Eastern dates. */
const DAY_WEIGHTS = [
  1.5, // Thanksgiving: doorbusters go live at 18:00 ET
  2.6, // Black Friday
  1.5,
  1.3,
  2.4, // Cyber Monday
  1.2,
  1.0,
  0.95,
  1.0,
  1.15,
  1.1,
  0.95,
  0.95,
  1.0,
  1.05,
  1.25,
  1.3, // the last weekend before ship-to-home cut-offs
  1.2,
  1.15,
  1.2,
];

/** Weight of a moment's Eastern day: the table inside the holiday weeks, weekends a little busier outside. */
export function dayWeight(t: number): number {
  const index = Math.floor((t - THANKSGIVING) / DAY);
  const known = DAY_WEIGHTS[index];
  if (known !== undefined) return known;
  const weekday = new Date(t + ET * HOUR).getUTCDay();
  return weekday === 0 || weekday === 6 ? 1.15 : 1;
}

/** Shoppers by local hour: quiet at night, a lunch bump, the peak after dinner. */
const HOUR_WEIGHTS = [
  0.35, 0.2, 0.12, 0.08, 0.08, 0.15, 0.35, 0.6, 0.85, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, 1.0, 1.05, 1.15, 1.3,
  1.45, 1.5, 1.35, 1.0, 0.65,
];
const DAY_MAX = Math.max(...DAY_WEIGHTS, 1.15);

export const hourWeight = (t: number, tz: number): number => HOUR_WEIGHTS[Math.floor(localHour(t, tz))] ?? 1;

/** A moment in the window, busier days and evening hours more likely (the shopper's time zone `tz`). */
export function shoppingTime(rng: Rng, w: Window, tz: number, hours = HOUR_WEIGHTS): number {
  const peak = Math.max(...hours) * DAY_MAX;
  for (let i = 0; i < 400; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const weight = (hours[Math.floor(localHour(t, tz))] ?? 1) * dayWeight(t);
    if (rng.next() * peak < weight) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Night owls and overseas crews: weighted towards 23:00–05:00 local time. */
export const NIGHT_HOURS = [
  1.4, 1.5, 1.5, 1.4, 1.2, 0.9, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.35, 0.4, 0.5, 0.6,
  0.8, 1.0, 1.2,
];

/** Office and job-site hours: pros order early, on weekdays. */
export const TRADE_HOURS = [
  0, 0, 0, 0, 0.05, 0.4, 1.2, 1.5, 1.4, 1.2, 1.1, 1.0, 0.9, 0.9, 0.8, 0.7, 0.5, 0.35, 0.3, 0.3, 0.25, 0.2,
  0.1, 0.02,
];

/** A doorbuster drop: when it goes live and the deals in it (skus from the catalogue). */
export interface Drop {
  at: number;
  name: string;
  skus: readonly string[];
}

const et = (day: number, hour: number) => THANKSGIVING + day * DAY + hour * HOUR;

const DROPS: readonly Drop[] = [
  {
    at: et(0, 18),
    name: 'black-friday-online',
    skus: ['TV-65QLED-DB', 'GM-CONSOLE-BNDL', 'TL-DRILL-2PK-DB'],
  },
  { at: et(1, 6), name: 'black-friday-morning', skus: ['TV-55-4K-DB', 'AP-AIRFRY-DB', 'SH-DOORBELL-DB'] },
  { at: et(4, 0), name: 'cyber-monday', skus: ['GM-CONSOLE-BNDL', 'PH-EARBUDS-DB', 'TV-65QLED-DB'] },
  { at: et(6, 12), name: 'deal-drop-wed', skus: ['SH-ROBOVAC-DB', 'TL-DRILL-2PK-DB'] },
  { at: et(9, 12), name: 'weekend-drop', skus: ['GM-HANDHELD-DB', 'GR-PELLET-DB'] },
  { at: et(13, 12), name: 'deal-drop-wed-2', skus: ['TV-55-4K-DB', 'SH-DOORBELL-DB'] },
  { at: et(16, 9), name: 'last-weekend', skus: ['GM-CONSOLE-BNDL', 'AP-AIRFRY-DB', 'PH-EARBUDS-DB'] },
];

/** The drops inside the window; a window outside the holiday weeks gets a noon drop every third day. */
export function dropsIn(w: Window): Drop[] {
  const inside = DROPS.filter((d) => d.at >= w.start && d.at < w.end - 30 * MINUTE);
  if (inside.length > 0) return inside;
  const out: Drop[] = [];
  for (let t = w.start + 12 * HOUR; t < w.end - 30 * MINUTE; t += 3 * DAY)
    out.push({ at: t, name: `drop-${out.length + 1}`, skus: ['TV-55-4K-DB', 'GM-CONSOLE-BNDL'] });
  if (out.length === 0) out.push({ at: w.start, name: 'drop-1', skus: ['TV-55-4K-DB', 'GM-CONSOLE-BNDL'] });
  return out;
}

/** Minutes after a drop a shopper checks out: most in the first quarter hour, stragglers for hours. */
export function afterDrop(rng: Rng, d: Drop, w: Window, meanMinutes: number): number {
  const t = d.at + Math.floor(rng.exp(meanMinutes * MINUTE)) + rng.int(5_000, 60_000);
  return Math.min(Math.max(t, w.start), w.end - 1);
}
