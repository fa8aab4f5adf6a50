import type { TransactionJson } from '@vigil/contracts';
import { createdMs } from '../transactions/transaction-time';

export interface RatePoint {
  /** Epoch second. */
  t: number;
  count: number;
}

/** How often one signal fired in the window. */
export interface SignalCount {
  code: string;
  description: string;
  count: number;
}

export interface CountryCount {
  country: string;
  count: number;
}

/** Every country of the window with how many of its transactions were held or blocked (for the map). */
export interface CountryActivity extends CountryCount {
  flagged: number;
}

/** Breakdowns keep this many entries, most frequent first. */
export const BREAKDOWN_SIZE = 6;

export interface CurrencyTotal {
  currency: string;
  /** Minor units. */
  amount: number;
  count: number;
}

/**
 * What the KPI tiles and the rate chart show: the last `seconds` whole seconds before `nowSec`, by `createdAt`.
 * The second in progress (and anything stamped ahead of this clock) counts in the last point, so a half-filled
 * second never shows as a dip.
 */
export interface WindowSnapshot {
  /** Epoch second in progress when the snapshot was taken. */
  nowSec: number;
  seconds: number;
  /** One point per whole second, oldest first, `seconds` long, ending at `nowSec - 1`. */
  series: readonly RatePoint[];
  count: number;
  /** Status `review`. */
  held: number;
  blocked: number;
  /** Per currency, most transactions first. */
  amounts: readonly CurrencyTotal[];
  /** Signals that fired most often, most frequent first (at most BREAKDOWN_SIZE). */
  topSignals: readonly SignalCount[];
  /** Where buyers were (IP country, else billing country), most frequent first (at most BREAKDOWN_SIZE). */
  countries: readonly CountryCount[];
  geo: readonly CountryActivity[];
}

interface Bucket {
  count: number;
  held: number;
  blocked: number;
  amounts: Map<string, { amount: number; count: number }>;
  signals: Map<string, { description: string; count: number }>;
  countries: Map<string, number>;
  flaggedCountries: Map<string, number>;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

/** The `size` largest counts, ties by key, so the lists do not reshuffle from one second to the next. */
function top<T extends { count: number }>(items: Iterable<T>, key: (item: T) => string, size: number): T[] {
  return [...items]
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count || key(a).localeCompare(key(b)))
    .slice(0, size);
}

const secondOf = (ms: number): number => Math.floor(ms / 1000);

/**
 * Per-second totals of the transactions created in a sliding window. Kept apart from the (capped) feed list so
 * the numbers stay right at thousands of events a second; each transaction is added once and, when a later
 * state replaces it, removed and added again, so status and amount changes are reflected.
 */
export class WindowStats {
  readonly #buckets = new Map<number, Bucket>();

  constructor(readonly seconds = 60) {}

  /** Counts `tx` if it was created inside the window ending at `nowMs`; returns whether it was counted. */
  add(tx: TransactionJson, nowMs: number): boolean {
    const sec = secondOf(createdMs(tx));
    if (sec < secondOf(nowMs) - this.seconds) return false;
    let bucket = this.#buckets.get(sec);
    if (!bucket) {
      bucket = {
        count: 0,
        held: 0,
        blocked: 0,
        amounts: new Map(),
        signals: new Map(),
        countries: new Map(),
        flaggedCountries: new Map(),
      };
      this.#buckets.set(sec, bucket);
    }
    this.#apply(bucket, tx, 1);
    return true;
  }

  /** Takes back an earlier `add` that returned true (a no-op once its second has left the window). */
  remove(tx: TransactionJson): void {
    const sec = secondOf(createdMs(tx));
    const bucket = this.#buckets.get(sec);
    if (!bucket) return;
    this.#apply(bucket, tx, -1);
    if (bucket.count === 0) this.#buckets.delete(sec);
  }

  /** Drops the seconds that have left the window. */
  prune(nowMs: number): void {
    const oldest = secondOf(nowMs) - this.seconds;
    for (const sec of this.#buckets.keys()) if (sec < oldest) this.#buckets.delete(sec);
  }

  /** The window before `nowMs`. */
  snapshot(nowMs: number): WindowSnapshot {
    const nowSec = secondOf(nowMs);
    const oldest = nowSec - this.seconds;
    const last = nowSec - 1;
    const series: RatePoint[] = [];
    for (let t = oldest; t <= last; t++) series.push({ t, count: 0 });
    let count = 0;
    let held = 0;
    let blocked = 0;
    const amounts = new Map<string, CurrencyTotal>();
    const signals = new Map<string, SignalCount>();
    const countries = new Map<string, number>();
    const flagged = new Map<string, number>();
    for (const [sec, bucket] of this.#buckets) {
      if (sec < oldest) continue;
      series[Math.min(sec, last) - oldest].count += bucket.count;
      count += bucket.count;
      held += bucket.held;
      blocked += bucket.blocked;
      for (const [currency, total] of bucket.amounts) {
        const sum = amounts.get(currency) ?? { currency, amount: 0, count: 0 };
        sum.amount += total.amount;
        sum.count += total.count;
        amounts.set(currency, sum);
      }
      for (const [code, signal] of bucket.signals) {
        const sum = signals.get(code) ?? { code, description: signal.description, count: 0 };
        sum.count += signal.count;
        signals.set(code, sum);
      }
      for (const [country, n] of bucket.countries) bump(countries, country, n);
      for (const [country, n] of bucket.flaggedCountries) bump(flagged, country, n);
    }
    const byVolume = [...amounts.values()]
      .filter((total) => total.count > 0)
      .sort((a, b) => b.count - a.count || b.amount - a.amount || a.currency.localeCompare(b.currency));
    return {
      nowSec,
      seconds: this.seconds,
      series,
      count,
      held,
      blocked,
      amounts: byVolume,
      topSignals: top(signals.values(), (item) => item.code, BREAKDOWN_SIZE),
      countries: top(
        [...countries].map(([country, n]) => ({ country, count: n })),
        (item) => item.country,
        BREAKDOWN_SIZE,
      ),
      geo: [...countries].map(([country, n]) => ({ country, count: n, flagged: flagged.get(country) ?? 0 })),
    };
  }

  #apply(bucket: Bucket, tx: TransactionJson, sign: 1 | -1): void {
    bucket.count += sign;
    if (tx.status === 'review') bucket.held += sign;
    if (tx.status === 'blocked') bucket.blocked += sign;
    for (const signal of tx.signals ?? []) {
      const entry = bucket.signals.get(signal.code) ?? { description: signal.description, count: 0 };
      entry.count += sign;
      if (entry.count === 0) bucket.signals.delete(signal.code);
      else bucket.signals.set(signal.code, entry);
    }
    const country = tx.ipCountry ?? tx.billing?.country ?? null;
    if (country) {
      bump(bucket.countries, country.toUpperCase(), sign);
      if (tx.status !== 'approved') bump(bucket.flaggedCountries, country.toUpperCase(), sign);
    }
    if (tx.currency && tx.amount !== null) {
      const currency = tx.currency.toUpperCase();
      const total = bucket.amounts.get(currency) ?? { amount: 0, count: 0 };
      total.amount += sign * tx.amount;
      total.count += sign;
      if (total.count === 0) bucket.amounts.delete(currency);
      else bucket.amounts.set(currency, total);
    }
  }
}
