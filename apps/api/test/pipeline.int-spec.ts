import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { LIVE_NAMESPACE, type Page, type SourceWithSecretJson, type TransactionJson } from '@vigil/contracts';
import {
  ApiClient,
  canonicalOrder,
  createTestPool,
  type RunningProcess,
  signStandard,
  spawnApp,
  waitFor,
  waitForWorkerReady,
} from '@vigil/testing';
import { randomUUID } from 'node:crypto';
import { createIngestQueue, type DeadLetter, type IngestJobData, type IngestQueue } from '@vigil/pipeline';
import { type ApiHarness, startApi } from './api-harness.js';

function connectLive(baseUrl: string, auth: Record<string, string> = {}): Socket {
  return io(`${baseUrl}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
    auth,
    reconnection: false,
    forceNew: true,
  });
}

function collect(socket: Socket, event: string): TransactionJson[] {
  const received: TransactionJson[] = [];
  socket.on(event, (payload: TransactionJson | TransactionJson[]) =>
    received.push(...(Array.isArray(payload) ? payload : [payload])),
  );
  return received;
}

/** The walking skeleton's promise: one signed webhook travels from POST to a live socket.io client. */
describe('webhook → queue → worker → PostgreSQL → live channel', () => {
  let api: ApiHarness;
  let worker: RunningProcess;
  let client: ApiClient;
  let source: SourceWithSecretJson;
  let socket: Socket;
  let created: TransactionJson[];

  beforeAll(async () => {
    api = await startApi();
    worker = spawnApp('worker', api.config);
    await waitForWorkerReady(worker);
    client = await ApiClient.login(api.baseUrl);
    source = await client.createSource({ name: 'Test store', kind: 'standard' });
    socket = connectLive(api.baseUrl, { token: client.bearer });
    created = collect(socket, 'transaction.created');
    await waitFor(() => socket.connected, 5_000, 'live socket to connect');
  });

  afterAll(async () => {
    socket?.close();
    await worker?.stop();
    await api?.close();
  });

  /** An acknowledged webhook as the api queues it, but without the api's normalized copy (older versions). */
  const queuedJob = (sourceId: string, eventId: string, orderId: string): IngestJobData => ({
    sourceId,
    kind: 'standard',
    eventId,
    receivedAt: new Date().toISOString(),
    body: JSON.stringify(canonicalOrder({ orderId })),
    headers: { 'webhook-id': eventId },
  });

  async function withQueue(work: (queue: IngestQueue) => Promise<void>): Promise<void> {
    const pool = createTestPool(api.config.databaseUrl, 2);
    const queue = createIngestQueue(api.config, pool);
    try {
      await work(queue);
    } finally {
      await queue.close();
      await pool.end();
    }
  }

  const stored = async (orderId: string) =>
    (await client.json<Page<TransactionJson>>(`/api/transactions?orderId=${orderId}`)).total;

  const post = (signed: { headers: Record<string, string>; body: string }) =>
    fetch(source.ingestUrl, { method: 'POST', headers: signed.headers, body: signed.body });

  it('accepts a signed event with 202, stores it and pushes it to the live channel', async () => {
    const response = await post(signStandard(source.secret, 'msg_first', canonicalOrder({ orderId: 'A-1' })));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ received: true, duplicate: false });

    const live = await waitFor(
      () => created.find((t) => t.orderId === 'A-1'),
      10_000,
      'transaction.created on the socket',
    );
    expect(live).toMatchObject({
      sourceId: source.id,
      orderId: 'A-1',
      amount: 12999,
      currency: 'EUR',
      status: 'approved',
    });
    expect(live.customer.email).toBe('ann@example.com');
    expect(live.card).toEqual({
      bin: '424242',
      last4: '4242',
      brand: 'visa',
      country: 'IE',
      fingerprint: 'fp_1',
    });

    const page = await client.json<Page<TransactionJson>>('/api/transactions?orderId=A-1');
    expect(page.total).toBe(1);
    expect(page.items[0]?.id).toBe(live.id);
  });

  it('refuses a wrong signature with 401 and stores nothing', async () => {
    const signed = signStandard(
      'whsec_' + Buffer.from('not-the-right-secret-at-all!!').toString('base64'),
      'msg_forged',
      canonicalOrder({ orderId: 'FORGED' }),
    );
    const response = await post(signed);
    expect(response.status).toBe(401);
    expect((await response.json()) as { message: string }).toMatchObject({
      message: expect.stringMatching(/signature/i),
    });
    // Give a (wrongly) queued job time to show up before asserting it never did.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const page = await client.json<Page<TransactionJson>>('/api/transactions?orderId=FORGED');
    expect(page.total).toBe(0);
  });

  it('stores one transaction when the same webhook id is posted twice', async () => {
    const first = await post(signStandard(source.secret, 'msg_twice', canonicalOrder({ orderId: 'TWICE' })));
    const second = await post(
      signStandard(source.secret, 'msg_twice', canonicalOrder({ orderId: 'TWICE', amount: 1 })),
    );
    expect(first.status).toBe(202);
    expect(await second.json()).toEqual({ received: true, duplicate: true });
    await waitFor(
      () => created.find((t) => t.orderId === 'TWICE'),
      10_000,
      'the first delivery to be processed',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const page = await client.json<Page<TransactionJson>>('/api/transactions?orderId=TWICE');
    expect(page.total).toBe(1);
    expect(page.items[0]?.amount).toBe(12999);
    const detail = await client.json<{ timeline: unknown[] }>(`/api/transactions/${page.items[0]?.id}`);
    expect(detail.timeline).toHaveLength(1);
  });

  it('merges later events of the same order into its transaction', async () => {
    await post(signStandard(source.secret, 'msg_merge_1', canonicalOrder({ orderId: 'MERGE' })));
    const refund = {
      type: 'refund.created',
      timestamp: new Date().toISOString(),
      data: { orderId: 'MERGE' },
    };
    await post(signStandard(source.secret, 'msg_merge_2', refund));
    const merged = await waitFor(
      async () => {
        const page = await client.json<Page<TransactionJson>>('/api/transactions?orderId=MERGE');
        return page.items[0]?.labels.includes('refunded') ? page : undefined;
      },
      10_000,
      'the refund to label the order',
    );
    expect(merged.total).toBe(1);
    expect(merged.items[0]?.amount).toBe(12999);
  });

  it('still drains jobs queued one event per job by earlier versions, normalizing the body itself', async () => {
    await withQueue((queue) => queue.requeueAlone([queuedJob(source.id, 'msg_legacy', 'LEGACY-1')]));
    await waitFor(async () => (await stored('LEGACY-1')) === 1, 15_000, 'the legacy job to be committed');
  });

  it('commits the events of an envelope and dead-letters a poison one alone, under its own id', async () => {
    const missingSource = randomUUID();
    await withQueue(async (queue) => {
      // Enqueued in one turn of the event loop: one envelope job with a poison event in the middle.
      await Promise.all([
        queue.enqueue(queuedJob(source.id, 'msg_env_1', 'ENV-1')),
        queue.enqueue(queuedJob(missingSource, 'msg_env_poison', 'ENV-POISON')),
        queue.enqueue(queuedJob(source.id, 'msg_env_2', 'ENV-2')),
      ]);
    });
    await waitFor(
      async () => (await stored('ENV-1')) === 1 && (await stored('ENV-2')) === 1,
      15_000,
      'the good events of the envelope',
    );
    const letter = await waitFor(
      async () =>
        (await client.json<{ items: DeadLetter[] }>('/api/dead-letters')).items.find(
          (item) => item.eventId === 'msg_env_poison',
        ),
      30_000,
      'the poison event in the dead letters',
    );
    expect(letter).toMatchObject({ id: `${missingSource}.msg_env_poison`, sourceId: missingSource });
  });

  it('refuses live connections without a valid session', async () => {
    const attempts: Array<Record<string, string>> = [{}, { token: 'vgl_not-a-real-token' }];
    for (const auth of attempts) {
      const anonymous = connectLive(api.baseUrl, auth);
      const error = await new Promise<Error>((resolve) => anonymous.once('connect_error', resolve));
      expect(error.message).toBe('unauthorized');
      anonymous.close();
    }
  });

  it('worker process logs no card number and is still running', () => {
    expect(worker.child.exitCode).toBeNull();
    expect(worker.output()).not.toMatch(/4242\s?4242\s?4242\s?4242/);
  });
});
