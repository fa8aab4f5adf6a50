import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prepareDatabase } from '@vigil/persistence';
import { deleteExpiredStoreRows } from '@vigil/pipeline';
import { createTestConfig, createTestPool, dropTestResources, TEST_REDIS_URL } from '@vigil/testing';
import { MemoryVelocityStore } from './memory-velocity-store.js';
import { PostgresVelocityStore } from './postgres-velocity-store.js';
import { RedisVelocityStore } from './redis-velocity-store.js';
import { velocityKey } from './velocity-plan.js';
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
  pool = createTestPool(config.databaseUrl, 12);
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

/**
 * The `S` op (amount_for_customer_24h) against a plain model of its semantics (velocity-ops.ts SumOp), in every
 * store: the sum of the latest amounts of the customer's other transactions first recorded in [at − 24 h, at],
 * however many (the stores keep hour sums; the model keeps a list). Trimming is part of what every store does
 * (entries older than at − keep go on a recording event whose time is divisible by 8), so the model does it too.
 */
const SUM_WINDOW = 24 * HOUR;

class SpendModel {
  /** Per customer: transaction → first time and latest amount. */
  private readonly customers = new Map<string, Map<string, { at: number; amount: number }>>();
  /** The most other entries any reading summed. */
  widest = 0;

  constructor(entries: Array<{ customer: string; tx: string; at: number; amount: number }> = []) {
    for (const { customer, tx, at, amount } of entries) this.entries(customer).set(tx, { at, amount });
  }

  private entries(customer: string): Map<string, { at: number; amount: number }> {
    let entries = this.customers.get(customer);
    if (!entries) this.customers.set(customer, (entries = new Map()));
    return entries;
  }

  observe(obs: VelocityObservation): number {
    const entries = this.entries(obs.customerId as string);
    let sum = 0;
    let n = 0;
    for (const [tx, { at, amount }] of entries)
      if (tx !== obs.transactionKey && at >= obs.at - SUM_WINDOW && at <= obs.at) {
        sum += amount;
        n += 1;
      }
    this.widest = Math.max(this.widest, n);
    if (obs.record && obs.amount !== null) {
      const amount = Math.round(obs.amount);
      const own = entries.get(obs.transactionKey);
      entries.set(obs.transactionKey, { at: own?.at ?? obs.at, amount });
      if (obs.at % 8 === 0)
        for (const [tx, { at }] of entries) if (at < obs.at - SUM_WINDOW) entries.delete(tx);
    }
    return sum;
  }
}

/** Observations that only carry a customer and an amount (the S op, with first seen and the profile's read). */
function spendObservation(customer: string, tx: string, at: number, amount: number | null, record = true) {
  return {
    ...(velocitySequence(1, 1)[0] as VelocityObservation),
    at,
    transactionKey: tx,
    eventKey: `${tx}|${at}|${amount}`,
    email: null,
    ip: null,
    deviceId: null,
    card: null,
    ipNetwork: null,
    shippingAddress: null,
    basket: null,
    customerId: customer,
    amount,
    record,
    purchase: record,
    failedPayment: false,
    fraudDecline: false,
    customerCreatedAt: null,
    disputed: false,
    fraudWarning: false,
  } satisfies VelocityObservation;
}

/**
 * A hot customer (a bot: an order every ~35 s, 1,500+ within 24 h) and a few ordinary ones; times mostly moving
 * forward, with events out of order within and across hour boundaries, exactly on hour boundaries, entries
 * exactly on (and 1 ms inside) the window's first instant, the same transaction again (a new amount, or the same, at another time),
 * label events (record off) and events without an amount.
 */
function spendSequence(seed: number, length: number): VelocityObservation[] {
  const random = seededRandom(seed);
  const out: VelocityObservation[] = [];
  const customers = ['hot', 'c1', 'c2', 'c3'];
  let now = T0 + Math.floor(random() * HOUR);
  for (let i = 0; i < length; i += 1) {
    const customer = random() < 0.7 ? 'hot' : (customers[1 + Math.floor(random() * 3)] as string);
    now += Math.floor(random() * 50_000);
    let at = now;
    const roll = random();
    if (roll < 0.1)
      at = now - Math.floor(random() * 3 * HOUR); // out of order, often across an hour
    else if (roll < 0.15)
      at = Math.ceil(now / HOUR) * HOUR; // exactly on an hour boundary
    else if (roll < 0.22) {
      // an entry on the window's first instant (or 1 ms inside), then a reading at \`now\` that has it there
      const edge = now - SUM_WINDOW + (random() < 0.5 ? 0 : 1);
      out.push(spendObservation(customer, `src|s${seed}-${i}-edge`, edge, Math.floor(random() * 50_000)));
    }
    const amount = random() < 0.05 ? null : Math.floor(random() ** 2 * 50_000);
    if (random() < 0.15 && out.length > 0) {
      // another event of an earlier transaction: maybe a new amount, at its own time or later
      const earlier = out[Math.floor(random() * out.length)] as VelocityObservation;
      out.push(
        spendObservation(
          earlier.customerId as string,
          earlier.transactionKey,
          random() < 0.5 ? earlier.at : at,
          random() < 0.6 ? amount : earlier.amount,
          random() > 0.1,
        ),
      );
      continue;
    }
    out.push(spendObservation(customer, `src|s${seed}-${i}`, at, amount, random() > 0.08));
  }
  return out;
}

