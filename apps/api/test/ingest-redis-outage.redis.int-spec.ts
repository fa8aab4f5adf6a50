import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { LIVE_NAMESPACE, type SourceWithSecretJson, type TransactionJson } from '@vigil/contracts';
import {
  ApiClient,
  canonicalOrder,
  freePort,
  PrivateRedis,
  type RunningProcess,
  signStandard,
  spawnApp,
  waitFor,
} from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';
import { findTransactions, waitForStoredEvents } from './ingest-helpers.js';

/** docs/api.md#reliability: never a 2xx for an event that is not safely queued; recovery needs no restart. */
describe('Redis outage during ingestion', () => {
  let redis: PrivateRedis;
  let api: ApiHarness;
  let worker: RunningProcess;
  let client: ApiClient;
  let db: pg.Client;
  let source: SourceWithSecretJson;
  let live: Socket;
  const seenLive: TransactionJson[] = [];

  beforeAll(async () => {
    redis = new PrivateRedis(await freePort());
    await redis.start();
    api = await startApi({ REDIS_URL: redis.url });
    worker = spawnApp('worker', api.config);
    client = await ApiClient.login(api.baseUrl);
    db = new pg.Client({ connectionString: api.config.databaseUrl });
    await db.connect();
    source = await client.createSource({ name: 'Store', kind: 'standard' });
    live = io(`${api.baseUrl}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      auth: { token: client.bearer },
      forceNew: true,
    });
    live.on('transaction.created', (payload: TransactionJson | TransactionJson[]) =>
      seenLive.push(...(Array.isArray(payload) ? payload : [payload])),
    );
    await waitFor(() => live.connected, 5_000, 'the live socket to connect');
  });

  afterAll(async () => {
    live?.close();
    await worker?.stop();
    await db?.end();
    // Closing the api also clears its keys, which needs its Redis up.
    if (redis && !redis.running) await redis.start().catch(() => undefined);
    await api?.close();
    await redis?.kill();
  });

  const post = (id: string, orderId: string) =>
    fetch(source.ingestUrl, {
      method: 'POST',
      ...signStandard(source.secret, id, canonicalOrder({ orderId })),
      // A hang is a failure too: the provider must get an answer it can act on.
      signal: AbortSignal.timeout(15_000),
    });

  it('accepts while Redis is up', async () => {
    const response = await post('msg_before', 'OUT-BEFORE');
    expect(response.status).toBe(202);
    await waitForStoredEvents(db, source.id, ['msg_before']);
    // Fully handled, live push included, before Redis goes away.
    await waitFor(() => seenLive.some((t) => t.orderId === 'OUT-BEFORE'), 10_000, 'the live push');
  });

  it('answers 503 with Retry-After, promptly, once Redis is gone', async () => {
    await redis.kill();
    const response = await post('msg_during', 'OUT-DURING');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBeTruthy();
    expect(((await response.json()) as { message: string }).message).toMatch(/could not be queued/);
  });

  it('recovers by itself when Redis is back, and the retried event is processed', async () => {
    await redis.start();
    // The provider retries the refused delivery until it is acknowledged.
    const status = await waitFor(
      async () => {
        const response = await post('msg_during', 'OUT-DURING');
        return response.status === 202 ? response.status : undefined;
      },
      20_000,
      'the api to accept again',
    );
    expect(status).toBe(202);
    await waitForStoredEvents(db, source.id, ['msg_before', 'msg_during'], 30_000);
    expect(await findTransactions(client, 'orderId=OUT-BEFORE')).toHaveLength(1);
    expect(await findTransactions(client, 'orderId=OUT-DURING')).toHaveLength(1);
    const after = await post('msg_after', 'OUT-AFTER');
    expect(after.status).toBe(202);
    await waitForStoredEvents(db, source.id, ['msg_after'], 30_000);
    expect(api.app.getHttpServer().listening).toBe(true);
    expect(worker.child.exitCode).toBeNull();
  });
});
