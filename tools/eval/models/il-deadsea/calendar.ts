import { DAY, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The four weeks the stream covers: from Cyber Monday, 30 November 2026 (00:00 in Israel, UTC+2 in winter),
 * through Hanukkah (the first candle on the evening of Friday 4 December, the eighth on Friday 11 December),
 * the last posting days for Christmas abroad (standard airmail about 11 December, express about 17 December),
 * Christmas and the week after it, to 28 December.
 */

export { DAY, HOUR };

export const START = Date.UTC(2026, 10, 29, 22, 0, 0);
export const DAYS = 28;

/** Israel's offset in December (no daylight saving). */
export const IL_TZ = 2;

/** How busy each of the 28 days is (0 = Cyber Monday), per season a kind follows. */
export type Season = 'il' | 'il_gifts' | 'intl' | 'intl_gifts' | 'flat' | 'business';

const SEASONS: Record<Season, readonly number[]> = {
  // Israeli shoppers: Cyber Monday, then the run-up to and the eight days of Hanukkah, then quiet.
  il: [
    1.6, 1.3, 1.3, 1.35, 1.3, 1.25, 1.3, 1.2, 1.15, 1.1, 1.05, 1.0, 0.85, 0.8, 0.8, 0.75, 0.75, 0.7, 0.7, 0.7,
    0.65, 0.65, 0.65, 0.6, 0.6, 0.6, 0.6, 0.65,
  ],
  // Hanukkah gifts: bought before and during the festival, hardly after it.
  il_gifts: [
    1.4, 1.7, 1.9, 2.0, 1.9, 1.6, 1.6, 1.4, 1.2, 1.0, 0.8, 0.6, 0.35, 0.25, 0.2, 0.2, 0.2, 0.15, 0.15, 0.15,
    0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15,
  ],
  // Abroad: Cyber Monday, the Christmas build-up to the airmail and express cut-offs, then Boxing week.
  intl: [
    2.0, 1.3, 1.2, 1.2, 1.2, 1.3, 1.3, 1.3, 1.35, 1.4, 1.4, 1.3, 1.1, 1.0, 1.0, 1.0, 0.95, 0.9, 0.65, 0.55,
    0.5, 0.5, 0.45, 0.4, 0.35, 0.6, 0.7, 0.7,
  ],
  // Christmas gifts posted abroad: they stop at the cut-offs.
  intl_gifts: [
    1.6, 1.5, 1.6, 1.7, 1.7, 1.8, 1.8, 1.9, 1.9, 1.8, 1.7, 1.4, 1.0, 0.9, 0.8, 0.8, 0.7, 0.5, 0.25, 0.15,
    0.12, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1,
  ],
  flat: Array.from({ length: DAYS }, () => 1),
  // Spas and salons restock for the holiday rush early, then again after it.
  business: [
    1.2, 1.3, 1.3, 1.2, 1.1, 1.1, 1.1, 1.0, 1.0, 1.0, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8, 0.8, 0.7, 0.7, 0.6, 0.5,
    0.5, 0.4, 0.4, 0.4, 0.5, 0.7, 0.8,
  ],
};

/** How busy each local hour is, per daily rhythm. */
export type Rhythm = 'evening' | 'office' | 'night' | 'anytime';

const RHYTHMS: Record<Rhythm, readonly number[]> = {
  // Shoppers: a lunch bump and the evening after the children are in bed.
  evening: [
    0.35, 0.2, 0.1, 0.05, 0.05, 0.08, 0.15, 0.3, 0.45, 0.55, 0.65, 0.7, 0.8, 0.75, 0.65, 0.6, 0.6, 0.65, 0.75,
    0.85, 1.0, 1.0, 0.9, 0.6,
  ],
  // Buyers at work: Sunday–Thursday in Israel, Monday–Friday abroad (see `weekly`).
  office: [
    0, 0, 0, 0, 0, 0, 0.05, 0.3, 0.8, 1.0, 1.0, 0.95, 0.8, 0.85, 0.95, 0.9, 0.75, 0.45, 0.15, 0.05, 0, 0, 0,
    0,
  ],
  // Scripts and stolen-card buyers on the other side of the world: the store's small hours.
  night: [
    0.8, 0.9, 1.0, 1.0, 1.0, 0.9, 0.7, 0.5, 0.4, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 0.4, 0.4,
    0.45, 0.5, 0.55, 0.6, 0.7,
  ],
  anytime: Array.from({ length: 24 }, () => 1),
};

/**
 * Weekly pattern: Israeli shoppers keep Shabbat off-line more than not; businesses keep their own weekend.
 */
export type Weekly = 'shabbat' | 'weekend_up' | 'workweek_il' | 'workweek' | 'none';

function weeklyFactor(weekly: Weekly, t: number, tz: number): number {
  const local = new Date(t + tz * HOUR);
  const day = local.getUTCDay();
  const h = local.getUTCHours();
  if (weekly === 'shabbat') {
    // Friday afternoon until Shabbat ends (about 17:30 in December) is quiet; Saturday night catches up.
    if ((day === 5 && h >= 15) || (day === 6 && h < 18)) return 0.3;
    if (day === 6) return 1.5;
    return 1;
  }
  if (weekly === 'weekend_up') return day === 0 || day === 6 ? 1.2 : 1;
  if (weekly === 'workweek_il') return day === 5 ? 0.25 : day === 6 ? 0 : 1;
  if (weekly === 'workweek') return day === 0 || day === 6 ? 0.05 : 1;
  return 1;
}

export interface When {
  /** The buyer's UTC offset, hours. */
  tz: number;
  season: Season;
  rhythm: Rhythm;
  weekly: Weekly;
}

/** The day of the season (0–27) at `t`: the season is laid over whatever window the stream has. */
export function seasonDay(w: Window, t: number): number {
  const f = (t - w.start) / Math.max(1, w.end - w.start);
  return Math.min(DAYS - 1, Math.max(0, Math.floor(f * DAYS)));
}

const MAX: Record<Season, number> = Object.fromEntries(
  Object.entries(SEASONS).map(([k, v]) => [k, Math.max(...(v as number[]))]),
) as Record<Season, number>;

/**
 * A moment in the window drawn from the kind's season, the buyer's hours and week (accept–reject, up to 400
 * tries; then any moment).
 */
export function placeAt(rng: Rng, w: Window, p: When): number {
  const ceiling = MAX[p.season] * 1.5;
  for (let i = 0; i < 400; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const hour = Math.floor(localHour(t, p.tz)) % 24;
    const density =
      (SEASONS[p.season][seasonDay(w, t)] ?? 1) *
      (RHYTHMS[p.rhythm][hour] ?? 1) *
      weeklyFactor(p.weekly, t, p.tz);
    if (rng.next() * ceiling < density) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** `placeAt` for an Israeli shopper. */
export const israeliEvening = (rng: Rng, w: Window, season: Season = 'il'): number =>
  placeAt(rng, w, { tz: IL_TZ, season, rhythm: 'evening', weekly: 'shabbat' });

/**
 * When the store's nightly batch charges a subscription refill: 06:00 in Israel (04:00 UTC) on a day of the
 * window, a few minutes into the run; any moment when the window holds no batch.
 */
export function batchAt(rng: Rng, w: Window): number {
  const first = Math.ceil((w.start - 4 * HOUR) / DAY) * DAY + 4 * HOUR;
  const days = Math.floor((w.end - 1 - first) / DAY);
  if (days < 0) return Math.floor(rng.float(w.start, w.end));
  const at = first + rng.int(0, days) * DAY + rng.int(0, 40 * 60_000);
  return Math.min(at, w.end - 1);
}
