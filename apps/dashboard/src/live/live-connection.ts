import {
  LIVE_NAMESPACE,
  LIVE_UNAUTHORIZED,
  LiveEvent,
  type LiveListeners,
  type LiveStatsJson,
  type TransactionJson,
} from '@vigil/contracts';
import { io, type Socket } from 'socket.io-client';
import { toTransactionList } from '../transactions/transaction-guards';
import type { ConnectionStatus } from './live-feed-store';
import { latestLiveStats } from './live-stats';

/** The `/live` socket: the server's events as LiveEventMap types them; the browser sends none. */
export type LiveSocket = Socket<LiveListeners, Record<string, never>>;

export interface LiveConnectionHandlers {
  onStatus(status: ConnectionStatus): void;
  /** Connected or reconnected: anything may have been missed, reload the list. */
  onConnect(): void;
  onTransactions(transactions: TransactionJson[]): void;
  /** The server's numbers for the last minute, about once a second. */
  onStats(stats: LiveStatsJson): void;
  /** The handshake was refused for want of a valid session. */
  onUnauthorized(): void;
  /** The server closed the socket (e.g. session revoked); call `reconnect` if the session still holds. */
  onServerDisconnect(reconnect: () => void): void;
}

export interface LiveConnection {
  close(): void;
}

function createLiveSocket(): LiveSocket {
  // Same origin; the session cookie authenticates the handshake.
  return io(LIVE_NAMESPACE, { withCredentials: true, transports: ['websocket'] });
}

/** Opens the `/live` socket and reports what happens on it. */
export function openLiveConnection(
  handlers: LiveConnectionHandlers,
  createSocket: () => LiveSocket = createLiveSocket,
): LiveConnection {
  const socket = createSocket();
  let closed = false;

  handlers.onStatus('connecting');

  socket.on('connect', () => {
    handlers.onStatus('live');
    handlers.onConnect();
  });

  socket.on('disconnect', (reason) => {
    if (closed) return;
    // socket.active: the client reconnects by itself; otherwise the server (or we) ended it.
    handlers.onStatus(socket.active ? 'connecting' : 'offline');
    if (reason === 'io server disconnect') {
      handlers.onServerDisconnect(() => {
        if (!closed && !socket.connected) socket.connect();
      });
    }
  });

  socket.on('connect_error', (error) => {
    if (closed) return;
    handlers.onStatus('offline');
    if (error.message === LIVE_UNAUTHORIZED) handlers.onUnauthorized();
  });

  // Typed by the contract, still checked: what arrives over the wire is not the browser's to trust.
  const onTransactions = (payload: TransactionJson[]): void => {
    const transactions = toTransactionList(payload);
    if (transactions.length > 0) handlers.onTransactions(transactions);
  };
  socket.on(LiveEvent.TransactionCreated, onTransactions);
  socket.on(LiveEvent.TransactionUpdated, onTransactions);
  socket.on(LiveEvent.Stats, (payload) => {
    const stats = latestLiveStats(payload);
    if (stats) handlers.onStats(stats);
  });

  return {
    close() {
      closed = true;
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
