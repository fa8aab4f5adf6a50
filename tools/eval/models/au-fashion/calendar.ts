import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: Monday 16 November 2026, 00:00 in Sydney (AEDT, UTC+11), for fifteen days to the end of Cyber
 * Monday. Click Frenzy's Main Event opens on the Tuesday at 7 pm Sydney time and runs 53 hours; the Club gets
 * Black Friday early from Wednesday 25th at 6 pm, everyone from Thursday 26th to Sunday 29th, then Cyber
 * Monday. Sales and busy days are counted from the window's start, so a moved window keeps the same shape.
 */

export const START = Date.UTC(2026, 10, 15, 13);
export const DAYS = 15;
/** Sydney's UTC offset in November (daylight saving). */
export const SYDNEY = 11;

export interface Sale {
  name: string;
  /** How the shop names the automatic promotion on the order. */
  promotion: string;
  /** Hours after the window's start. */
  from: number;
  to: number;
  rate: number;
  /** Club members only (signed in). */
  clubOnly: boolean;
}

export const SALES: readonly Sale[] = [
  { name: 'Click Frenzy', promotion: 'CLICKFRENZY30', from: 24 + 19, to: 96, rate: 0.3, clubOnly: false },
  {
    name: 'Club early access',
    promotion: 'CLUBEARLY30',
    from: 9 * 24 + 18,
    to: 10 * 24,
    rate: 0.3,
    clubOnly: true,
  },
  {
    name: 'Black Friday',
    promotion: 'BLACKFRIDAY30',
    from: 10 * 24,
    to: 14 * 24,
    rate: 0.3,
    clubOnly: false,
  },
  {
    name: 'Cyber Monday',
    promotion: 'CYBERMONDAY35',
    from: 14 * 24,
    to: 15 * 24,
    rate: 0.35,
    clubOnly: false,
  },
];

/** The sale running at `t`, if any (club-only sales only for a signed-in member). */
export function saleAt(t: number, w: Window, member: boolean): Sale | undefined {
  const h = (t - w.start) / HOUR;
  return SALES.find((s) => h >= s.from && h < s.to && (member || !s.clubOnly));
}

/** How busy each day of the fortnight is, Monday 16th first (past day 15, an ordinary day). */
const DAY_WEIGHT = [1.0, 1.15, 2.5, 2.2, 0.95, 0.85, 0.9, 0.9, 1.0, 1.35, 2.6, 3.3, 2.5, 2.3, 2.9];

/** Orders by the buyer's local hour: a lunch break, the evening on the couch, little before 6 am. */
export const SHOPPERS: readonly number[] = [
  0.4, 0.22, 0.12, 0.08, 0.07, 0.1, 0.3, 0.55, 0.75, 0.9, 1.0, 1.05, 1.2, 1.15, 1.0, 0.95, 0.95, 1.0, 1.15,
  1.45, 1.65, 1.6, 1.15, 0.7,
];
/** Offices: weekdays only (checked separately), nine to five. */
export const OFFICE: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0.1, 0.6, 1, 1, 1, 0.7, 0.9, 1, 1, 0.8, 0.3, 0.05, 0, 0, 0, 0, 0,
];
/** Scripts run overnight (in Sydney: set the offset to 11), never quite stopping. */
export const NIGHT: readonly number[] = [
  0.7, 1, 1, 1, 1, 0.9, 0.5, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.2, 0.3,
  0.5,
];

/** The sale and launch-night multiplier at `t`: Click Frenzy's first three hours are the year's busiest. */
function busy(t: number, w: Window): number {
  const h = (t - w.start) / HOUR;
  const day = DAY_WEIGHT[Math.floor(h / 24)] ?? 1;
  const launch = h >= 24 + 19 && h < 24 + 22 ? 3 : 1;
  const blackFriday = h >= 10 * 24 && h < 10 * 24 + 2 ? 2 : 1;
  return day * launch * blackFriday;
}

const MAX = 3.3 * 3 * 1.65 * 2;

/**
 * When a buyer in UTC offset `tz` places an order: the season's busy days and launches, times `curve` at
 * their local hour. `season` false ignores the season (scripts do not care about sales).
 */
export function placedAt(
  rng: Rng,
  w: Window,
  tz: number,
  curve: readonly number[] = SHOPPERS,
  season = true,
): number {
  for (let i = 0; i < 3000; i++) {
    const t = rng.float(w.start, w.end);
    const weight = (season ? busy(t, w) : 1) * (curve[Math.floor(localHour(t, tz))] ?? 0);
    if (rng.next() * MAX < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Whether `t` is a weekday in UTC offset `tz`. */
export const weekday = (t: number, tz: number): boolean => {
  const d = new Date(t + tz * HOUR).getUTCDay();
  return d !== 0 && d !== 6;
};

/** `t` moved into the window (a burst that would run past its end starts earlier). */
export const within = (t: number, w: Window): number => Math.min(w.end - 1, Math.max(w.start, Math.floor(t)));

export { DAY, HOUR };