const spendStores: Array<[string, (run: string) => VelocityStore]> = [
  ['Memory', () => new MemoryVelocityStore()],
  ...stores,
];

describe.each(spendStores)('%s velocity store, customer spend (S)', (name, makeStore) => {
  /** [seed, observations, batch sizes drawn from]. */
  const RUNS: Array<[number, number, number[]]> = [
    [11, 2000, [1]],
    [12, 2000, [3, 40]],
    [13, 2500, [250]],
    [14, 2500, [1, 7, 64, 200]],
  ];

  it.each(RUNS)(
    'reads the model’s sums (seed %i, %i observations, batches of %j)',
    async (seed, length, sizes) => {
      const store = makeStore(`spend${seed}`);
      const model = new SpendModel();
      const observations = spendSequence(seed, length);
      const random = seededRandom(seed * 31);
      const differences: string[] = [];
      let at = 0;
      while (at < observations.length) {
        const batch = observations.slice(at, at + (sizes[Math.floor(random() * sizes.length)] as number));
        const readings = await store.observeMany(batch);
        batch.forEach((obs, i) => {
          const expected = model.observe(obs);
          const got = readings[i]?.velocity.amount_for_customer_24h;
          if (got !== expected)
            differences.push(
              `#${at + i} ${obs.transactionKey} at ${obs.at}: ${name} ${got}, model ${expected}`,
            );
        });
        at += batch.length;
      }
      expect(differences.slice(0, 3)).toEqual([]);
      // The hot customer's window really held more than the 1,000 entries the op used to read.
      expect(model.widest).toBeGreaterThan(1000);
    },
  );
});

/**
 * Keys and rows written before the hour sums (members '<transaction>|<amount>' scored by first time, nothing
 * else) read on correctly: built into the new layout the first time they are touched.
 */
describe('customer spend (S) written by the earlier layout', () => {
  const oldEntries = (customer: string, n: number, start: number) =>
    Array.from({ length: n }, (_, i) => ({
      customer,
      tx: `src|old-${customer}-${i}`,
      at: start + Math.floor((i * 20 * HOUR) / n) + (i % 5),
      amount: (i * 7919) % 30_000,
    }));
  // A hot customer with more than 1,000 entries, an ordinary one, and one with an entry already past the window.
  const entries = [
    ...oldEntries('hot', 1500, T0),
    ...oldEntries('c1', 12, T0 + HOUR),
    { customer: 'c2', tx: 'src|old-c2-stale', at: T0 - 30 * HOUR, amount: 999 },
    { customer: 'c2', tx: 'src|old-c2', at: T0 + 2 * HOUR, amount: 50 },
  ];
  const after = (): VelocityObservation[] => {
    const random = seededRandom(99);
    const out: VelocityObservation[] = [];
    let now = T0 + 20 * HOUR;
    for (let i = 0; i < 400; i += 1) {
      now += Math.floor(random() * 10 * 60_000);
      const customer = ['hot', 'hot', 'c1', 'c2'][i % 4] as string;
      const old = entries.filter((e) => e.customer === customer);
      // Old transactions again (a new amount for some), and new ones.
      const tx =
        random() < 0.3 ? (old[Math.floor(random() * old.length)] as { tx: string }).tx : `src|new-${i}`;
      out.push(spendObservation(customer, tx, now, Math.floor(random() * 20_000)));
    }
    return out;
  };

  const writers: Array<[string, (run: string) => { store: VelocityStore; write: () => Promise<void> }]> = [
    [
      'PostgreSQL',
      (run) => ({
        store: new PostgresVelocityStore(pool, `${prefix}:${run}`),
        write: async () => {
          for (const e of entries)
            await pool.query(
              `INSERT INTO velocity_entries (key, member, at, expires_at)
               VALUES ($1, $2, $3, now() + interval '1 day')`,
              [
                velocityKey(`${prefix}:${run}:velocity`, 'amount-by-customer', e.customer),
                `${e.tx}|${e.amount}`,
                e.at,
              ],
            );
        },
      }),
    ],
  ];
  if (TEST_REDIS_URL)
    writers.push([
      'Redis',
      (run) => ({
        store: new RedisVelocityStore(redis as Redis, `${prefix}:${run}`),
        write: async () => {
          const client = redis as Redis;
          for (const e of entries) {
            const key = velocityKey(`${prefix}:${run}:velocity`, 'amount-by-customer', e.customer);
            await client.zadd(key, String(e.at), `${e.tx}|${e.amount}`);
            await client.pexpire(key, SUM_WINDOW);
          }
        },
      }),
    ]);

  it.each(writers)('%s: read on correctly, in batches and one by one', async (_name, make) => {
    for (const batch of [1, 50]) {
      const { store, write } = make(`upgrade${batch}`);
      await write();
      const model = new SpendModel(entries);
      const observations = after();
      const got: Array<number | undefined> = [];
      for (let i = 0; i < observations.length; i += batch) {
        const readings = await store.observeMany(observations.slice(i, i + batch));
        got.push(...readings.map((r) => r.velocity.amount_for_customer_24h));
      }
      const expected = observations.map((obs) => model.observe(obs));
      expect(got).toEqual(expected);
      // The old entries did count (the first reading of the hot customer sums a thousand-odd of them).
      expect(expected[0]).toBeGreaterThan(1_000_000);
    }
  });
});
