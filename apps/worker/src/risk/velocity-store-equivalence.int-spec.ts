import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prepareDatabase } from '@vigil/persistence';
import { deleteExpiredStoreRows } from '@vigil/pipeline';
import { createTestConfig, dropTestResources, TEST_REDIS_URL } from '@vigil/testing';
import { MemoryVelocityStore } from './memory-velocity-store.js';
import { PostgresVelocityStore } from './postgres-velocity-store.js';
import { RedisVelocityStore } from './redis-velocity-store.js';
import { type SequenceShape, seededRandom, velocitySequence } from './velocity-test-sequence.js';
import { type VelocityObservation, type VelocityReading, type VelocityStore } from './velocity-store.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-21T10:00:00Z');

/**
 * Every store present against the in-memory reference (velocity-ops.ts defines the semantics; docs/detection.md
 * "Velocity, history and the customer's profile"): PostgreSQL always, Redis when the suite has one. The same
 * calls go to each: observations in batches (one at a time, or as the ingest sends them), then the batch's
 * approved transactions confirmed; the readings must be identical.
 */
const config = createTestConfig();
let pool: pg.Pool;
let redis: Redis | null = null;
const prefix = `vt_equivalence_${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  await prepareDatabase(config);
  pool = new pg.Pool({ connectionString: config.databaseUrl, max: 12 });
  await PostgresVelocityStore.install(pool);
  if (TEST_REDIS_URL) redis = new Redis(TEST_REDIS_URL);
});

afterAll(async () => {
  await pool?.end();
  if (redis) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  }
  await dropTestResources(config);
});

const stores: Array<[string, (run: string) => VelocityStore]> = [
  ['PostgreSQL', (run) => new PostgresVelocityStore(pool, `${prefix}:${run}`)],
];
if (TEST_REDIS_URL)
  stores.push(['Redis', (run) => new RedisVelocityStore(redis as Redis, `${prefix}:${run}`)]);

/** The sequences: [seed, length, largest batch (1: observe and confirm one at a time), shape]. */
const SEQUENCES: Array<[number, number, number, SequenceShape]> = [
  [1, 600, 1, 'small'],
  [2, 800, 40, 'small'],
  [3, 800, 250, 'small'],
  [4, 900, 60, 'wide'],
  [5, 1500, 250, 'crowded'],
];

describe.each(stores)('%s velocity store', (name, makeStore) => {
  it.each(SEQUENCES)(
    'reads exactly what the in-memory store reads (seed %i, %i observations, batches up to %i, %s)',
    async (seed, length, largestBatch, shape) => {
      const store = makeStore(`${seed}`);
      const reference = new MemoryVelocityStore();
      const observations = velocitySequence(seed, length, shape);
      const random = seededRandom(seed * 7919);
      const differences: string[] = [];
      let nonZero = 0;
      let at = 0;
      while (at < observations.length) {
        const size = 1 + Math.floor(random() * largestBatch);
        const batch = observations.slice(at, at + size);
        const [readings, expected] = await Promise.all([
          store.observeMany(batch),
          reference.observeMany(batch),
        ]);
        // Most transactions are approved and join their customer's profile; some are held.
        const approved = batch.filter(() => random() < 0.8);
        await Promise.all([store.confirmMany(approved), reference.confirmMany(approved)]);
        expected.forEach((reading: VelocityReading, i) => {
          if (JSON.stringify(readings[i]) !== JSON.stringify(reading))
            differences.push(
              `#${at + i}: ${name} ${JSON.stringify(readings[i])} memory ${JSON.stringify(reading)}`,
            );
          if (Object.values(reading.velocity).some((v) => v > 0)) nonZero += 1;
        });
        at += batch.length;
      }
      expect(differences.slice(0, 3)).toEqual([]);
      // The sequence exercised the counters (not a comparison of empty readings).
      expect(nonZero).toBeGreaterThan(observations.length / 2);
    },
  );
});

