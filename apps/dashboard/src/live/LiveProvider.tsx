import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { markSignedOut, verifySession } from '../auth/session';
import { LiveStoreContext } from './live-context';
import { openLiveConnection } from './live-connection';
import { LiveFeedStore } from './live-feed-store';
import { resyncTransactions } from './resync';

/**
 * Holds the live channel for the signed-in session: one socket and one feed store shared by every page
 * (the header's status pill, the live page, later the review queue). Unmounting (sign-out) closes the socket.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [store] = useState(() => new LiveFeedStore());

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
        everConnected = true;
        void resyncTransactions(client, store);
      },
      onTransactions: (transactions) => store.enqueue(transactions),
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
  }, [client, store]);

  return <LiveStoreContext value={store}>{children}</LiveStoreContext>;
}
