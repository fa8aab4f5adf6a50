import { type Zone, utcOffset } from './places.js';
import { type Rng } from '../kit/random.js';
import { DAY, HOUR } from '../kit/purchase.js';

/**
 * When orders happen. Shoppers follow their own clock: a lunch bump, an evening peak after the kids are in
 * bed, a dead hour before dawn. Business buyers order in office hours on weekdays. Fraud runs around the
 * clock and leans into North American night, when it is working hours where most of it is run from.
 */

export type Rhythm = 'shopper' | 'business' | 'fraud';

// prettier-ignore
const SHOPPER = [0.42, 0.24, 0.14, 0.09, 0.08, 0.12, 0.25, 0.45, 0.62, 0.78, 0.88, 0.95, 1.02, 0.98, 0.93, 0.92, 0.94, 1.0, 1.12, 1.3, 1.42, 1.36, 1.05, 0.7];
// prettier-ignore
const BUSINESS = [0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.1, 0.45, 1.0, 1.3, 1.35, 1.2, 0.9, 1.2, 1.3, 1.2, 0.95, 0.5, 0.2, 0.1, 0.08, 0.06, 0.04, 0.03];
// prettier-ignore
const FRAUD = [1.5, 1.7, 1.8, 1.8, 1.6, 1.3, 1.0, 0.9, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.85, 0.9, 1.0, 1.1, 1.2, 1.35];
const MAX_WEIGHT = 1.8 * 2.3;

export class Calendar {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}

  /** Retail days: Black Friday, Cyber Monday, Green Monday, the last ground-shipping days, then a lull. */
  dayFactor(localMs: number): number {
    const date = new Date(localMs);
    const year = date.getUTCFullYear();
    const today = Date.UTC(year, date.getUTCMonth(), date.getUTCDate());
    const firstNovThursday = 1 + ((4 - new Date(Date.UTC(year, 10, 1)).getUTCDay() + 7) % 7);
    const blackFriday = Date.UTC(year, 10, firstNovThursday + 22);
    const firstDecMonday = 1 + ((1 - new Date(Date.UTC(year, 11, 1)).getUTCDay() + 7) % 7);
    const december = (day: number) => Date.UTC(year, 11, day);
    if (today === blackFriday) return 2.3;
    if (today === blackFriday + 3 * DAY) return 2.1;
    if (today > blackFriday && today < blackFriday + 3 * DAY) return 1.6;
    if (today === december(firstDecMonday + 7)) return 1.45;
    if (today >= december(15) && today <= december(18)) return 1.25;
    if (today >= december(24) && today <= december(25)) return 0.45;
    return [1.05, 1.1, 1.0, 0.95, 0.95, 0.9, 0.9][date.getUTCDay()] ?? 1;
  }

  /** A moment in [start, end) drawn by the rhythm in the given zone (rejection sampling). */
  at(rng: Rng, zone: Zone, rhythm: Rhythm = 'shopper'): number {
    for (let i = 0; i < 400; i++) {
      const t = this.start + Math.floor(rng.next() * (this.end - this.start));
      const local = t + utcOffset(zone, t) * HOUR;
      const hour = new Date(local).getUTCHours();
      const weekday = new Date(local).getUTCDay();
      const hourWeight =
        rhythm === 'business'
          ? (BUSINESS[hour] ?? 0) * (weekday === 0 || weekday === 6 ? 0.2 : 1)
          : rhythm === 'fraud'
            ? (FRAUD[new Date(t - 5 * HOUR).getUTCHours()] ?? 1)
            : (SHOPPER[hour] ?? 0);
      const weight = hourWeight * (rhythm === 'fraud' ? 1 : this.dayFactor(local));
      if (rng.next() * MAX_WEIGHT < weight) return t;
    }
    return this.start + Math.floor(rng.next() * (this.end - this.start));
  }

  /** Clamped into the window: follow-on events of an order stay after it. */
  within(t: number): number {
    return Math.min(this.end - 1, Math.max(this.start, t));
  }

  get days(): number {
    return (this.end - this.start) / DAY;
  }
}
