import { afterAll, beforeAll, expect } from '@jest/globals';
import pg from 'pg';
import {
  type Page,
  type SourceKind,
  type SourceWithSecretJson,
  type TransactionDetailJson,
  type TransactionJson,
} from '@vigil/contracts';
import { ApiClient, type RunningProcess, spawnApp, waitFor } from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';

/** The api in-process, a real worker process, a signed-in owner and a direct PostgreSQL connection. */
export interface IngestStack {
  api: ApiHarness;
  worker: RunningProcess;
  client: ApiClient;
  db: pg.Client;
  close: () => Promise<void>;
}

export async function startIngestStack(
  overrides: NodeJS.ProcessEnv = {},
  workerEnv: NodeJS.ProcessEnv = {},
): Promise<IngestStack> {
  const api = await startApi(overrides);
  const worker = spawnApp('worker', api.config, workerEnv);
  const client = await ApiClient.login(api.baseUrl);
  const db = new pg.Client({ connectionString: api.config.databaseUrl });
  await db.connect();
  return {
    api,
    worker,
    client,
    db,
    close: async () => {
      await db.end().catch(() => undefined);
      await worker.stop();
      await api.close();
    },
  };
}

/** The stack and the one source a describe block's tests post to; set once its `beforeAll` has run. */
export interface IngestSuite {
  stack: IngestStack;
  source: SourceWithSecretJson;
}

/** Starts an ingest stack with one source before the describe block's tests, and stops it after them. */
export function useIngestSuite(source: { name: string; kind: SourceKind }): IngestSuite {
  // Filled in by beforeAll, like the `let`s it replaces: the tests only run once it has.
  const suite = {} as IngestSuite;
  beforeAll(async () => {
    suite.stack = await startIngestStack();
    suite.source = await suite.stack.client.createSource(source);
  });
  afterAll(() => suite.stack?.close());
  return suite;
}

/** The one transaction of an order of the suite's source, once the given events of it are stored. */
export async function settledOrder(
  { stack, source }: IngestSuite,
  orderId: string | number,
  eventIds: string[],
): Promise<TransactionJson> {
  await waitForStoredEvents(stack.db, source.id, eventIds);
  const found = await findTransactions(stack.client, `sourceId=${source.id}&orderId=${orderId}`);
  expect(found).toHaveLength(1);
  return found[0] as TransactionJson;
}

export interface RawRequest {
  headers: Record<string, string>;
  body: string | Buffer;
}

/** Posts a webhook exactly as given (no client-side JSON handling). */
export function postWebhook(url: string, request: RawRequest): Promise<Response> {
  return fetch(url, { method: 'POST', headers: request.headers, body: request.body });
}

export async function findTransactions(client: ApiClient, query: string): Promise<TransactionJson[]> {
  return (await client.json<Page<TransactionJson>>(`/api/transactions?${query}&limit=500`)).items;
}

export function transactionDetail(client: ApiClient, id: string): Promise<TransactionDetailJson> {
  return client.json<TransactionDetailJson>(`/api/transactions/${id}`);
}

/** How many webhook events of the source are stored under this provider event id. */
export async function storedEventCount(db: pg.Client, sourceId: string, eventId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM webhook_events WHERE source_id = $1 AND event_id = $2',
    [sourceId, eventId],
  );
  return rows[0]?.n ?? 0;
}

/** Waits until the worker has committed these events (the way to know a refused one had its chance too). */
export async function waitForStoredEvents(
  db: pg.Client,
  sourceId: string,
  eventIds: string[],
  timeoutMs = 15_000,
): Promise<void> {
  await waitFor(
    async () => {
      const { rows } = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM webhook_events WHERE source_id = $1 AND event_id = ANY($2::text[])',
        [sourceId, eventIds],
      );
      return rows[0]?.n === eventIds.length;
    },
    timeoutMs,
    `events ${eventIds.join(', ')} to be committed`,
  );
}

/** The parts of a transaction that merging decides (ids and timestamps differ between equal orders). */
export function mergedState(t: TransactionJson): Record<string, unknown> {
  return {
    amount: t.amount,
    currency: t.currency,
    labels: [...t.labels].sort(),
    customer: t.customer,
    billing: t.billing,
    shipping: t.shipping,
    ip: t.ip,
    deviceId: t.deviceId,
    card: t.card,
    checks: t.checks,
  };
}
