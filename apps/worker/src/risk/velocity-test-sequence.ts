import { type VelocityObservation } from './velocity-store.js';

/**
 * Test data for the velocity stores (velocity-store-equivalence.int-spec.ts and the Redis key test): long,
 * repeatable sequences of observations. Not part of the worker (nothing in it imports this file).
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.parse('2026-11-21T10:00:00Z');

/** mulberry32: the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Observations the way traffic produces them: small pools of subjects so windows fill up, time mostly
 * moving forward (minutes to days, so every window and basket day is crossed) with replays of older events,
 * retries of the same event, second events of one transaction with a changed amount, failed attempts and
 * label-only events. The shape sets the pools: `small` (a handful of each), `wide` (60 devices and cards, so
 * customers outgrow their profile's caps: 64 known values, the latest 50 amounts) or `crowded` (one card and
 * one customer with thousands of emails, IPs and devices within hours: past the 500 members a card reads and
 * the 1,000 amounts a sum reads).
 */
export type SequenceShape = 'small' | 'wide' | 'crowded';

export function velocitySequence(
  seed: number,
  length: number,
  shape: SequenceShape = 'small',
): VelocityObservation[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const crowded = shape === 'crowded';
  const maybe = <T>(value: T, p = 0.85): T | null => (random() < p ? value : null);
  const numbered = (prefix: string, n: number, suffix = ''): string[] =>
    Array.from({ length: n }, (_, i) => `${prefix}${i + 1}${suffix}`);
  const emails = crowded
    ? numbered('u', 3000, '@x.test')
    : ['a@x.test', 'b@x.test', 'c@y.test', 'd@y.test', 'e@z.test'];
  const ips = crowded
    ? numbered('10.1.', 250).concat(numbered('10.2.', 250))
    : ['192.0.2.1', '192.0.2.7', '198.51.100.4', '2001:db8::1', '2001:db8:0:1::9'];
  const devices = numbered('d', { small: 4, wide: 60, crowded: 3000 }[shape]);
  const customers = crowded ? ['c1'] : ['c1', 'c2', 'c3'];
  const cards = crowded ? ['fp:1'] : [...numbered('fp:', shape === 'wide' ? 60 : 6), 'bl:424242:4242'];
  /** Time between new transactions: up to two days, or up to a minute when crowded. */
  const step = crowded ? 60_000 : 2 * DAY;
  const addresses = ['ie|d02|1main', 'de|10115|2haupt', 'fr|75011|3paix'];
  const out: VelocityObservation[] = [];
  let now = T0;
  let n = 0;
  for (let i = 0; i < length; i += 1) {
    const roll = random();
    const previous = out.length > 0 ? pick(out) : null;
    if (previous && roll < 0.08) {
      out.push(previous); // a retried job
      continue;
    }
    if (previous && roll < 0.16) {
      // another event of an earlier transaction: same key, a new event id, maybe a new amount
      n += 1;
      out.push({
        ...previous,
        at: Math.min(now, previous.at + Math.floor(random() * 30) * MINUTE),
        eventKey: `src|evt${n}`,
        amount: random() < 0.5 ? Math.floor(random() * 90_000) : previous.amount,
        failedPayment: random() < 0.2,
        fraudDecline: false,
        purchase: random() < 0.8,
      });
      continue;
    }
    now += Math.floor(random() ** 3 * step) + (random() < 0.2 ? 0 : Math.floor(random() * 8));
    n += 1;
    const ip = maybe(pick(ips));
    const failed = random() < 0.15;
    const label = random() < 0.1;
    out.push({
      // a replay of history now and then: an older event time than what came before
      at: random() < 0.1 ? now - Math.floor(random() * 1.5 * step) : now,
      transactionKey: `src|tx${n}`,
      eventKey: `src|evt${n}`,
      email: maybe(pick(emails)),
      ip,
      deviceId: maybe(pick(devices)),
      customerId: maybe(pick(customers), crowded ? 1 : 0.6),
      card: maybe(pick(cards), crowded ? 1 : 0.85),
      ipNetwork:
        ip === null
          ? null
          : ip.includes(':')
            ? '2001:db8:0::/48'
            : `${ip.slice(0, ip.lastIndexOf('.'))}.0/24`,
      shippingAddress: maybe(pick(addresses), 0.7),
      basket: maybe(pick(['s1|EUR', 's2|EUR']), 0.95),
      amount: maybe(Math.floor(random() ** 2 * 200_000), 0.95),
      record: !label,
      purchase: !label && !failed,
      failedPayment: !label && failed,
      // Every third failure the issuer calls stolen (no extra draw: the sequence stays what it was).
      fraudDecline: !label && failed && n % 3 === 0,
      customerCreatedAt: random() < 0.3 ? now - Math.floor(random() * 400 * DAY) : null,
      disputed: label && random() < 0.5,
      fraudWarning: label && random() < 0.5,
    });
  }
  return out;
}
