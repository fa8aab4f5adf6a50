import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The Eid ul-Fitr season of 1448 AH in Pakistan Standard Time (UTC+5, no daylight saving). Ramadan is expected
 * to begin on Tuesday 9 February 2027 and Eid on Wednesday 10 March, subject to the moon; the season runs from
 * the eve of Ramadan to chand raat. Abroad the clocks have not changed yet (UK on GMT until 28 March, North
 * America on standard time until 14 March).
 */

export const PKT = 5;

/** Monday 8 February 2027 00:00 PKT. */
export const START = Date.UTC(2027, 1, 7, 24 - PKT);
/** Thirty days, to the end of chand raat (Tuesday 9 March). */
export const DAYS = 30;

/** Summer Lawn '27 Vol. I goes live online at noon on Thursday 11 February (the third fast). */
export const LAUNCH = Date.UTC(2027, 1, 11, 12 - PKT);
/** The Eid festive edit (pret and formals) drops after taraweeh on Friday 19 February. */
export const FESTIVE_DROP = Date.UTC(2027, 1, 19, 21 - PKT);
/** Tailors stop taking Eid stitching around the 15th fast: unstitched sales fall away after this day. */
export const TAILOR_CUTOFF_DAY = 16;
/** Last order day for DHL to land before Eid in the UK, the Gulf and North America (Monday 1 March, noon). */
export const ABROAD_CUTOFF = Date.UTC(2027, 2, 1, 12 - PKT);
/** Express same-day delivery in Lahore, Karachi and Islamabad closes at 14:00 on Monday 8 March. */
export const EXPRESS_CUTOFF = Date.UTC(2027, 2, 8, 14 - PKT);
/** Eid ul-Fitr: Wednesday 10 March 2027, 00:00 PKT. */
export const EID = Date.UTC(2027, 2, 10, -PKT);

/** Day of the season in Pakistan (0 = 8 February); outside the season the curves are flat. */
export const seasonDay = (t: number): number => Math.floor((t - START) / DAY);

/** The day of the week in Pakistan (0 = Sunday, the weekend; Saturday is half a working day). */
export const pkWeekday = (t: number): number => new Date(t + PKT * HOUR).getUTCDay();

/** How busy each day of the season is for everyone: launches, the payday, the last ten days of rush. */
function seasonFactor(d: number): number {
  if (d < 0 || d >= DAYS) return 1;
  if (d === 3) return 2.4; // Vol. I launch day
  if (d === 4) return 1.8;
  if (d === 5) return 1.3;
  if (d === 11) return 1.8; // festive edit, Friday night into the weekend
  if (d === 12) return 1.4;
  if (d === 21 || d === 22) return 1.8; // 1–2 March: salaries and Eid bonuses land
  if (d >= 26 && d <= 28) return 1.9; // the last working days before Eid
  if (d === 29) return 1.2; // chand raat: the shops, not the site
  if (d >= 19) return 1.4;
  return 1;
}

/**
 * What a buyer shops for shapes her days: unstitched lawn goes early (the tailor needs two weeks), pret and
 * accessories late, the diaspora before DHL's last day for Eid, bulk buyers and the rest evenly.
 */
export type Profile = 'unstitched' | 'pret' | 'abroad' | 'even';

export function dayFactor(profile: Profile, t: number): number {
  const d = seasonDay(t);
  const base = seasonFactor(d);
  if (d < 0 || d >= DAYS) return base;
  if (profile === 'unstitched') return base * (d < TAILOR_CUTOFF_DAY ? 1.3 : 0.45);
  if (profile === 'pret') return base * (d < 10 ? 0.6 : d >= 18 ? 1.4 : 1);
  if (profile === 'abroad') return t < ABROAD_CUTOFF ? (d === 3 ? 2 : 1.2) : 0.3;
  return base;
}

/**
 * Hour-of-day curves (weights for hours 0–23 of the buyer's clock). In Ramadan Pakistan shops after iftar and
 * late into the night until sehri; the afternoon is slow and the hour of iftar nearly empty.
 */
export const RAMADAN_NIGHTS: readonly number[] = [
  1.3, 1.1, 0.9, 0.8, 0.5, 0.25, 0.12, 0.12, 0.2, 0.3, 0.5, 0.7, 0.8, 0.8, 0.8, 0.7, 0.55, 0.35, 0.1, 0.45,
  1.2, 1.6, 1.8, 1.6,
];
/** Diaspora evenings (and lunch breaks) on their own clock. */
export const EVENINGS: readonly number[] = [
  0.3, 0.15, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9, 0.8, 0.8, 0.8, 0.7, 0.6, 1, 1.3,
  1.4, 1.2, 0.7,
];
/** Shop and office hours in Ramadan (boutiques buy stock in the day, before the evening rush). */
export const SHOP_HOURS: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 0.8, 1, 1, 1, 1, 0.9, 0.6, 0.2, 0, 0, 0, 0, 0, 0,
];
/** Card testers run scripts through the Pakistani night. */
export const SMALL_HOURS: readonly number[] = [
  1, 1, 1.2, 1.2, 1.2, 1, 0.6, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.4, 0.5, 0.7,
  0.9,
];

export interface Timing {
  profile: Profile;
  /** The buyer's UTC offset in hours. */
  tz: number;
  hours: readonly number[];
  /** Skip Pakistani Sundays (shops and offices). */
  weekdays?: boolean;
}

/** A moment in the window weighted by the profile's day and the buyer's hour (rejection sampling). */
export function momentIn(rng: Rng, w: Window, timing: Timing): number {
  const peak = 3 * Math.max(...timing.hours);
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    if (timing.weekdays && pkWeekday(t) === 0) continue;
    const hour = timing.hours[Math.floor(localHour(t, timing.tz))] ?? 0;
    if (rng.next() * peak < dayFactor(timing.profile, t) * hour) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/**
 * A moment in the hours after a drop (most orders in the first evening, the rest over two days) when the drop
 * falls in the window; otherwise an ordinary moment.
 */
export function afterDrop(rng: Rng, w: Window, drop: number, timing: Timing): number {
  if (drop < w.start || drop >= w.end) return momentIn(rng, w, timing);
  const t = drop + rng.exp(9 * HOUR);
  return t < w.end ? Math.floor(t) : momentIn(rng, w, timing);
}

/** The drop a launch buyer chases: Vol. I three times in four, else the festive edit. */
export const dropFor = (rng: Rng): number => (rng.chance(0.75) ? LAUNCH : FESTIVE_DROP);
