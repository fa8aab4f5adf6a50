import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { markSignedOut, verifySession } from '../auth/session';
import { LiveStoreContext, TransactionEventsContext } from './live-context';
import { openLiveConnection } from './live-connection';
import { LiveFeedStore } from './live-feed-store';
import { resyncTransactions } from './resync';
import { TransactionEvents } from './transaction-events';

/**
 * Holds the live channel for the signed-in session: one socket and one feed store shared by every page
 * (the header's status pill, the live page, later the review queue). Unmounting (sign-out) closes the socket.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [store] = useState(() => new LiveFeedStore());
  const [events] = useState(() => new TransactionEvents());

  useEffect(() => {
    store.start();
    let everConnected = false;
    let offlineSyncDone = false;
    const connection = openLiveConnection({
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
      onUnauthorized: () => markSignedOut(client),
      onServerDisconnect: (reconnect) => {
        void verifySession(client).then((valid) => {
          if (valid) reconnect();
        });
      },
    });
    return () => {
      connection.close();
      store.stop();
    };
  }, [client, store, events]);

  return (
    <LiveStoreContext value={store}>
      <TransactionEventsContext value={events}>{children}</TransactionEventsContext>
    </LiveStoreContext>
  );
}
