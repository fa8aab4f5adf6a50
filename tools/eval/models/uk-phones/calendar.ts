import { DAY, HOUR, localHour, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The fortnight: Tuesday 8 September 2026 to Monday 21 September. The keynote is on Wednesday at 18:00 BST,
 * pre-orders open on Friday 11 September at 13:00 BST, and the phone is in customers' hands on Friday
 * 18 September (pre-orders delivered that morning). Britain and Ireland are both on UTC+1. A shorter stream
 * (options.orders) squeezes the same milestones into its window; a longer one keeps their dates.
 */

export const START = Date.UTC(2026, 8, 8);
export const DAYS = 14;
/** Summer time in Britain and Ireland. */
export const TZ = 1;

export interface Calendar {
  window: Window;
  keynote: number;
  preorders: number;
  release: number;
}

export function calendarOf(window: Window): Calendar {
  const f = Math.min(1, (window.end - window.start) / (DAYS * DAY));
  const at = (days: number, hours: number) => window.start + f * (days * DAY + hours * HOUR);
  return { window, keynote: at(1, 17), preorders: at(3, 12), release: at(10, 6) };
}

/** How busy the shop is by local hour, for consumers: quiet at night, lunch, a long evening peak. */
const HOURLY = [
  0.25, 0.12, 0.07, 0.05, 0.05, 0.08, 0.2, 0.45, 0.7, 0.85, 0.95, 1.0, 1.15, 1.1, 0.95, 0.9, 0.9, 0.95, 1.05,
  1.25, 1.35, 1.3, 1.0, 0.55,
];
const hourly = (t: number) => HOURLY[Math.floor(localHour(t, TZ))] ?? 1;
const weekday = (t: number) => new Date(t + TZ * HOUR).getUTCDay();
const weekend = (t: number) => weekday(t) === 0 || weekday(t) === 6;

/** When things happen, as weights over the window's five-minute slots. */
export type Profile = 'general' | 'launch' | 'rush' | 'business' | 'night' | 'after_keynote';

function weight(c: Calendar, profile: Profile, t: number): number {
  const sincePre = t - c.preorders;
  const launchWeek = t >= c.release - 8 * HOUR && t < c.release + 60 * HOUR;
  const busy =
    1 +
    (weekend(t) ? 0.12 : 0) +
    (t >= c.keynote && t < c.keynote + 6 * HOUR ? 0.35 : 0) +
    (sincePre >= 0 && sincePre < 10 * HOUR ? 0.5 : 0) +
    (launchWeek ? 0.45 : 0);
  switch (profile) {
    case 'general':
      return hourly(t) * busy;
    case 'after_keynote':
      return t < c.keynote ? 0 : hourly(t) * busy;
    case 'launch':
      if (sincePre < 0) return 0;
      return (
        hourly(t) * (1 + (launchWeek ? 2.2 : 0)) +
        40 * Math.exp(-sincePre / (30 * MINUTE)) +
        4 * Math.exp(-sincePre / (6 * HOUR))
      );
    case 'rush':
      // Resellers and their bots: the first minutes of pre-orders, and launch morning.
      if (sincePre < 0) return 0;
      return (
        400 * Math.exp(-sincePre / (7 * MINUTE)) +
        10 * Math.exp(-sincePre / (2 * HOUR)) +
        (t >= c.release - 2 * HOUR && t < c.release + 4 * HOUR ? 3 : 0.15)
      );
    case 'business': {
      const h = localHour(t, TZ);
      return weekend(t) || h < 8 || h >= 18 ? 0 : busy * (h >= 12 && h < 14 ? 0.8 : 1);
    }
    case 'night': {
      const h = localHour(t, TZ);
      return h < 6 ? 1 : h >= 23 ? 0.5 : 0.03;
    }
  }
}

const SLOT = 5 * MINUTE;
const PROFILES: readonly Profile[] = ['general', 'launch', 'rush', 'business', 'night', 'after_keynote'];

/** Draws moments in the window by profile; precomputed once per stream. */
export class Clock {
  private readonly slots: number;
  private readonly cumulative = new Map<Profile, Float64Array>();

  constructor(readonly calendar: Calendar) {
    const { start, end } = calendar.window;
    this.slots = Math.max(1, Math.ceil((end - start) / SLOT));
    for (const profile of PROFILES) {
      const cum = new Float64Array(this.slots);
      let sum = 0;
      for (let i = 0; i < this.slots; i++) {
        sum += Math.max(0, weight(calendar, profile, start + (i + 0.5) * SLOT));
        cum[i] = sum;
      }
      // A window too short for a profile (no slot after pre-orders open) falls back to any time.
      if (sum <= 0) for (let i = 0; i < this.slots; i++) cum[i] = i + 1;
      this.cumulative.set(profile, cum);
    }
  }

  draw(rng: Rng, profile: Profile): number {
    const cum = this.cumulative.get(profile) ?? new Float64Array(1);
    const x = rng.next() * (cum[this.slots - 1] ?? 1);
    let lo = 0;
    let hi = this.slots - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    const { start, end } = this.calendar.window;
    return Math.min(end - 1, Math.floor(start + (lo + rng.next()) * SLOT));
  }

  /** A moment `ms` after `t`, kept inside the window. */
  later(t: number, ms: number): number {
    return Math.min(this.calendar.window.end - 1, Math.floor(t + ms));
  }
}

/** When an order placed at `at` is dispatched and delivered: pre-orders the day before and on launch day. */
export function deliveryPlan(
  rng: Rng,
  c: Calendar,
  at: number,
  speed: 'standard' | 'next_day' | 'premium' | 'launch_day',
): { dispatch: number; deliver: number } {
  if (speed === 'launch_day' && at < c.release) {
    // Pre-orders leave the warehouse the day before and arrive on launch day, however late they were placed.
    const dispatch = Math.max(c.release - rng.int(14 * 60, 22 * 60) * MINUTE, at + rng.int(60, 180) * MINUTE);
    return { dispatch: dispatch - at, deliver: c.release + rng.int(60, 11 * 60) * MINUTE - at };
  }
  // Picked and packed from 06:00 to 20:00 local; later orders go the next morning; no collections on Sunday.
  const h = localHour(at, TZ);
  const wait = h >= 6 && h < 20 ? rng.int(90, 360) : ((30 - h) % 24) * 60 + rng.int(30, 240);
  const dispatch = wait * MINUTE + (weekday(at + wait * MINUTE) === 0 ? DAY : 0);
  const transit =
    (speed === 'standard'
      ? rng.int(40, 72) * 60
      : speed === 'premium'
        ? rng.int(11, 15) * 60
        : rng.int(13, 22) * 60) + rng.int(0, 59);
  return { dispatch, deliver: dispatch + transit * MINUTE };
}
