import { type Rng } from './random.js';
import { DAY, HOUR } from '../kit/purchase.js';

/**
 * When people shop. Orders follow the buyer's local clock (evening peak after dinner, a lunch bump, quiet
 * nights), the retail calendar (Black Week, the December gift run, a dead Christmas Eve) and, for B2B buyers,
 * office hours. Bots keep their own hours: the small hours, when a shop's staff are asleep.
 */

export type Rhythm = 'consumer' | 'office' | 'night';

const HOURLY: Readonly<Record<Rhythm, readonly number[]>> = {
  // prettier-ignore
  consumer: [0.35, 0.2, 0.1, 0.07, 0.06, 0.1, 0.3, 0.55, 0.75, 0.85, 0.9, 0.95, 1.05, 1.0, 0.9, 0.9, 0.95, 1.0, 1.05, 1.25, 1.4, 1.35, 1.0, 0.65],
  // prettier-ignore
  office: [0, 0, 0, 0, 0, 0, 0.05, 0.3, 0.9, 1.2, 1.2, 1.1, 0.7, 1.0, 1.15, 1.1, 0.9, 0.5, 0.15, 0.1, 0.08, 0.05, 0.02, 0],
  // prettier-ignore
  night: [1.0, 1.2, 1.4, 1.4, 1.3, 1.0, 0.6, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.85],
};

const MAX_DAY_FACTOR = 1.9;

/** 01:00 UTC on the last Sunday of a month: when EU clocks change. */
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Daylight-saving window per year, cached: sampling asks for it many times. */
const summerTime = new Map<number, readonly [number, number]>();
function summerWindow(year: number): readonly [number, number] {
  let window = summerTime.get(year);
  if (!window) {
    window = [lastSunday(year, 2), lastSunday(year, 9)];
    summerTime.set(year, window);
  }
  return window;
}

/** The Friday after the fourth Thursday of November. */
function blackFriday(year: number): number {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - first + 7) % 7);
  return Date.UTC(year, 10, firstThursday + 22);
}

/** A local calendar day as UTC-midnight ms, for comparing dates without time zones. */
function localDay(t: number, utcOffset: number): Date {
  return new Date(Math.floor((t + utcOffset * HOUR) / DAY) * DAY);
}

export class Calendar {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}

  /** Offset from UTC in hours with daylight saving (EU rule; also applied to the few non-EU zones used). */
  offset(t: number, standardOffset: number): number {
    const [from, to] = summerWindow(new Date(t).getUTCFullYear());
    const summer = t >= from && t < to;
    return standardOffset + (summer && standardOffset >= 0 && standardOffset <= 2 ? 1 : 0);
  }

  /** Retail weight of a local day: Black Week and December up, Christmas down, Sunday evenings busy. */
  dayFactor(t: number, standardOffset: number): number {
    const day = localDay(t, this.offset(t, standardOffset));
    const friday = blackFriday(day.getUTCFullYear());
    const fromFriday = Math.round((day.getTime() - friday) / DAY);
    if (fromFriday === 0) return 1.9;
    if (fromFriday === 3) return 1.5;
    if (fromFriday === 2) return 1.35;
    if (fromFriday >= -4 && fromFriday <= 1) return 1.3;
    const month = day.getUTCMonth();
    const date = day.getUTCDate();
    if (month === 11 && date <= 18) return 1.3;
    if (month === 11 && date >= 24 && date <= 26) return 0.45;
    if (month === 11 && date >= 19) return date <= 23 ? 1.0 : 0.9;
    return [1.1, 1.0, 1.0, 1.0, 1.0, 0.9, 0.8][day.getUTCDay()] ?? 1;
  }

  /** A moment in [start, end) drawn from the buyer's local rhythm, by rejection. */
  sample(rng: Rng, rhythm: Rhythm, standardOffset: number): number {
    const hourly = HOURLY[rhythm];
    const peak = Math.max(...hourly) * MAX_DAY_FACTOR;
    for (let tries = 0; tries < 10_000; tries++) {
      const t = Math.floor(rng.float(this.start, this.end));
      const offset = this.offset(t, standardOffset);
      const local = new Date(t + offset * HOUR);
      let weight = (hourly[local.getUTCHours()] ?? 0) * this.dayFactor(t, standardOffset);
      const weekday = local.getUTCDay();
      if (rhythm === 'office' && (weekday === 0 || weekday === 6)) weight *= 0.08;
      if (rng.next() * peak < weight) return t;
    }
    return Math.floor(rng.float(this.start, this.end));
  }

  season(t: number): 'winter' | 'summer' | 'other' {
    const month = new Date(t).getUTCMonth();
    if (month >= 10 || month <= 1) return 'winter';
    if (month >= 4 && month <= 7) return 'summer';
    return 'other';
  }

  /** Black Week through Cyber Monday: the promotion that discounts most of the range. */
  promo(t: number): boolean {
    const friday = blackFriday(new Date(t).getUTCFullYear());
    return t >= friday - 4 * DAY && t < friday + 4 * DAY;
  }

  /** Mid-November to just before Christmas: gifts, gift cards and parcels to family. */
  giftSeason(t: number): boolean {
    const date = new Date(t);
    const month = date.getUTCMonth();
    return (month === 10 && date.getUTCDate() >= 10) || (month === 11 && date.getUTCDate() <= 22);
  }

  /** Late May to August: cabins, terraces and travel. */
  summer(t: number): boolean {
    const date = new Date(t);
    const month = date.getUTCMonth();
    return (month === 4 && date.getUTCDate() >= 15) || (month >= 5 && month <= 7);
  }
}
