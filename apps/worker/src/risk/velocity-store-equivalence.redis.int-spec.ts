import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RedisVelocityStore } from './redis-velocity-store.js';
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
});
