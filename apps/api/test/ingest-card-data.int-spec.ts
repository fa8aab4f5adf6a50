import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import pg from 'pg';
import { type SourceWithSecretJson } from '@vigil/contracts';
import {
  ApiClient,
  canonicalOrder,
  type RunningProcess,
  signStandard,
  spawnApp,
  waitFor,
  waitForWorkerReady,
} from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';
import { findTransactions, transactionDetail, waitForStoredEvents } from './ingest-helpers.js';

/** Stripe's Visa test number, however it is spaced. */
const FULL_NUMBER = /4242[\s-]?4242[\s-]?4242[\s-]?4242/;
const MASKED = '424242******4242';
const CVC = '9731';

/** A canonical order whose free-text fields carry a card number and whose body carries a CVC. */
function orderWithCardData(orderId: string): Record<string, unknown> {
  const order = canonicalOrder({ orderId });
  const data = order['data'] as Record<string, unknown>;
  return {
    ...order,
    data: {
      ...data,
      customer: { ...(data['customer'] as object), name: 'Ann 4242 4242 4242 4242' },
      note: 'please charge card 4242-4242-4242-4242 again',
      cvc: CVC,
      card: { ...(data['card'] as object), number: '4242424242424242' },
    },
  };
}

/** Every value stored under the test's key prefix, whatever its Redis type, with its key. */
async function dumpRedis(redis: Redis, prefix: string): Promise<string> {
  const parts: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      let value: unknown;
      if (type === 'string') value = await redis.get(key);
      else if (type === 'hash') value = await redis.hgetall(key);
      else if (type === 'list') value = await redis.lrange(key, 0, -1);
      else if (type === 'set') value = await redis.smembers(key);
      else if (type === 'zset') value = await redis.zrange(key, '0', '-1', 'WITHSCORES');
      else if (type === 'stream') value = await redis.xrange(key, '-', '+');
      parts.push(`${key} ${type} ${JSON.stringify(value)}`);
    }
  } while (cursor !== '0');
  return parts.join('\n');
}

/**
 * Everything BullMQ's PostgreSQL backend keeps (the no-Redis mode), in dumpRedis' shape: a `hash` line per
 * job with its data and failure, and every other table of its schema as JSON.
 */
