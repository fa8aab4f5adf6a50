import { DAY, HOUR, localHour, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The four weeks before Christmas and the Japanese year-end: from Monday 30 November 2026 00:00 in Osaka
 * (29 November 15:00 UTC) for 28 days. Orders from abroad climb to the overseas Christmas cut-off (EMS and DHL
 * take about a week, so mid-December) and fall away after it; Japanese orders keep climbing towards the year-end
 * (oseibo gifts, New Year cooking). Limited smith runs drop on Friday evenings at 20:00 Osaka time.
 */

export const START = Date.UTC(2026, 10, 29, 15);
export const DAYS = 28;

/** Drops at 20:00 JST, as days after the start (Fridays 4, 11 and 18 December and Wednesday 23 December). */
const DROP_DAYS = [4, 11, 18, 23];

export interface Drop {
  id: string;
  at: number;
}

/** The drops that fall inside the window; a window too short for any has one halfway. */
export function dropsIn(w: Window): Drop[] {
  const drops = DROP_DAYS.map((d, i) => ({ id: `run-${i + 1}`, at: w.start + d * DAY + 20 * HOUR })).filter(
    (d) => d.at < w.end - HOUR,
  );
  return drops.length > 0 ? drops : [{ id: 'run-1', at: Math.floor(w.start + (w.end - w.start) / 2) }];
}

/** How busy each local hour is for people shopping from home: lunch, and the evening after dinner. */
const HOME_HOURS = [
  2, 1, 0.6, 0.3, 0.2, 0.3, 0.8, 1.6, 2.4, 3, 3.2, 3.4, 4.2, 4, 3.4, 3.2, 3.2, 3.6, 4, 4.6, 5.6, 6.2, 5.6, 4,
];

/** A business's hours: buyers at restaurants order mid-morning and in the lull after lunch service. */
const OFFICE_HOURS = [0, 0, 0, 0, 0, 0, 0, 0.5, 2, 4, 5, 4, 2, 3, 5, 5, 4, 3, 1, 0.5, 0.3, 0, 0, 0];

export type Profile = 'home' | 'office' | 'night' | 'any';

/** How busy the window is at fraction `p` of its length, for buyers at home or abroad. */
export function dayWeight(p: number, domestic: boolean): number {
  if (domestic) return 0.8 + 0.9 * p;
  return p < 0.55 ? 1 + 0.9 * p : Math.max(0.3, 1.5 - 2.4 * (p - 0.55));
}

/**
 * A moment in the window when someone in UTC offset `tz` would order: the hour by `profile`, the day by
 * `dayWeight`, drawn by rejection (up to 400 tries, then any moment).
 */
export function placeAt(rng: Rng, w: Window, tz: number, profile: Profile, domestic: boolean): number {
  const span = w.end - w.start;
  for (let i = 0; i < 400; i++) {
    const t = w.start + rng.next() * span;
    const h = Math.floor(localHour(t, tz));
    const weekday = new Date(t + tz * HOUR).getUTCDay();
    const hourWeight =
      profile === 'office'
        ? weekday === 0
          ? 0
          : (OFFICE_HOURS[h] ?? 0) / 5
        : profile === 'night'
          ? h >= 1 && h < 6
            ? 1
            : 0.05
          : profile === 'any'
            ? 1
            : (HOME_HOURS[h] ?? 0) / 6.2;
    if (rng.next() < (hourWeight * dayWeight((t - w.start) / span, domestic)) / 1.9) return Math.floor(t);
  }
  return Math.floor(w.start + rng.next() * span);
}

/** Within the window: clamps a planned moment to the window's last minute. */
export const within = (w: Window, t: number): number => Math.min(Math.floor(t), w.end - MINUTE);
