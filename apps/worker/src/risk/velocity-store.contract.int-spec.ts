import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prepareDatabase } from '@vigil/persistence';
import { createTestConfig, dropTestResources, TEST_REDIS_URL } from '@vigil/testing';
import { PostgresVelocityStore } from './postgres-velocity-store.js';
import { RedisVelocityStore } from './redis-velocity-store.js';
import { type VelocityObservation, type VelocityReading, type VelocityStore } from './velocity-store.js';

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

/** One VelocityStore implementation under test, in a namespace of its own. */
interface Implementation {
  open(): Promise<VelocityStore>;
  /** Every stored counter expires on its own (Redis key TTLs, PostgreSQL row expiries). */
  allExpire(): Promise<boolean>;
  close(): Promise<void>;
}

function postgresImplementation(): Implementation {
  const config = createTestConfig();
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
  return {
    open: async () => {
      await prepareDatabase(config);
      await PostgresVelocityStore.install(pool);
      return new PostgresVelocityStore(pool);
    },
    allExpire: async () => {
      const { rows } = await pool.query<{ n: number; expiring: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE expires_at > now())::int AS expiring
         FROM velocity_entries`,
      );
      return (rows[0]?.n ?? 0) > 0 && rows[0]?.n === rows[0]?.expiring;
    },
    close: async () => {
      await pool.end();
      await dropTestResources(config);
    },
  };
}

function redisImplementation(url: string): Implementation {
  const prefix = `vt_velocity_${randomBytes(4).toString('hex')}`;
  const redis = new Redis(url);
  return {
    open: async () => new RedisVelocityStore(redis, prefix),
    allExpire: async () => {
      const keys = await redis.keys(`${prefix}:*`);
      const ttls = await Promise.all(keys.map((key) => redis.pttl(key)));
      return keys.length > 0 && ttls.every((ttl) => ttl > 0);
    },
    close: async () => {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

/** PostgreSQL always; Redis when the suite has one (TEST_REDIS_URL or REDIS_URL). */
const IMPLEMENTATIONS: Array<[string, () => Implementation]> = [
  ['PostgresVelocityStore', postgresImplementation],
  ...(TEST_REDIS_URL
    ? [
        ['RedisVelocityStore', () => redisImplementation(TEST_REDIS_URL as string)] as [
          string,
          () => Implementation,
        ],
      ]
    : []),
];

/**
 * The VelocityStore contract, run against every implementation present: counts before adding, event time,
 * own entries left out, retries idempotent (spec §3).
 */
describe.each(IMPLEMENTATIONS)('%s', (_name, make) => {
  let implementation: Implementation;
  let store: VelocityStore;

  beforeAll(async () => {
    implementation = make();
    store = await implementation.open();
  });

  afterAll(() => implementation.close());

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

  it('lets every counter expire on its own', async () => {
    await store.observe(
      payment({
        ip: '198.51.100.9',
        email: 'ttl@example.com',
        card: 'fp:ttl',
        customerId: 'c_ttl',
        amount: 5,
      }),
    );
    expect(await implementation.allExpire()).toBe(true);
  });

  it('observes a batch in order, as one call per observation would', async () => {
    const card = 'fp:batch';
    const batch = [1, 2, 3].map((i) => payment({ card, ip: `198.51.100.${20 + i}`, failedPayment: true }));
    const readings = await store.observeMany(batch);
    expect(readings.map((r) => r.velocity.failed_payments_for_card_24h)).toEqual([0, 1, 2]);
  });
});

/** A mixed sequence of every op, replayed on each implementation: the readings must be identical. */
function mixedSequence(): VelocityObservation[] {
  const emails = ['a@example.com', 'b@example.com', null];
  const ips = ['203.0.113.1', '203.0.113.2'];
  const cards = ['fp:1', 'fp:2', 'fp:3', null];
  const sequence: VelocityObservation[] = [];
  for (let i = 0; i < 60; i += 1) {
    const tx = `seq|tx${i % 45}`;
    sequence.push({
      at: T0 + ((i * 7_919) % 30) * 10 * 60_000 - (i % 5 === 0 ? 2 * HOUR : 0),
      transactionKey: tx,
      eventKey: `seq|evt${i}`,
      email: emails[i % 3] ?? null,
      ip: ips[i % 2] ?? null,
      deviceId: i % 4 === 0 ? 'dev-1' : null,
      customerId: i % 6 === 0 ? 'cust-1' : null,
      card: cards[i % 4] ?? null,
      amount: i % 7 === 0 ? null : 100 * (i % 9),
      record: i % 11 !== 0,
      failedPayment: i % 3 === 1,
      customerCreatedAt: i % 13 === 0 ? T0 - 30 * 24 * HOUR : null,
      disputed: i % 17 === 0,
      fraudWarning: i % 19 === 0,
    });
  }
  return sequence;
}

describe('every implementation present', () => {
  it('gives identical readings for the same sequence, one by one and in batches', async () => {
    const results: VelocityReading[][] = [];
    for (const [, make] of IMPLEMENTATIONS) {
      const implementation = make();
      const store = await implementation.open();
      try {
        const sequence = mixedSequence();
        const single: VelocityReading[] = [];
        for (const observation of sequence.slice(0, 30)) single.push(await store.observe(observation));
        const batched = await store.observeMany(sequence.slice(30));
        results.push([...single, ...batched]);
      } finally {
        await implementation.close();
      }
    }
    for (const other of results.slice(1)) expect(other).toEqual(results[0]);
    // The sequence is not trivial: some counters are above zero.
    expect(results[0]?.some((r) => (r.velocity.card_count_for_email_24h ?? 0) > 1)).toBe(true);
  });
});
