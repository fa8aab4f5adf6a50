import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemoryVelocityStore } from './memory-velocity-store.js';
import { RedisVelocityStore } from './redis-velocity-store.js';
import { type VelocityObservation } from './velocity-store.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.parse('2026-11-21T10:00:00Z');

/** mulberry32: the same sequence on every run. */
function generator(seed: number): () => number {
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
 * label-only events; most are confirmed (approved), some are not.
 */
function sequence(seed: number, length: number): VelocityObservation[] {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const maybe = <T>(value: T, p = 0.85): T | null => (random() < p ? value : null);
  const emails = ['a@x.test', 'b@x.test', 'c@y.test', 'd@y.test', 'e@z.test'];
  const ips = ['192.0.2.1', '192.0.2.7', '198.51.100.4', '2001:db8::1', '2001:db8:0:1::9'];
  const devices = ['d1', 'd2', 'd3', 'd4'];
  const customers = ['c1', 'c2', 'c3'];
  const cards = ['fp:1', 'fp:2', 'fp:3', 'fp:4', 'fp:5', 'fp:6', 'bl:424242:4242'];
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
        purchase: random() < 0.8,
      });
      continue;
    }
    now += Math.floor(random() ** 3 * 2 * DAY) + (random() < 0.2 ? 0 : Math.floor(random() * 8));
    n += 1;
    const ip = maybe(pick(ips));
    const failed = random() < 0.15;
    const label = random() < 0.1;
    out.push({
      // a replay of history now and then: an older event time than what came before
      at: random() < 0.1 ? now - Math.floor(random() * 3 * DAY) : now,
      transactionKey: `src|tx${n}`,
      eventKey: `src|evt${n}`,
      email: maybe(pick(emails)),
      ip,
      deviceId: maybe(pick(devices)),
      customerId: maybe(pick(customers), 0.6),
      card: maybe(pick(cards)),
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
      customerCreatedAt: random() < 0.3 ? now - Math.floor(random() * 400 * DAY) : null,
      disputed: label && random() < 0.5,
      fraudWarning: label && random() < 0.5,
    });
  }
  return out;
}

describe('velocity stores', () => {
  let redis: Redis;
  const prefix = `vt_equivalence_${randomBytes(4).toString('hex')}`;

  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it.each([1, 2, 3])(
    'read exactly the same in Redis and in memory for the same observations (sequence %i)',
    async (seed) => {
      const redisStore = new RedisVelocityStore(redis, `${prefix}:${seed}`);
      const memoryStore = new MemoryVelocityStore();
      const observations = sequence(seed, 500);
      const differences: string[] = [];
      let nonZero = 0;
      for (const [i, observation] of observations.entries()) {
        const fromRedis = await redisStore.observe(observation);
        const fromMemory = await memoryStore.observe(observation);
        // Most transactions are approved and join their customer's profile; some are held.
        if (i % 5 !== 3) {
          await redisStore.confirm(observation);
          await memoryStore.confirm(observation);
        }
        if (JSON.stringify(fromRedis) !== JSON.stringify(fromMemory)) {
          differences.push(`#${i}: redis ${JSON.stringify(fromRedis)} memory ${JSON.stringify(fromMemory)}`);
        }
        if (Object.values(fromMemory.velocity).some((v) => v > 0)) nonZero += 1;
      }
      expect(differences.slice(0, 3)).toEqual([]);
      // The sequence exercised the counters (not a comparison of empty readings).
      expect(nonZero).toBeGreaterThan(observations.length / 2);
    },
  );
});

describe('RedisVelocityStore keys', () => {
  let redis: Redis;
  const prefix = `vt_keys_${randomBytes(4).toString('hex')}`;

  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('hold no raw subject and expire on their own', async () => {
    const store = new RedisVelocityStore(redis, `${prefix}:ttl`);
    const [first] = sequence(1, 1);
    await store.observe({
      ...(first as VelocityObservation),
      ip: '198.51.100.9',
      email: 'ttl@example.com',
      card: 'fp:ttl',
      customerId: 'c_ttl',
      amount: 5,
      basket: 'src|EUR',
      deviceId: 'd_ttl',
    });
    const keys = await redis.keys(`${prefix}:ttl:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((key) => /ttl@example|198\.51|c_ttl|d_ttl/.test(key))).toBe(false);
    const ttls = await Promise.all(keys.map((key) => redis.pttl(key)));
    expect(ttls.every((ttl) => ttl > 0)).toBe(true);
  });
});
