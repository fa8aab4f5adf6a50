import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import {
  LIVE_NAMESPACE,
  LIVE_STATS_WINDOW_SECONDS,
  LIVE_UNAUTHORIZED,
  LiveEvent,
  type LiveStatsJson,
  type SourceWithSecretJson,
} from '@vigil/contracts';
import { waitFor } from '@vigil/testing';
import { LiveGateway } from '../src/live/live.gateway.js';
import { createUser } from './auth-fixtures.js';
import { HELD_AMOUNT, held, order, type ReviewStack, startReviewStack } from './review-helpers.js';

function connectLive(baseUrl: string, auth: Record<string, string> = {}): Socket {
  return io(`${baseUrl}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
    auth,
    reconnection: false,
    forceNew: true,
  });
}

/** Every `stats` payload the socket receives, flattened (payloads are arrays). */
function collectStats(socket: Socket): LiveStatsJson[] {
  const received: LiveStatsJson[] = [];
  socket.on(LiveEvent.Stats, (payload: LiveStatsJson[]) => received.push(...payload));
  return received;
}

/** docs/api.md#live-channel: `stats` about once a second to every signed-in socket. */
describe('live channel stats', () => {
  let stack: ReviewStack;
  let source: SourceWithSecretJson;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    stack = await startReviewStack();
    source = await stack.createSource();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await stack?.close();
  });

  /** The first stats received after `after` that pass `check`. */
  const next = (
    received: LiveStatsJson[],
    after: number,
    what: string,
    check: (stats: LiveStatsJson) => boolean = () => true,
  ): Promise<LiveStatsJson> => waitFor(() => received.slice(after).find(check), 20_000, what);

  it('sends every signed-in role the last minute’s totals, which follow the webhooks posted', async () => {
    const viewer = await createUser(stack.api, stack.owner, 'viewer');
    const socket = connectLive(stack.api.baseUrl, { token: viewer.client.bearer });
    sockets.push(socket);
    const received = collectStats(socket);

    const first = await next(received, 0, 'a first stats event');
    expect(first).toEqual({
      at: expect.any(String),
      windowSeconds: LIVE_STATS_WINDOW_SECONDS,
      totals: { count: 0, amount: {}, flagged: 0, held: 0, blocked: 0, approved: 0 },
      eventsPerSecond: 0,
      pendingReview: 0,
    });
    expect(Number.isNaN(Date.parse(first.at))).toBe(false);

    await stack.send(source, order('LS-1', { amount: 1234 }));
    await stack.send(source, order('LS-HELD', { amount: HELD_AMOUNT }));
    await stack.transaction('LS-1', 'approved');
    await held(stack, 'LS-HELD');
    const after = received.length;
    const counted = await next(received, after, 'stats counting both orders', (s) => s.totals.count === 2);
    expect(received.length).toBeGreaterThanOrEqual(2);
    expect(Date.parse(counted.at)).toBeGreaterThan(Date.parse(first.at));
    expect(counted.totals).toEqual({
      count: 2,
      amount: { EUR: 1234 + HELD_AMOUNT },
      flagged: 1,
      held: 1,
      blocked: 0,
      approved: 1,
    });
    expect(counted.pendingReview).toBe(1);
  });

  it('gives a socket that joins later the latest numbers, with the rest of the room', async () => {
    const socket = connectLive(stack.api.baseUrl, { token: stack.owner.bearer });
    sockets.push(socket);
    const received = collectStats(socket);
    const stats = await next(received, 0, 'stats on a second socket', (s) => s.totals.count === 2);
    expect(stats.pendingReview).toBe(1);
  });

  it('sends nothing to a socket without a valid session', async () => {
    const refused = connectLive(stack.api.baseUrl, { token: 'not-a-session' });
    sockets.push(refused);
    const leaked = collectStats(refused);
    const error = await new Promise<Error>((resolve) => refused.once('connect_error', resolve));
    expect(error.message).toBe(LIVE_UNAUTHORIZED);

    // Meanwhile a signed-in socket keeps receiving its ticks.
    const watcher = connectLive(stack.api.baseUrl, { token: stack.owner.bearer });
    sockets.push(watcher);
    const received = collectStats(watcher);
    await next(received, 1, 'two stats events on the signed-in socket');
    expect(leaked).toEqual([]);
  });

  it('stops computing once the process has no sockets left', async () => {
    const gateway = stack.api.app.get(LiveGateway) as unknown as { stats: { running: boolean } };
    expect(gateway.stats.running).toBe(true);
    for (const socket of sockets) socket.close();
    await waitFor(() => !gateway.stats.running, 10_000, 'the stats task to stop');
  });
});
