import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type SourceWithSecretJson } from '@vigil/contracts';
import pg from 'pg';
import { createIngestQueue, type DeadLetter, useQueueBackend } from '@vigil/pipeline';
import {
  type ApiClient,
  canonicalOrder,
  pgAdminUrl,
  type PrivateRedis,
  TEST_MODE,
  waitFor,
} from '@vigil/testing';
import { BackgroundPoster, FaultStack, freePort, persistentRedis } from './fault-harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * docs/api.md#reliability under load, in the suite's mode: whatever fails (a worker killed, the queue store
 * away — Redis restarted, or PostgreSQL refusing connections without Redis — PostgreSQL connections cut, a
 * SIGTERM), every acknowledged webhook ends up stored exactly once, nobody has to step in, and what fails for
 * good waits in the dead letters for the owner to replay.
 */
describe('faults under load', () => {
  let redis: PrivateRedis | null = null;
  let stack: FaultStack;
  let owner: ApiClient;
  let source: SourceWithSecretJson;

  const poster = (prefix: string) => new BackgroundPoster(() => source.ingestUrl, source.secret, prefix);

  /** Load for a while, the fault in the middle, load again: then every ack must be stored once. */
  async function underLoad(prefix: string, fault: () => Promise<void>): Promise<BackgroundPoster> {
    const load = poster(prefix);
    load.start();
    try {
      await sleep(1_500);
      await fault();
      await sleep(1_500);
    } finally {
      await load.close();
    }
    // Enough load to mean something. Without Redis a fault of PostgreSQL also stops acknowledgements (the
    // queue is in it), so fewer arrive.
    expect(load.acknowledged.size).toBeGreaterThan(TEST_MODE === 'redis' ? 100 : 25);
    await stack.expectExactlyOnce(source.id, load.acknowledged);
    return load;
  }

  beforeAll(async () => {
    if (TEST_MODE === 'redis') {
      redis = persistentRedis(await freePort());
      await redis.start();
    }
    stack = await FaultStack.start({
      ...(redis ? { REDIS_URL: redis.url } : {}),
      VIGIL_WORKER_CONCURRENCY: '200',
    });
    owner = await stack.owner();
    source = await owner.createSource({ name: 'faults', kind: 'standard' });
  });

  afterAll(async () => {
    await stack?.close();
    await redis?.destroy();
  });

  it('loses nothing when the worker is killed with SIGKILL mid-stream and started again', async () => {
    await underLoad('kill9', async () => {
      stack.worker.child.kill('SIGKILL');
      await stack.worker.exited;
      await sleep(1_000);
      stack.startWorker();
    });
  });

  /** The queue store goes away for 1.5 s: Redis stops (AOF), or PostgreSQL refuses every connection. */
  async function queueStoreOutage(): Promise<void> {
    if (redis) {
      await redis.stop();
      await sleep(1_500);
      await redis.start();
      return;
    }
    // From the server's own database: a database cannot refuse connections from a session inside it.
    const admin = new pg.Client({ connectionString: pgAdminUrl() });
    await admin.connect();
    const name = pg.escapeIdentifier(stack.databaseName);
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    const until = Date.now() + 1_500;
    try {
      while (Date.now() < until) {
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
          stack.databaseName,
        ]);
        await sleep(100);
      }
    } finally {
      await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
      await admin.end();
      await stack.reconnectDb();
    }
  }

  it(`loses nothing when the queue store (${TEST_MODE}) goes away mid-stream, and recovers without help`, async () => {
    const load = await underLoad('outage', queueStoreOutage);
    // While it was away the api refused (503) rather than acknowledge what it could not queue.
    expect(load.statuses['503'] ?? 0).toBeGreaterThan(0);
  });

  it('loses nothing while the worker keeps losing its PostgreSQL connections', async () => {
    await underLoad('pgkill', async () => {
      const until = Date.now() + 4_000;
      while (Date.now() < until) {
        await stack.db.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [stack.databaseName],
        );
        await sleep(200);
      }
    });
  });

  it('drains on SIGTERM: both exit 0 within 15 s, and what was in flight is answered or retried', async () => {
    await underLoad('sigterm', async () => {
      const started = Date.now();
      const [api, worker] = await Promise.all([stack.api.stop('SIGTERM'), stack.worker.stop('SIGTERM')]);
      expect({ api, worker }).toEqual({ api: 0, worker: 0 });
      expect(Date.now() - started).toBeLessThan(15_000);
      await stack.startApi();
      stack.startWorker();
    });
  });

  it('loses nothing when the worker is killed with an envelope half committed', async () => {
    useQueueBackend(stack.config);
    const pool = new pg.Pool({ connectionString: stack.config.databaseUrl, max: 2 });
    const queue = createIngestQueue(stack.config, pool);
    try {
      // No consumer while the envelope is queued, then a slow one (one event per database transaction), so the
      // kill lands after some of the envelope's events are committed and before the rest are.
      await stack.worker.stop('SIGTERM');
      const ids = Array.from({ length: 400 }, (_, i) => `half_${i}`);
      // Enqueued in one turn of the event loop: one envelope job.
      const answers = await Promise.all(
        ids.map((id, i) =>
          queue.enqueue({
            sourceId: source.id,
            kind: 'standard',
            eventId: id,
            receivedAt: new Date().toISOString(),
            body: JSON.stringify(canonicalOrder({ orderId: `half-${i}` })),
            headers: { 'webhook-id': id },
          }),
        ),
      );
      expect(answers.every((answer) => answer.duplicate === false)).toBe(true);
      stack.startWorker({ VIGIL_WORKER_CONCURRENCY: '2' });
      const committed = await waitFor(
        async () => {
          const { missing } = await stack.stored(source.id, new Set(ids));
          const done = ids.length - missing.length;
          return done >= 20 ? done : undefined;
        },
        60_000,
        'part of the envelope committed',
      );
      stack.worker.child.kill('SIGKILL');
      await stack.worker.exited;
      // Half committed: the kill interrupted the envelope, it did not come after it.
      expect(committed).toBeLessThan(ids.length);
      stack.startWorker();
      // The envelope's job goes back to the queue once its lock expires; its committed events are duplicates.
      await stack.expectExactlyOnce(source.id, new Set(ids));
    } finally {
      await queue.close();
      await pool.end();
      // The next tests need a worker whatever happened here.
      if (stack.worker.child.exitCode !== null || stack.worker.child.signalCode !== null) stack.startWorker();
    }
  });

  it('dead-letters a poison event alone, shows it to the owner, and replays it once fixed', async () => {
    const missingSource = randomUUID();
    useQueueBackend(stack.config);
    const pool = new pg.Pool({ connectionString: stack.config.databaseUrl, max: 2 });
    const queue = createIngestQueue(stack.config, pool);
    const load = poster('poison');
    try {
      load.start();
      // A job for a source the database does not have: it can never be stored as it is.
      await queue.enqueue({
        sourceId: missingSource,
        kind: 'standard',
        eventId: 'msg_poison',
        receivedAt: new Date().toISOString(),
        body: JSON.stringify(canonicalOrder({ orderId: 'poison-1' })),
        headers: { 'webhook-id': 'msg_poison' },
      });
      await sleep(1_500);
      await load.stop();
      // The events batched with it went through.
      await stack.expectExactlyOnce(source.id, load.acknowledged);

      let letter: DeadLetter | undefined;
      await waitFor(
        async () => {
          const page = await owner.json<{ items: DeadLetter[]; total: number }>('/api/dead-letters');
          letter = page.items.find((item) => item.eventId === 'msg_poison');
          return letter !== undefined;
        },
        30_000,
        'the poison job in the dead letters',
      );
      expect(letter).toMatchObject({ sourceId: missingSource, kind: 'standard' });

      // The owner fixes the cause (here: the source exists after all) and replays it.
      await stack.db.query('CREATE TEMP TABLE copied AS SELECT * FROM sources WHERE id = $1', [source.id]);
      await stack.db.query(`UPDATE copied SET id = $1, name = 'restored'`, [missingSource]);
      await stack.db.query('INSERT INTO sources SELECT * FROM copied');
      const replay = await owner.request(`/api/dead-letters/${encodeURIComponent(letter?.id ?? '')}/replay`, {
        method: 'POST',
      });
      expect(replay.status).toBe(200);
      await stack.expectExactlyOnce(missingSource, new Set(['msg_poison']), 30_000);
      const page = await owner.json<{ items: DeadLetter[] }>('/api/dead-letters');
      expect(page.items.some((item) => item.eventId === 'msg_poison')).toBe(false);
    } finally {
      await load.close();
      await queue.close();
      await pool.end();
    }
  });
});
