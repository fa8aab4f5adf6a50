import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RedisVelocityStore } from './redis-velocity-store.js';
import { type VelocityObservation } from './velocity-store.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-21T10:00:00Z');

let n = 0;
function payment(overrides: Partial<VelocityObservation> = {}): VelocityObservation {
  n += 1;
  return {
    at: T0,
    transactionKey: `src|tx${n}`,
    eventKey: `src|evt${n}`,
    email: null,
    ip: null,
    deviceId: null,
    customerId: null,
    card: null,
    amount: null,
    record: true,
    failedPayment: false,
    customerCreatedAt: null,
    disputed: false,
    fraudWarning: false,
    ...overrides,
  };
}

/** The counters against the real Redis script: counts before adding, event time, own entries left out. */
describe('RedisVelocityStore', () => {
  const prefix = `vt_velocity_${randomBytes(4).toString('hex')}`;
  let redis: Redis;
  let store: RedisVelocityStore;

  beforeAll(() => {
    redis = new Redis(REDIS_URL);
    store = new RedisVelocityStore(redis, prefix);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('counts the cards an IP used before this transaction, never this one', async () => {
    const ip = '198.51.100.1';
    const counts: Array<number | undefined> = [];
    for (const card of ['fp:a', 'fp:b', 'fp:c', 'fp:d']) {
      const reading = await store.observe(payment({ ip, card }));
      counts.push(reading.velocity.card_count_for_ip_1h);
    }
    expect(counts).toEqual([0, 1, 2, 3]);
    // The same card again is not "another card".
    const again = await store.observe(payment({ ip, card: 'fp:d' }));
    expect(again.velocity.card_count_for_ip_1h).toBe(3);
  });

  it('uses the event time: an event two hours later is outside the 1 h window but inside 24 h', async () => {
    const email = 'burst@example.com';
    await store.observe(payment({ email, card: 'fp:1' }));
    await store.observe(payment({ email, card: 'fp:2' }));
    const later = await store.observe(payment({ email, card: 'fp:3', at: T0 + 2 * HOUR }));
    expect(later.velocity).toMatchObject({ card_count_for_email_1h: 0, card_count_for_email_24h: 2 });
    // A replayed older event only sees what happened before it.
    const replay = await store.observe(payment({ email, card: 'fp:4', at: T0 - HOUR }));
    expect(replay.velocity.card_count_for_email_1h).toBe(0);
  });

  it('reads the same counts when a job is retried (its own entries are left out)', async () => {
    const ip = '198.51.100.2';
    await store.observe(payment({ ip, card: 'fp:x', failedPayment: true }));
    const attempt = payment({ ip, card: 'fp:y', failedPayment: true, amount: 500, customerId: 'c_retry' });
    const first = await store.observe(attempt);
    const retry = await store.observe(attempt);
    expect(retry).toEqual(first);
    expect(first.velocity).toMatchObject({ card_count_for_ip_1h: 1, failed_payments_for_ip_1h: 1 });
  });

  it('counts failed payments per event, attempts per transaction, and sums other transactions’ amounts', async () => {
    const card = 'fp:tested';
    const ip = '198.51.100.3';
    await store.observe(payment({ card, ip, failedPayment: true, customerId: 'c_sum', amount: 1000 }));
    const tx = payment({ card, ip, failedPayment: true, customerId: 'c_sum', amount: 2500 });
    await store.observe(tx);
    // A second event of the same transaction: not a new attempt, and its amount is not "earlier spend".
    const second = await store.observe({ ...tx, eventKey: 'src|evt-second', failedPayment: false });
    expect(second.velocity).toMatchObject({
      attempts_for_card_1h: 1,
      failed_payments_for_ip_1h: 2,
      failed_payments_for_card_24h: 2,
      amount_for_customer_24h: 1000,
    });
    // Successful payments never count as failures.
    const ok = await store.observe(payment({ card, ip, customerId: 'c_sum', amount: 1 }));
    expect(ok.velocity.failed_payments_for_ip_1h).toBe(2);
    expect(ok.velocity.amount_for_customer_24h).toBe(3500);
  });

  it('counts a transaction’s latest amount once when its events change the amount', async () => {
    const order = payment({ customerId: 'c_updates', amount: 2500 });
    await store.observe(order);
    await store.observe({ ...order, eventKey: 'src|evt-update', amount: 3000 });
    const next = await store.observe(payment({ customerId: 'c_updates', amount: 10 }));
    expect(next.velocity.amount_for_customer_24h).toBe(3000);
  });

  it('keeps label history for later transactions of the same card or email', async () => {
    const card = 'fp:disputed';
    const email = 'chargeback@example.com';
    const disputed = payment({ card, email, record: false, disputed: true });
    const own = await store.observe(disputed);
    expect(own.history.prior_disputes_for_card).toBe(0);
    const next = await store.observe(payment({ card, email: 'other@example.com' }));
    expect(next.history).toMatchObject({ prior_disputes_for_card: 1, prior_fraud_warnings_for_card: 0 });
    await store.observe(payment({ card: 'fp:other', email, fraudWarning: true, record: false }));
    const byEmail = await store.observe(payment({ email }));
    expect(byEmail.history).toMatchObject({ prior_disputes_for_email: 1, prior_fraud_warnings_for_email: 1 });
  });

  it('remembers when a customer was first seen or created', async () => {
    const first = await store.observe(payment({ customerId: 'c_new', at: T0 }));
    expect(first.customerSince).toBe(T0);
    const created = Date.parse('2025-01-02T00:00:00Z');
    const told = await store.observe(
      payment({ customerId: 'c_new', at: T0 + HOUR, customerCreatedAt: created }),
    );
    expect(told.customerSince).toBe(created);
    const later = await store.observe(payment({ customerId: 'c_new', at: T0 + 2 * HOUR }));
    expect(later.customerSince).toBe(created);
  });

  it('lets every key expire on its own', async () => {
    await store.observe(
      payment({
        ip: '198.51.100.9',
        email: 'ttl@example.com',
        card: 'fp:ttl',
        customerId: 'c_ttl',
        amount: 5,
      }),
    );
    const keys = await redis.keys(`${prefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    const ttls = await Promise.all(keys.map((key) => redis.pttl(key)));
    expect(ttls.every((ttl) => ttl > 0)).toBe(true);
  });
});
