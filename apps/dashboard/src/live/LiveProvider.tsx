import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { markSignedOut, verifySession } from '../auth/session';
import { LiveStoreContext, TransactionEventsContext } from './live-context';
import { openLiveConnection, type LiveConnectionHandlers, type LiveSocket } from './live-connection';
import { LiveFeedStore } from './live-feed-store';
import { resyncTransactions } from './resync';
import { TransactionEvents } from './transaction-events';

/**
 * Holds the live channel for the signed-in session: one socket and one feed store shared by every page
 * (the header's status pill, the live page, later the review queue). Unmounting (sign-out) closes the socket.
 */
export function LiveProvider({
  children,
  createSocket,
}: {
  children: ReactNode;
  /** Where the socket comes from: the real `/live` one unless given (rendering tests pass a fake). */
  createSocket?: () => LiveSocket;
}) {
  const client = useQueryClient();
  const [store] = useState(() => new LiveFeedStore());
  const [events] = useState(() => new TransactionEvents());
  // Read once: a new function on a later render must not reopen the socket.
  const [openSocket] = useState(() => createSocket);

  useEffect(() => {
    store.start();
    let everConnected = false;
    let offlineSyncDone = false;
    const handlers: LiveConnectionHandlers = {
      onStatus: (status) => {
        store.setStatus(status);
        // Socket unreachable from the start: still show the latest list from the api.
        if (status === 'offline' && !everConnected && !offlineSyncDone) {
          offlineSyncDone = true;
          void resyncTransactions(client, store);
        }
      },
      onConnect: () => {
        const reconnect = everConnected;
        everConnected = true;
        void resyncTransactions(client, store);
        if (reconnect) events.publish({ kind: 'reconnected' });
      },
      onTransactions: (transactions) => {
        store.enqueue(transactions);
        events.publish({ kind: 'transactions', items: transactions });
      },
      onStats: (stats) => store.setServerStats(stats),
      onUnauthorized: () => markSignedOut(client),
      onServerDisconnect: (reconnect) => {
        void verifySession(client).then((valid) => {
          if (valid) reconnect();
        });
      },
    };
    const connection = openLiveConnection(handlers, openSocket);
    return () => {
      connection.close();
      store.stop();
    };
  }, [client, store, events, openSocket]);

  return (
    <LiveStoreContext value={store}>
      <TransactionEventsContext value={events}>{children}</TransactionEventsContext>
    </LiveStoreContext>
  );
}
