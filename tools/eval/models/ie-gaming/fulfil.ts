import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Fulfilment } from './catalogue.js';
import { type Region, SHOPS, type ShopId } from './places.js';

/**
 * When goods move, in real working hours (Ireland and the UK are on GMT in November): the Dublin warehouse
 * hands parcels to An Post and DPD at its 16:00 collection, Monday to Saturday (next-day orders paid before
 * 15:00 go that afternoon, the rest after a day's picking); couriers deliver 08:00–20:00, not on Sundays; the
 * shops hand over collections in opening hours.
 */

/**
 * `t`, or the next moment local hours are within [from, to) (on a day that is open), plus `jitter` ms when it
 * had to move.
 */
export function openAt(t: number, from: number, to: number, sundays: boolean, jitter = 0): number {
  let x = t;
  for (let i = 0; i < 16; i++) {
    const dayStart = Math.floor(x / DAY) * DAY;
    const h = (x - dayStart) / HOUR;
    const open = sundays || new Date(x).getUTCDay() !== 0;
    if (open && h >= from && h < to) return x === t ? x : Math.min(x + jitter, dayStart + to * HOUR - MINUTE);
    x = open && h < from ? dayStart + from * HOUR : dayStart + DAY + from * HOUR;
  }
  return x;
}

/** The warehouse's next collection at or after `t` (16:00–17:30, Monday to Saturday). */
const collection = (rng: Rng, t: number): number => {
  const at = openAt(t, 0, 15, false);
  const day = Math.floor(at / DAY) * DAY;
  return day + 16 * HOUR + rng.int(0, 90 * MINUTE);
};

const TRANSIT_DAYS: Readonly<Record<Region, readonly [number, number]>> = {
  IE: [1, 2],
  NI: [1, 3],
  GB: [2, 3],
  EU: [3, 5],
};

/**
 * A parcel's shipping and delivery, ms after the order was placed (at `placed`, paid `paid` ms later):
 * `shipsAt` for a pre-order held back until the day before the release.
 */
export function parcelCourse(
  rng: Rng,
  placed: number,
  paid: number,
  f: Fulfilment,
  region: Region,
  shipsAt?: number,
): { shipped: number; delivered: number } {
  const ready =
    shipsAt ?? placed + paid + (f === 'express' ? rng.int(10, 40) * MINUTE : rng.int(4, 22) * HOUR);
  const shipped = Math.max(placed + paid + MINUTE, collection(rng, ready));
  const [lo, hi] = TRANSIT_DAYS[region];
  const days = f === 'express' && region !== 'EU' ? 1 : rng.int(lo, hi);
  const day = Math.floor(shipped / DAY) * DAY + days * DAY;
  const delivered = openAt(
    day + rng.int(8, 19) * HOUR + rng.int(0, 59) * MINUTE,
    8,
    20,
    false,
    rng.int(0, 6) * HOUR,
  );
  return { shipped: shipped - placed, delivered: delivered - placed };
}

/** A collection order's readiness and handover, ms after the order was placed. */
export function collectionCourse(
  rng: Rng,
  placed: number,
  paid: number,
  shop: ShopId | undefined,
  o: { slow?: boolean; prompt?: boolean } = {},
): { ready: number; collected: number } {
  const { opens, closes } = SHOPS[shop ?? 'dublin'];
  const lag = o.slow ? rng.int(1 * DAY, 2 * DAY) : rng.int(25 * MINUTE, 3 * HOUR);
  const ready = openAt(placed + paid + lag, opens, closes - 1, true, rng.int(10, 60) * MINUTE);
  const wait = o.prompt ? rng.int(15 * MINUTE, 3 * HOUR) : rng.int(1 * HOUR, 3 * DAY);
  const collected = openAt(ready + wait, opens, closes, true, rng.int(0, 8) * HOUR);
  return { ready: ready - placed, collected: collected - placed };
}
