import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { LIVE_NAMESPACE, type SourceWithSecretJson, type TransactionJson } from '@vigil/contracts';
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
import { findTransactions, waitForStoredEvents } from './ingest-helpers.js';
import { queueStoreOutage } from './queue-store-outage.js';

const outage = queueStoreOutage();

/**
 * docs/api.md#reliability: never a 2xx for an event that is not safely queued while the store carrying the
 * queue (Redis, or PostgreSQL without Redis) is away; recovery needs no restart.
 */
describe(`${outage.name} outage during ingestion`, () => {
  let api: ApiHarness;
  let worker: RunningProcess;
  let client: ApiClient;
  let db: pg.Client;
  let source: SourceWithSecretJson;
  let live: Socket;
  const seenLive: TransactionJson[] = [];

  /** A PostgreSQL outage cuts the test's own connection too: a fresh one afterwards. */
  const connectTestClient = async (): Promise<pg.Client> => {
    const connection = new pg.Client({ connectionString: api.config.databaseUrl });
    connection.on('error', () => undefined);
    await connection.connect();
    return connection;
  };

  beforeAll(async () => {
    api = await startApi(await outage.env());
    await outage.attach(api.config.databaseUrl);
    worker = spawnApp('worker', api.config);
    await waitForWorkerReady(worker);
    client = await ApiClient.login(api.baseUrl);
    db = await connectTestClient();
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
    await db?.end().catch(() => undefined);
    await outage.beforeApiClose();
    await api?.close();
    await outage.afterApiClose();
  });

  const post = (id: string, orderId: string) =>
    fetch(source.ingestUrl, {
      method: 'POST',
      ...signStandard(source.secret, id, canonicalOrder({ orderId })),
      // A hang is a failure too: the provider must get an answer it can act on.
      signal: AbortSignal.timeout(15_000),
    });

  it(`accepts while ${outage.name} is up`, async () => {
    const response = await post('msg_before', 'OUT-BEFORE');
    expect(response.status).toBe(202);
    await waitForStoredEvents(db, source.id, ['msg_before']);
    // Fully handled, live push included, before the store goes away.
    await waitFor(() => seenLive.some((t) => t.orderId === 'OUT-BEFORE'), 10_000, 'the live push');
  });

  it(`answers 503 with Retry-After, promptly, once ${outage.name} is gone`, async () => {
    await outage.cut();
    const response = await post('msg_during', 'OUT-DURING');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBeTruthy();
    expect(((await response.json()) as { message: string }).message).toMatch(/could not be queued/);
  });

  it(`recovers by itself when ${outage.name} is back, and the retried event is processed`, async () => {
    await outage.restore();
    await db.end().catch(() => undefined);
    db = await connectTestClient();
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
