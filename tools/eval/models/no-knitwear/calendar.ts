import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: from Thursday 15 October 2026 (midnight in Bergen) to the evening of Saturday 19 December, the
 * day after Posten's last posting day for parcels within Norway. Every date below is read from the calendar of
 * the moment's own year, so a stream moved elsewhere (`options.start`) keeps its weekdays, Black Friday and
 * summer time.
 */

/** 15 October 2026 00:00 in Bergen (CEST, UTC+2). */
export const START = Date.UTC(2026, 9, 14, 22);
/** To 19 December 2026 23:00 in Bergen. */
export const DAYS = 66;

/** How a place keeps time: its standard UTC offset (hours) and its summer-time rule. */
export interface Zone {
  std: number;
  dst: 'eu' | 'us' | 'none';
}

export const CET: Zone = { std: 1, dst: 'eu' };
export const EET: Zone = { std: 2, dst: 'eu' };
export const WET: Zone = { std: 0, dst: 'eu' };
export const US_EAST: Zone = { std: -5, dst: 'us' };
export const US_CENTRAL: Zone = { std: -6, dst: 'us' };
export const US_MOUNTAIN: Zone = { std: -7, dst: 'us' };
export const US_PACIFIC: Zone = { std: -8, dst: 'us' };
export const US_ALASKA: Zone = { std: -9, dst: 'us' };
export const fixed = (std: number): Zone => ({ std, dst: 'none' });

/** The last Sunday of a month (0-based), midnight UTC. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay());
}

/** The n-th Sunday of a month (0-based), midnight UTC. */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return Date.UTC(year, month, 1 + ((7 - first) % 7) + 7 * (n - 1));
}

/** The UTC offset (hours) of a zone at `t`: EU summer time from the last Sunday of March to that of October. */
export function offset(z: Zone, t: number): number {
  const year = new Date(t).getUTCFullYear();
  if (z.dst === 'eu') {
    const on = lastSunday(year, 2) + HOUR;
    const off = lastSunday(year, 9) + HOUR;
    return z.std + (t >= on && t < off ? 1 : 0);
  }
  if (z.dst === 'us') {
    const on = nthSunday(year, 2, 2) + (2 - z.std) * HOUR;
    const off = nthSunday(year, 10, 1) + (1 - z.std) * HOUR;
    return z.std + (t >= on && t < off ? 1 : 0);
  }
  return z.std;
}

/** The local wall clock at `t` as a UTC date (read it with getUTC…). */
export const local = (t: number, z: Zone): Date => new Date(t + offset(z, t) * HOUR);

/** Black Friday of a year: the day after the fourth Thursday of November (day of month). */
function blackFriday(year: number): number {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return 1 + ((4 - first + 7) % 7) + 21 + 1;
}

/** The last day (month 0-based, day) to order for delivery before Christmas, by the parcel's country. */
const DEADLINES: Readonly<Record<string, readonly [number, number]>> = {
  NO: [11, 18],
  SE: [11, 14],
  DK: [11, 14],
  FI: [11, 14],
  DE: [11, 11],
  NL: [11, 11],
  GB: [11, 10],
  US: [11, 14],
};

export const deadlineOf = (country: string): readonly [number, number] => DEADLINES[country] ?? [11, 8];

/** What a buyer's day looks like: the goods (physical to a country, or digital), and who is buying. */
export interface Demand {
  /** Where the parcel goes; none for e-mailed gift cards and patterns. */
  shipsTo?: string;
  /** Companies order for Christmas early and never at weekends. */
  business?: boolean;
}

/**
 * How busy a local day is: a slow start in October, rising to the 20th (payday), Black Week, the first half of
 * December up to the parcel's posting deadline and a trickle after it (gift cards keep selling). Sundays are
 * busy (the shops are shut), Saturdays a little quiet. Off-season dates are flat.
 */