describe('PostgresVelocityStore rows', () => {
  const observation = (overrides: Partial<VelocityObservation>): VelocityObservation => ({
    ...(velocitySequence(1, 1)[0] as VelocityObservation),
    at: T0,
    record: true,
    purchase: true,
    failedPayment: false,
    ...overrides,
  });

  it('hold no raw subject, and every row expires (the hourly cleanup deletes it then)', async () => {
    const store = new PostgresVelocityStore(pool, `${prefix}:rows`);
    const approved = observation({
      transactionKey: 'src|tx-rows',
      ip: '198.51.100.9',
      ipNetwork: '198.51.100.0/24',
      email: 'ttl@example.com',
      card: 'fp:ttl',
      customerId: 'c_ttl',
      amount: 5,
      basket: 'src|EUR',
      deviceId: 'd_ttl',
      shippingAddress: 'ie|d02|9ttl',
      failedPayment: true,
      disputed: true,
    });
    await store.observe(approved);
    await store.confirm(approved);
    const { rows } = await pool.query<{ key: string; member: string; value: string | null; days: number }>(
      `SELECT key, member, value, extract(epoch FROM expires_at - now()) / 86400 AS days
       FROM velocity_entries WHERE key LIKE $1`,
      [`${prefix}:rows:%`],
    );
    // Every op kind wrote: sorted sets, sets, first seen, amounts, known values, basket counts and members.
    expect(rows.length).toBeGreaterThan(20);
    const text = JSON.stringify(rows);
    expect(/ttl@example|198\.51|c_ttl|d_ttl|9ttl/.test(text)).toBe(false);
    // 1 hour (failed payments per device) to 400 days (profiles, label history).
    expect(Math.min(...rows.map((row) => Number(row.days)))).toBeGreaterThan(0.04);
    expect(Math.max(...rows.map((row) => Number(row.days)))).toBeLessThanOrEqual(400);

    await pool.query(
      `UPDATE velocity_entries SET expires_at = now() - interval '1 second' WHERE key LIKE $1`,
      [`${prefix}:rows:%`],
    );
    await deleteExpiredStoreRows(pool);
    const left = await pool.query(`SELECT 1 FROM velocity_entries WHERE key LIKE $1`, [`${prefix}:rows:%`]);
    expect(left.rowCount).toBe(0);
  });

  it('serialize concurrent statements per key: a transaction counts once, at its latest amount', async () => {
    const store = new PostgresVelocityStore(pool, `${prefix}:concurrent`);
    const base = {
      customerId: 'c_concurrent',
      basket: 'src|EUR',
      card: 'fp:concurrent',
      ip: '203.0.113.7',
      transactionKey: 'src|tx-concurrent',
    };
    // Ten workers at once, each with an event of the same transaction (its own amount) and another order.
    const amounts = Array.from({ length: 10 }, (_, i) => 1000 * 2 ** i);
    await Promise.all(
      amounts.map((amount, i) =>
        store.observeMany([
          observation({ ...base, eventKey: `src|evt-c${i}`, amount, at: T0 + i }),
          observation({
            ...base,
            transactionKey: `src|tx-other${i}`,
            eventKey: `src|evt-o${i}`,
            card: `fp:other${i}`,
            amount: 1,
            at: T0 + i,
          }),
        ]),
      ),
    );
    const next = await store.observe(
      observation({ ...base, transactionKey: 'src|tx-next', eventKey: 'src|evt-next', at: T0 + HOUR / 2 }),
    );
    // One of the amounts (never the sum of two entries of one transaction), plus the ten other orders.
    expect(amounts).toContain((next.velocity.amount_for_customer_24h ?? 0) - 10);
    expect(next.velocity).toMatchObject({
      store_order_count: 11,
      attempts_for_card_1h: 1,
      card_count_for_ip_1h: 10, // the eleven cards but this order's own
    });
  });
});
