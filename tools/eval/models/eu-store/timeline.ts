import type { Rng } from './random.js';

/** When people shop: a diurnal curve in local time, and the store's time-zone offsets (November). */

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const SECOND = 1000;
export const DAY = 24 * HOUR;

/** Relative order rate by local hour: quiet nights, a lunch bump, the evening peak after dinner. */
const HOURLY: readonly number[] = [
  1.6, 0.9, 0.5, 0.3, 0.25, 0.35, 0.9, 2.0, 3.2, 4.1, 4.6, 5.0, 5.6, 5.4, 4.8, 4.6, 4.7, 5.1, 5.8, 6.8, 7.6,
  7.4, 5.6, 3.3,
];

/** UTC offset in hours during the stream (late November: winter time). */
export function utcOffset(country: string): number {
  if (['GB', 'IE', 'PT', 'IS'].includes(country)) return 0;
  if (['FI', 'EE', 'LV', 'LT', 'GR', 'RO', 'BG', 'UA', 'CY'].includes(country)) return 2;
  if (['RU', 'TR', 'SY'].includes(country)) return 3;
  if (country === 'IR') return 3.5;
  if (country === 'AE') return 4;
  if (country === 'KP') return 9;
  if (['US', 'CA'].includes(country)) return -5;
  if (country === 'CU') return -5;
  if (country === 'NG') return 1;
  return 1;
}

/** Local hour (0–23) of an instant in a country. */
export function localHour(time: number, country: string): number {
  const h = Math.floor((time + utcOffset(country) * HOUR) / HOUR) % 24;
  return h < 0 ? h + 24 : h;
}

/** A moment in [start, end) following the diurnal curve of the country's local time. */
export function shoppingTime(rng: Rng, start: number, end: number, country: string): number {
  for (let attempt = 0; attempt < 200; attempt++) {
    const t = rng.between(start, end);
    const w = HOURLY[localHour(t, country)] ?? 1;
    if (rng.next() * 7.6 < w) return Math.floor(t);
  }
  return Math.floor(rng.between(start, end));
}

/** A moment in local night hours (0–6): when bots run and account takeovers land while the owner sleeps. */
export function nightTime(rng: Rng, start: number, end: number, country: string): number {
  for (let attempt = 0; attempt < 400; attempt++) {
    const t = Math.floor(rng.between(start, end));
    if (localHour(t, country) < 6) return t;
  }
  return Math.floor(rng.between(start, end));
}

/** ISO 8601 to the second, like most stores send. */
export function iso(time: number): string {
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
