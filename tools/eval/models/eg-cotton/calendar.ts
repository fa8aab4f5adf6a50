import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The season: 1 December 2026 to 15 January 2027 (46 days). December is winter-wedding and trousseau season,
 * Gulf and European Christmas and New Year gifts; 7 January is Coptic Christmas (a public holiday: the eve
 * and the day are quiet); the January sale opens on the 2nd and is the busiest stretch. Egypt's weekend is
 * Friday and Saturday; Friday mornings are quiet.
 */

export const START = Date.UTC(2026, 11, 1);
export const DAYS = 46;

/** How busy a local calendar day is (1 = an ordinary December day). */
export function dayWeight(localMs: number): number {
  const d = new Date(localMs);
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  const weekday = d.getUTCDay();
  let w = 1;
  if (month === 11) {
    if (day >= 11 && day <= 20) w = 1.2;
    else if (day >= 21 && day <= 24) w = 1.35;
    else if (day === 25 || day === 26) w = 0.9;
    else if (day >= 27) w = 1.3;
  } else if (month === 0) {
    if (day === 1) w = 0.7;
    else if (day >= 2 && day <= 5) w = 1.6;
    else if (day === 6 || day === 7) w = 0.75;
    else if (day <= 20) w = 1.3;
  }
  if (weekday === 4) w *= 1.1;
  if (weekday === 5) w *= 0.9;
  return w;
}

/** How people shop through the local day: late evenings in Egypt and the Gulf, the rest through the day. */
export type Curve = 'evening' | 'daytime' | 'office' | 'night';

const EVENING = [
  0.55, 0.35, 0.18, 0.08, 0.05, 0.05, 0.07, 0.12, 0.22, 0.35, 0.5, 0.58, 0.6, 0.58, 0.55, 0.6, 0.65, 0.7,
  0.75, 0.85, 0.95, 1, 0.95, 0.8,
];
const DAYTIME = [
  0.12, 0.06, 0.03, 0.02, 0.02, 0.03, 0.1, 0.3, 0.5, 0.62, 0.7, 0.75, 0.85, 0.8, 0.75, 0.72, 0.7, 0.72, 0.8,
  0.92, 1, 0.9, 0.6, 0.3,
];
const NIGHT = [
  0.9, 1, 1, 0.95, 0.85, 0.6, 0.3, 0.12, 0.06, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05,
  0.06, 0.1, 0.2, 0.4, 0.7,
];

/** Working days by local weekday: Sunday to Thursday in Egypt and the Gulf, Monday to Friday elsewhere. */
export const workday = (localMs: number, arabWeek: boolean): boolean => {
  const wd = new Date(localMs).getUTCDay();
  return arabWeek ? wd <= 4 : wd >= 1 && wd <= 5;
};

function curveWeight(curve: Curve, hour: number, localMs: number, arabWeek: boolean): number {
  const h = Math.floor(hour) % 24;
  if (curve === 'office') return workday(localMs, arabWeek) && hour >= 9 && hour < 17 ? 1 : 0;
  const table = curve === 'evening' ? EVENING : curve === 'daytime' ? DAYTIME : NIGHT;
  return table[h] ?? 0.5;
}

/**
 * A moment in the window for someone at UTC offset `tz`: weighted by the local day (`dayWeight`) and hour
 * (`curve`), drawn by rejection up to 800 times; after that, any moment.
 */
export function placeAt(rng: Rng, w: Window, tz: number, curve: Curve, arabWeek = true): number {
  for (let i = 0; i < 800; i++) {
    const t = rng.float(w.start, w.end);
    const local = t + tz * HOUR;
    const weight = curveWeight(curve, localHour(t, tz), local, arabWeek) * dayWeight(local);
    if (rng.next() * 1.8 < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Whether the January sale is on at `t` in Cairo (from 2 January). */
export const saleOn = (t: number): boolean => {
  const d = new Date(t + 2 * HOUR);
  return d.getUTCMonth() === 0 && d.getUTCDate() >= 2;
};

/** Whether `t` falls in New Year week in Cairo (26–31 December). */
export const newYearWeek = (t: number): boolean => {
  const d = new Date(t + 2 * HOUR);
  return d.getUTCMonth() === 11 && d.getUTCDate() >= 26;
};

export { DAY, HOUR };
