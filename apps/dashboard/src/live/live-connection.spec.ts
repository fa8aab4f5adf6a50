import { LIVE_UNAUTHORIZED, LiveEvent } from '@vigil/contracts';
import { describe, expect, it, jest } from '@jest/globals';
import { FakeSocket } from '../testing/fake-socket';
import { makeTransaction } from '../testing/transactions';
import { openLiveConnection, type LiveConnectionHandlers } from './live-connection';

function open() {
  const socket = new FakeSocket();
  const handlers = {
    onStatus: jest.fn(),
    onConnect: jest.fn(),
    onTransactions: jest.fn(),
    onStats: jest.fn(),
    onUnauthorized: jest.fn(),
    onServerDisconnect: jest.fn(),
  } satisfies LiveConnectionHandlers;
  const connection = openLiveConnection(handlers, () => socket.asLiveSocket());
  return { socket, handlers, connection };
}

describe('openLiveConnection', () => {
  it('reports connecting, then live with a resync on every connect', () => {
    const { socket, handlers } = open();
    expect(handlers.onStatus).toHaveBeenLastCalledWith('connecting');
    socket.fire('connect');
    expect(handlers.onStatus).toHaveBeenLastCalledWith('live');
    socket.fire('disconnect', 'transport close');
    expect(handlers.onStatus).toHaveBeenLastCalledWith('connecting');
    socket.fire('connect');
    expect(handlers.onConnect).toHaveBeenCalledTimes(2);
  });

  it('passes single and batched transactions on, dropping malformed ones', () => {
    const { socket, handlers } = open();
    const a = makeTransaction();
    const b = makeTransaction();
    socket.fire(LiveEvent.TransactionCreated, a);
    socket.fire(LiveEvent.TransactionUpdated, [b, { nope: true }]);
    socket.fire(LiveEvent.TransactionCreated, []);
    expect(handlers.onTransactions.mock.calls).toEqual([[[a]], [[b]]]);
  });

  it('passes the newest well-formed stats on, ignoring malformed payloads', () => {
    const { socket, handlers } = open();
    const stats = (count: number) => ({
      at: '2026-11-21T10:00:00.000Z',
      windowSeconds: 60,
      totals: { count, amount: { EUR: 100 }, flagged: 0, held: 0, blocked: 0, approved: count },
      eventsPerSecond: 0.1,
      pendingReview: 0,
    });
    socket.fire(LiveEvent.Stats, [stats(1)]);
    socket.fire(LiveEvent.Stats, [stats(2), stats(3)]);
    socket.fire(LiveEvent.Stats, stats(4));
    socket.fire(LiveEvent.Stats, [{ ...stats(5), totals: null }]);
    socket.fire(LiveEvent.Stats, []);
    expect(handlers.onStats.mock.calls).toEqual([[stats(1)], [stats(3)], [stats(4)]]);
  });

  it('signs out when the handshake is refused as unauthorized', () => {
    const { socket, handlers } = open();
    socket.active = false;
    socket.fire('connect_error', new Error(LIVE_UNAUTHORIZED));
    expect(handlers.onStatus).toHaveBeenLastCalledWith('offline');
    expect(handlers.onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('shows offline, not signed out, when the server is merely unreachable', () => {
    const { socket, handlers } = open();
    socket.fire('connect_error', new Error('websocket error'));
    expect(handlers.onStatus).toHaveBeenLastCalledWith('offline');
    expect(handlers.onUnauthorized).not.toHaveBeenCalled();
  });

  it('reconnects after a server-side disconnect only when asked to', () => {
    const { socket, handlers } = open();
    socket.active = false;
    socket.fire('disconnect', 'io server disconnect');
    expect(handlers.onStatus).toHaveBeenLastCalledWith('offline');
    expect(socket.connect).not.toHaveBeenCalled();
    const reconnect = handlers.onServerDisconnect.mock.calls[0][0] as () => void;
    reconnect();
    expect(socket.connect).toHaveBeenCalledTimes(1);
  });

  it('closes the socket and goes quiet', () => {
    const { socket, handlers, connection } = open();
    connection.close();
    expect(socket.disconnect).toHaveBeenCalledTimes(1);
    socket.fire('connect');
    expect(handlers.onConnect).not.toHaveBeenCalled();
  });
});
