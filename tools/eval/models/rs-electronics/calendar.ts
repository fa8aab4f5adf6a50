import { DAY, HOUR, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: Monday 16 November 2026 to Sunday 20 December 2026, Belgrade time (CET, UTC+1; Montenegro, Bosnia
 * and Herzegovina, North Macedonia and the diaspora in Germany, Austria and Switzerland share it). The week
 * before Crni petak warms up, Friday 27 November opens at midnight with the limited deals, the weekend and
 * Cyber Monday stay busy, December is steady, and the last ten days fill with New Year's presents (Deda Mraz
 * brings them on New Year's Eve in Serbia; Orthodox Christmas is only on 7 January).
 */

export const TZ = 1;
export const START = Date.UTC(2026, 10, 15, 23, 0, 0);
export const DAYS = 35;
export const CRNI_PETAK = Date.UTC(2026, 10, 26, 23, 0, 0);

/** Local midnight of the day `t` falls on. */
const localDay = (t: number): number => Math.floor((t + TZ * HOUR) / DAY) * DAY - TZ * HOUR;

/** How busy a local day is, by its date (any year, so a moved window keeps a season). */
export function dayWeight(t: number): number {
  const d = new Date(t + TZ * HOUR);
  const month = d.getUTCMonth();
  const date = d.getUTCDate();
  const weekday = d.getUTCDay();
  let w = 1;
  if (month === 10 && date >= 20 && date <= 26) w = 1.3;
  if (month === 10 && date === 27) w = 3.4;
  if (month === 10 && (date === 28 || date === 29)) w = 2;
  if (month === 10 && date === 30) w = 1.8;
  if (month === 11 && date >= 11) w = 1.45;
  if (weekday === 0) w *= 0.8;
  if (weekday === 6) w *= 0.9;
  return w;
}

/** Whether `t` falls in the Crni petak campaign (Friday to Cyber Monday). */
export function inCampaign(t: number): boolean {
  const d = new Date(t + TZ * HOUR);
  return d.getUTCMonth() === 10 && d.getUTCDate() >= 27 && d.getUTCDate() <= 30;
}

export type Rhythm = 'home' | 'office' | 'night' | 'deal';

/** Orders by local hour: a lunch bump and the long evening on the sofa; offices 8–16; testers at night. */
const HOURS: Record<Rhythm, readonly number[]> = {
  home: [3, 1.5, 0.8, 0.4, 0.3, 0.4, 1, 2, 3.5, 4.5, 5, 5.5, 6, 5.5, 5, 5, 5.5, 6, 6.5, 7.5, 8.5, 8.5, 7, 5],
  office: [0, 0, 0, 0, 0, 0, 0.2, 2, 8, 10, 10, 9, 8, 8, 7, 5, 2, 0.5, 0, 0, 0, 0, 0, 0],
  night: [6, 8, 9, 9, 8, 6, 3, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1.5, 2, 3, 4],
  deal: [12, 8, 3, 1, 0.5, 0.5, 1, 3, 5, 6, 6, 6, 6, 6, 5, 5, 5, 6, 6, 7, 8, 8, 7, 6],
};

export interface Moment {
  rhythm?: Rhythm;
  weekdaysOnly?: boolean;
  /** Weigh days by this instead of the season (e.g. campaign days only). */
  days?: (dayStart: number) => number;
}

/** A moment in the window: a day by the season's weight, an hour by the rhythm, any minute and second. */
export function momentIn(rng: Rng, w: Window, m: Moment = {}): number {
  const first = localDay(w.start);
  const days: Array<readonly [number, number]> = [];
  for (let d = first; d < w.end; d += DAY) {
    const weekday = new Date(d + TZ * HOUR).getUTCDay();
    if (m.weekdaysOnly && (weekday === 0 || weekday === 6)) continue;
    days.push([d, (m.days ?? dayWeight)(d)]);
  }
  const usable = days.filter(([, x]) => x > 0);
  const hours = HOURS[m.rhythm ?? 'home'];
  for (let i = 0; i < 50; i++) {
    const day = rng.weightedPick(usable.length > 0 ? usable : [[first, 1] as const]);
    const hour = rng.weightedPick(hours.map((x, h) => [h, x] as const));
    const t = day + hour * HOUR + rng.int(0, 59) * MINUTE + rng.int(0, 59) * 1000;
    if (t >= w.start && t < w.end) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** A campaign day's weight for deal chasers: the Friday most of all, outside the campaign hardly at all. */
export const campaignDays = (t: number): number => (inCampaign(t + HOUR) ? dayWeight(t + HOUR) : 0.05);

/** Clamp a planned time into the window's last second. */
export const within = (w: Window, t: number): number => Math.min(w.end - 1000, Math.max(w.start, t));