export function dayWeight(d: Date, demand: Demand): number {
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  const weekday = d.getUTCDay();
  if (demand.business) {
    if (weekday === 0 || weekday === 6) return 0;
    // Logo knitwear takes three to four weeks to make: orders come in October and November.
    if (month === 11) return day < 8 ? 0.6 : 0.15;
    return 1;
  }
  let w = 1;
  if (month === 9 && day >= 10) w = 1 + 0.012 * (day - 15);
  const bf = blackFriday(d.getUTCFullYear());
  if (month === 10) {
    w = 1.2 + 0.012 * day;
    const toBf = day - bf;
    if (toBf >= -4 && toBf <= -1) w = 1.9;
    if (toBf === 0) w = 3.2;
    if (toBf === 1) w = 2.2;
    if (toBf === 2) w = 2.0;
    if (toBf === 3) w = 2.4; // Cyber Monday, when it falls in November
  }
  if (month === 11) {
    w = day === 1 && bf + 3 === 31 ? 2.4 : 2.0 + 0.05 * day;
    const [, last] = demand.shipsTo ? deadlineOf(demand.shipsTo) : [11, 31];
    if (demand.shipsTo && day > last) w *= 0.12;
    if (!demand.shipsTo && day > 10) w *= 1.4;
  }
  if (month >= 9 && (day === 20 || day === 21)) w *= 1.15;
  if (weekday === 0) w *= 1.15;
  if (weekday === 6) w *= 0.9;
  return w;
}

/** Hour-of-day curves (local hours 0–23). */
export const HOURS = {
  /** Households: lunch, then the evening on the sofa. */
  evening: [
    1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.7, 1.3, 2, 2.4, 2.7, 3, 3.2, 3, 2.8, 2.8, 3, 3.4, 4, 4.8, 5.2, 5, 3.8, 2.2,
  ],
  /** Offices and clubs' treasurers: weekday working hours. */
  office: [0, 0, 0, 0, 0, 0, 0, 0.3, 2, 3, 3, 2.6, 2.2, 3, 3, 2.4, 1.2, 0.3, 0, 0, 0, 0, 0, 0],
  /** Retirees abroad and knitters: mornings and afternoons as much as evenings. */
  daytime: [
    0.4, 0.2, 0.1, 0.1, 0.2, 0.5, 1.2, 2.2, 3, 3.4, 3.4, 3.2, 3, 3, 3, 3, 3.2, 3.3, 3.4, 3.6, 3.4, 2.8, 1.8,
    1,
  ],
  /** People working through a list of cards or accounts: late evening and the small hours. */
  night: [
    4, 4.5, 4.5, 4, 3.5, 2.5, 1.2, 0.6, 0.4, 0.4, 0.5, 0.6, 0.6, 0.6, 0.6, 0.7, 0.8, 1, 1.4, 1.8, 2.4, 3, 3.4,
    3.8,
  ],
  /** Anyone at any hour. */
  flat: Array.from({ length: 24 }, () => 1),
} as const;

export type HourCurve = readonly number[];

/**
 * A moment in the window when a buyer in zone `z` would order: rejection-sampled by day weight and local hour,
 * up to 800 draws, then any moment.
 */
export function momentIn(rng: Rng, w: Window, z: Zone, hours: HourCurve, demand: Demand = {}): number {
  const top = 4.6 * Math.max(...hours);
  for (let i = 0; i < 800; i++) {
    const t = rng.float(w.start, w.end);
    const d = local(t, z);
    const p = dayWeight(d, demand) * (hours[d.getUTCHours()] ?? 0);
    if (rng.next() * top < p) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A moment `from`–`to` days after `t`, inside the window when it can be, else at its end. */
export function daysAfter(rng: Rng, w: Window, t: number, from: number, to: number): number {
  return Math.min(w.end - 1, Math.floor(t + rng.float(from, to) * DAY));
}

/** Whether `t` falls in Black Week (the Monday before Black Friday to Cyber Monday) in zone `z`. */
export function inBlackWeek(t: number, z: Zone): boolean {
  const d = local(t, z);
  if (d.getUTCMonth() !== 10 && d.getUTCMonth() !== 11) return false;
  const bf = Date.UTC(d.getUTCFullYear(), 10, blackFriday(d.getUTCFullYear()));
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return day >= bf - 4 * DAY && day <= bf + 3 * DAY;
}
