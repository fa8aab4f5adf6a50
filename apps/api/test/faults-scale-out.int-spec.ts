import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { LIVE_NAMESPACE, type SourceWithSecretJson, type TransactionJson } from '@vigil/contracts';
import { type VigilConfig } from '@vigil/config';
import { ApiClient, type RunningProcess, spawnApp, TEST_MODE, waitFor } from '@vigil/testing';
import { BackgroundPoster, FaultStack, freePort } from './fault-harness.js';

/**
 * docs/architecture.md#scale-out: two api and two worker processes on one database (and one Redis
 * prefix). A dashboard on api #2 sees what api #1 ingested, and no event is processed twice.
 */
describe('two api and two worker processes', () => {
  let stack: FaultStack;
  let secondApi: RunningProcess;
  let secondWorker: RunningProcess;
  let secondUrl: string;
  let socket: Socket;
  let source: SourceWithSecretJson;

  beforeAll(async () => {
    stack = await FaultStack.start({ VIGIL_WORKER_CONCURRENCY: '100' });
    const port = await freePort();
    secondUrl = `http://127.0.0.1:${port}`;
    const second: VigilConfig = { ...stack.config, port, publicUrl: secondUrl };
    secondApi = spawnApp('api', second);
    secondWorker = spawnApp('worker', second);
    await waitFor(
      async () => (await fetch(`${secondUrl}/health/ready`).catch(() => null))?.status === 200,
      60_000,
      'second api ready',
    );
    source = await (await stack.owner()).createSource({ name: 'scale-out', kind: 'standard' });
  });

  afterAll(async () => {
    socket?.close();
    await Promise.all([secondApi?.stop(), secondWorker?.stop()]);
    await stack?.close();
  });

  it('pushes events ingested on api #1 to a socket on api #2, each stored once', async () => {
    const viewer = await ApiClient.login(secondUrl);
    socket = io(`${secondUrl}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      auth: { token: viewer.bearer },
    });
    const seen = new Set<string>();
    socket.on('transaction.created', (payload: TransactionJson | TransactionJson[]) => {
      for (const t of Array.isArray(payload) ? payload : [payload]) if (t.orderId) seen.add(t.orderId);
    });
    await waitFor(() => socket.connected, 10_000, 'socket on api #2');

    const load = new BackgroundPoster(() => source.ingestUrl, source.secret, 'scale', 300);
    load.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
    } finally {
      await load.close();
    }
    // Enough traffic to cross both nodes many times (the no-Redis mode acknowledges more slowly on this box).
    expect(load.acknowledged.size).toBeGreaterThan(TEST_MODE === 'redis' ? 200 : 50);

    await stack.expectExactlyOnce(source.id, load.acknowledged);
    const orders = [...load.acknowledged].map((id) => id.replace(/^msg_/, ''));
    await waitFor(() => orders.every((order) => seen.has(order)), 30_000, 'every event on the api #2 socket');

    // Two workers shared the queue, and still every event was done once.
    const { rows } = await stack.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM webhook_events WHERE source_id = $1',
      [source.id],
    );
    expect(rows[0]?.n).toBe(load.acknowledged.size);
  });
});
