import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prepareDatabase } from '@vigil/persistence';
import { createTestConfig, createTestPool, dropTestResources, TEST_REDIS_URL } from '@vigil/testing';
import { MemoryVelocityStore } from './memory-velocity-store.js';
import { PostgresVelocityStore } from './postgres-velocity-store.js';
import { RedisVelocityStore } from './redis-velocity-store.js';
import { type VelocityObservation, type VelocityStore } from './velocity-store.js';

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
    ipNetwork: null,
    shippingAddress: null,
    basket: null,
    amount: null,
    record: true,
    purchase: true,
    failedPayment: false,
    fraudDecline: false,
    customerCreatedAt: null,
    disputed: false,
    fraudWarning: false,
    ...overrides,
  };
}

const prefix = `vt_velocity_${randomBytes(4).toString('hex')}`;
const config = createTestConfig();
let pool: pg.Pool;
let redis: Redis | null = null;

beforeAll(async () => {
  await prepareDatabase(config);
  pool = createTestPool(config.databaseUrl, 2);
  await PostgresVelocityStore.install(pool);
  if (TEST_REDIS_URL) redis = new Redis(TEST_REDIS_URL);
});

afterAll(async () => {
  await pool?.end();
  await dropTestResources(config);
  if (!redis) return;
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

const stores: Array<[string, () => VelocityStore]> = [
  ['MemoryVelocityStore', () => new MemoryVelocityStore()],
  // Always: PostgreSQL is the store without Redis.
  ['PostgresVelocityStore', () => new PostgresVelocityStore(pool, prefix)],
];
// Redis when the suite has one (TEST_REDIS_URL or REDIS_URL).
if (TEST_REDIS_URL)
  stores.push([
    'RedisVelocityStore',
    () => new RedisVelocityStore(redis as Redis, `${prefix}:${randomBytes(3).toString('hex')}`),
  ]);

/**
 * Every store against the semantics of velocity-ops.ts: counts before adding, event time, own entries left
 * out (velocity-store-equivalence.int-spec.ts compares them on long random sequences).
 */
describe.each(stores)('%s', (_name, makeStore) => {
  let store: VelocityStore;

  beforeAll(() => {
    store = makeStore();
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

  it('keeps the customer’s own history: earlier orders, their median and largest amount', async () => {
    const customerId = 'c_history';
    const approve = async (obs: VelocityObservation) => {
      const reading = await store.observe(obs);
      await store.confirm(obs);
      return reading;
    };
    const first = await approve(payment({ customerId, amount: 3000 }));
    expect(first.velocity).toMatchObject({ customer_order_count: 0 });
    expect(first.velocity.customer_amount_median).toBeUndefined();
    await approve(payment({ customerId, amount: 5000, at: T0 + HOUR }));
    // A declined attempt is nobody's order, and a held one is not the customer's (never confirmed).
    await approve(
      payment({ customerId, amount: 90000, at: T0 + HOUR, failedPayment: true, purchase: false }),
    );
    await store.observe(payment({ customerId, amount: 70000, at: T0 + HOUR }));
    const third = payment({ customerId, amount: 40000, at: T0 + 2 * HOUR });
    const reading = await store.observe(third);
    expect(reading.velocity).toMatchObject({
      customer_order_count: 2,
      customer_amount_median: 3000,
      customer_amount_max: 5000,
    });
    expect(await store.observe(third)).toEqual(reading);
  });

  it('tells a known customer’s new device, network and address from the ones they used before', async () => {
    const customerId = 'c_devices';
    const home = {
      customerId,
      deviceId: 'd_home',
      ipNetwork: '198.51.100.0/24',
      shippingAddress: 'ie|d02|1main',
    };
    const firstOrder = payment({ ...home, at: T0 });
    const first = await store.observe(firstOrder);
    await store.confirm(firstOrder);
    expect(first.novelty.device).toEqual({ seenBefore: false, others: 0 });
    const again = await store.observe(payment({ ...home, at: T0 + 2 * HOUR }));
    expect(again.novelty).toMatchObject({
      device: { seenBefore: true, others: 0 },
      ip_network: { seenBefore: true, others: 0 },
      shipping_address: { seenBefore: true, others: 0 },
    });
    const stranger = {
      customerId,
      deviceId: 'd_new',
      ipNetwork: '203.0.113.0/24',
      shippingAddress: 'nl|1012|9dam',
    };
    const attempt = payment({ ...stranger, at: T0 + 3 * HOUR });
    const takeover = await store.observe(attempt);
    expect(takeover.novelty).toMatchObject({
      device: { seenBefore: false, others: 1 },
      ip_network: { seenBefore: false, others: 1 },
      shipping_address: { seenBefore: false, others: 1 },
    });
    // Held, so never confirmed: a day later the stranger's device is still not the customer's.
    const retry = await store.observe(payment({ ...stranger, at: T0 + 27 * HOUR }));
    expect(retry.novelty.device).toEqual({ seenBefore: false, others: 1 });
    // Approved, it is theirs once it has settled for an hour (a spree does not vouch for itself).
    await store.confirm(attempt);
    const soon = await store.observe(payment({ ...stranger, at: T0 + 3 * HOUR + 600_000 }));
    expect(soon.novelty.device).toEqual({ seenBefore: false, others: 1 });
    const later = await store.observe(payment({ ...stranger, at: T0 + 5 * HOUR }));
    expect(later.novelty.device).toEqual({ seenBefore: true, others: 1 });
  });

  it('reads the store’s typical basket over the last days, this order not counted', async () => {
    const basket = 'src_basket|EUR';
    for (let i = 0; i < 9; i += 1) await store.observe(payment({ basket, amount: 5000, at: T0 + i * 1000 }));
    await store.observe(payment({ basket, amount: 100000, at: T0 + 9000 }));
    const next = payment({ basket, amount: 7000, at: T0 + 10_000 });
    const reading = await store.observe(next);
    expect(reading.velocity.store_order_count).toBe(10);
    expect(Math.abs((reading.velocity.store_amount_median ?? 0) - 5000)).toBeLessThan(250);
    expect(Math.abs((reading.velocity.store_amount_p90 ?? 0) - 5000)).toBeLessThan(250);
    expect(await store.observe(next)).toEqual(reading);
    const weekLater = await store.observe(payment({ basket, amount: 10, at: T0 + 8 * 24 * HOUR }));
    expect(weekLater.velocity.store_order_count).toBe(0);
  });

  it('sees one card cycling through IPs, devices and emails, and one device through emails', async () => {
    const card = 'fp:cycled';
    for (const [i, ip] of ['192.0.2.1', '192.0.2.2', '192.0.2.3'].entries()) {
      await store.observe(
        payment({ card, ip, ipNetwork: '192.0.2.0/24', deviceId: `d_${i}`, email: `u${i}@x.test` }),
      );
    }
    const reading = await store.observe(
      payment({ card, ip: '192.0.2.9', ipNetwork: '192.0.2.0/24', deviceId: 'd_0', email: 'u9@x.test' }),
    );
    expect(reading.velocity).toMatchObject({
      ip_count_for_card_24h: 3,
      device_count_for_card_24h: 2,
      email_count_for_card_7d: 3,
      email_count_for_device_24h: 1,
      card_count_for_ip_network_1h: 0,
    });
  });
});
