import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RedisVelocityStore } from './redis-velocity-store.js';
import { velocityKey } from './velocity-plan.js';
import { velocitySequence } from './velocity-test-sequence.js';
import { type VelocityObservation } from './velocity-store.js';

/**
 * Redis only: the keys themselves. Readings of every store against the in-memory reference are compared in
 * velocity-store-equivalence.int-spec.ts (both modes).
 */
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

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
    const [first] = velocitySequence(1, 1);
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

  it('expire every key a call writes, also one a sampled trim emptied and a later event of the call re-created', async () => {
    const store = new RedisVelocityStore(redis, `${prefix}:trim`);
    const [first] = velocitySequence(1, 1);
    const T0 = Date.parse('2026-11-21T10:00:00Z');
    const HOUR = 3_600_000;
    const base = { ...(first as VelocityObservation), card: 'fp:trim', record: true, failedPayment: false };
    await store.observe({ ...base, transactionKey: 'src|tx-old', eventKey: 'src|e1', at: T0 + 1 });
    const attempts = velocityKey(`${prefix}:trim:velocity`, 'attempts-by-card', 'fp:trim');
    expect(await redis.zcard(attempts)).toBe(1);
    // One call: an event of the same transaction 25 h later (a time divisible by 8: its writes trim) leaves
    // nothing in the 24 h key, so the trim deletes it; the next event of the call creates it again.
    const readings = await store.observeMany([
      { ...base, transactionKey: 'src|tx-old', eventKey: 'src|e2', at: T0 + 25 * HOUR },
      { ...base, transactionKey: 'src|tx-new', eventKey: 'src|e3', at: T0 + 25 * HOUR + 1 },
    ]);
    expect(readings.map((r) => r.velocity.attempts_for_card_24h)).toEqual([0, 0]);
    expect(await redis.zrange(attempts, '0', '-1')).toEqual(['src|tx-new']);
    const keys = await redis.keys(`${prefix}:trim:*`);
    const ttls = await Promise.all(keys.map((key) => redis.pttl(key)));
    expect(ttls.every((ttl) => ttl > 0)).toBe(true);
    expect(await redis.pttl(attempts)).toBeGreaterThan(23 * HOUR);
  });
});