async function dumpQueueSchema(db: pg.Client): Promise<string> {
  const jobs = await db.query<{ id: string; data: string; failed_reason: string | null }>(
    'SELECT id, data::text AS data, failed_reason FROM bullmq.job',
  );
  const parts = jobs.rows.map(
    (row) =>
      `job:${row.id} hash ${JSON.stringify({ data: row.data, ...(row.failed_reason ? { failedReason: row.failed_reason } : {}) })}`,
  );
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'bullmq' AND table_name <> 'job'`,
  );
  for (const { name } of tables.rows) {
    const rows = await db.query<{ dump: string | null }>(
      `SELECT json_agg(t)::text AS dump FROM bullmq.${pg.escapeIdentifier(name)} t`,
    );
    parts.push(`${name} table ${rows.rows[0]?.dump ?? '[]'}`);
  }
  return parts.join('\n');
}

/** The webhook body inside the queued BullMQ job of this event id (found in a dump line of its hash). */
function queuedBody(dump: string, eventId: string): Record<string, unknown> {
  const line = dump.split('\n').find((l) => l.includes(' hash ') && l.includes(eventId)) ?? '';
  const hash = JSON.parse(line.slice(line.indexOf(' hash ') + 6)) as { data: string };
  // A job holds one event, or an envelope of the events acknowledged together (docs/pipeline.md "Envelopes").
  const job = JSON.parse(hash.data) as {
    body?: string;
    eventId?: string;
    events?: { eventId: string; body: string }[];
  };
  const event = job.events ? job.events.find((queued) => queued.eventId === eventId) : job;
  if (event?.body === undefined) throw new Error(`no queued body for ${eventId} in ${hash.data}`);
  return JSON.parse(event.body) as Record<string, unknown>;
}

/** docs/security.md#card-numbers: no full card number or CVC anywhere Vigil keeps or shows data. */
describe('card data never stored', () => {
  let api: ApiHarness;
  let client: ApiClient;
  let db: pg.Client;
  let redis: Redis | null;
  const workers: RunningProcess[] = [];
  let source: SourceWithSecretJson;

  const startWorker = (): RunningProcess => {
    const worker = spawnApp('worker', api.config, { LOG_LEVEL: 'debug' });
    workers.push(worker);
    return worker;
  };
  const stopWorkers = () => Promise.all(workers.map((worker) => worker.stop()));
  const post = (target: SourceWithSecretJson, id: string, orderId: string) =>
    fetch(target.ingestUrl, {
      method: 'POST',
      ...signStandard(target.secret, id, orderWithCardData(orderId)),
    });

  /** Whatever the queue store holds: Redis keys, or BullMQ's PostgreSQL schema. */
  const dumpQueue = (): Promise<string> =>
    redis ? dumpRedis(redis, api.config.redisPrefix) : dumpQueueSchema(db);

  beforeAll(async () => {
    api = await startApi();
    client = await ApiClient.login(api.baseUrl);
    db = new pg.Client({ connectionString: api.config.databaseUrl });
    await db.connect();
    redis = api.config.redisUrl ? new Redis(api.config.redisUrl) : null;
    source = await client.createSource({ name: 'Store', kind: 'standard' });
  });
  afterAll(async () => {
    await stopWorkers();
    redis?.disconnect();
    await db?.end();
    await api?.close();
  });

  it('queues the event with the number masked and the CVC dropped', async () => {
    const response = await post(source, 'msg_card_1', 'CARD-1');
    expect(response.status).toBe(202);
    expect(await response.text()).not.toMatch(FULL_NUMBER);
    // No worker yet: the job is waiting in Redis exactly as the api queued it.
    const dump = await dumpQueue();
    expect(dump).toContain('msg_card_1');
    expect(dump).toContain(MASKED);
    expect(dump).not.toMatch(FULL_NUMBER);
    expect(queuedBody(dump, 'msg_card_1')).not.toHaveProperty('data.cvc');
  });

  it('stores and shows only the masked form once processed', async () => {
    await waitForWorkerReady(startWorker());
    await waitForStoredEvents(db, source.id, ['msg_card_1'], 20_000);
    const [transaction] = await findTransactions(client, 'orderId=CARD-1');
    expect(transaction).toBeDefined();
    expect(transaction?.customer.name).toBe(`Ann ${MASKED}`);
    expect(transaction?.card).toMatchObject({ bin: '424242', last4: '4242' });

    const payloads = await db.query<{ text: string; cvc: string | null }>(
      `SELECT payload::text AS text, payload->'data'->>'cvc' AS cvc FROM webhook_events WHERE source_id = $1`,
      [source.id],
    );
    const payloadText = payloads.rows.map((row) => row.text).join('\n');
    expect(payloadText).toContain(MASKED);
    expect(payloadText).not.toMatch(FULL_NUMBER);
    expect(payloads.rows.every((row) => row.cvc === null)).toBe(true);
    const rows = await db.query<{ text: string }>('SELECT t::text AS text FROM transactions t');
    expect(rows.rows.map((row) => row.text).join('\n')).not.toMatch(FULL_NUMBER);

    const detail = await client.request(`/api/transactions/${transaction?.id}`);
    const detailText = await detail.text();
    expect(detailText).toContain(MASKED);
    expect(detailText).not.toMatch(FULL_NUMBER);
    expect(detailText).not.toContain(`"cvc":"${CVC}"`);
    const timeline = (await transactionDetail(client, transaction?.id ?? '')).timeline;
    expect(JSON.stringify(timeline[0]?.payload)).toContain(`please charge card ${MASKED} again`);
    const list = await (await client.request('/api/transactions?orderId=CARD-1')).text();
    expect(list).not.toMatch(FULL_NUMBER);
  });

  it('keeps failed jobs free of card data too', async () => {
    // A job whose source disappears before processing fails and stays in Redis with its error.
    const doomed = await client.createSource({ name: 'Doomed', kind: 'standard' });
    await stopWorkers();
    expect((await post(doomed, 'msg_card_doomed', 'CARD-DOOMED')).status).toBe(202);
    await db.query('DELETE FROM sources WHERE id = $1', [doomed.id]);
    await waitForWorkerReady(startWorker());
    await waitFor(async () => (await dumpQueue()).includes('failedReason'), 20_000, 'the job to fail');
    const dump = await dumpQueue();
    expect(dump).toContain('msg_card_doomed');
    expect(dump).toContain(MASKED);
    expect(dump).not.toMatch(FULL_NUMBER);
  });

  it('never writes a card number to the worker output', async () => {
    expect(workers).toHaveLength(2);
    for (const worker of workers) {
      // The output is really captured (the worker may print this after it started processing).
      await waitForWorkerReady(worker);
      expect(worker.output()).not.toMatch(FULL_NUMBER);
    }
  });
});
