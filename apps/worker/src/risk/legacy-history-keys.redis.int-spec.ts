import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashLegacyHistoryKeys } from './legacy-history-keys.js';
import { RedisVelocityStore } from './redis-velocity-store.js';
import { type VelocityObservation } from './velocity-store.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const T0 = Date.parse('2026-11-21T10:00:00Z');

describe('label history from before subjects were hashed', () => {
  const prefix = `vt_legacy_${randomBytes(4).toString('hex')}`;
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('is moved to hashed keys once, so disputes and first-seen times survive the upgrade', async () => {
    const history = `${prefix}:history`;
    await redis.sadd(`${history}:disputes-by-card:fp:old_card`, 'src|tx_old');
    await redis.pexpire(`${history}:disputes-by-card:fp:old_card`, 86_400_000);
    await redis.set(`${history}:customer-since:ann@example.com`, String(T0 - 86_400_000 * 90));

    expect(await hashLegacyHistoryKeys(redis, prefix)).toBe(2);
    expect(await hashLegacyHistoryKeys(redis, prefix)).toBe(0);
    const keys = await redis.keys(`${prefix}:history:*`);
    expect(keys.some((key) => key.includes('old_card') || key.includes('ann@'))).toBe(false);

    const store = new RedisVelocityStore(redis, prefix);
    const observation: VelocityObservation = {
      at: T0,
      transactionKey: 'src|tx_new',
      eventKey: 'src|evt_new',
      email: 'ann@example.com',
      ip: null,
      deviceId: null,
      customerId: null,
      card: 'fp:old_card',
      ipNetwork: null,
      shippingAddress: null,
      basket: null,
      amount: 1000,
      record: true,
      purchase: true,
      failedPayment: false,
      fraudDecline: false,
      customerCreatedAt: null,
      disputed: false,
      fraudWarning: false,
    };
    const reading = await store.observe(observation);
    expect(reading.history.prior_disputes_for_card).toBe(1);
    expect(reading.customerSince).toBe(T0 - 86_400_000 * 90);
  });
});
