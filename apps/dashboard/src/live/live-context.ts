import type { LiveStatsJson } from '@vigil/contracts';
import { createContext, useContext, useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import type { WindowSnapshot } from './window-stats';
import type { ConnectionStatus, FeedView, LiveFeedStore } from './live-feed-store';
import type { TransactionEventListener, TransactionEvents } from './transaction-events';

export const LiveStoreContext = createContext<LiveFeedStore | null>(null);
export const TransactionEventsContext = createContext<TransactionEvents | null>(null);

/** Calls `listener` with every live transaction batch (and reconnect) while the component is mounted. */
export function useTransactionEvents(listener: TransactionEventListener): void {
  const events = useContext(TransactionEventsContext);
  if (!events) throw new Error('useTransactionEvents must be used inside <LiveProvider>');
  const onEvent = useEffectEvent(listener);
  useEffect(() => events.subscribe((event) => onEvent(event)), [events]);
}

export function useLiveStore(): LiveFeedStore {
  const store = useContext(LiveStoreContext);
  if (!store) throw new Error('useLiveStore must be used inside <LiveProvider>');
  return store;
}

export function useConnectionStatus(): ConnectionStatus {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribe, store.getStatus);
}

/** The feed rows and pause state; changes at most once per flush. */
export function useFeedView(): FeedView {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribe, store.getView);
}

/** KPI totals and the per-second series; changes once a second. */
export function useWindowSnapshot(): WindowSnapshot {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribe, store.getWindow);
}

/** The server's numbers for the last minute (`stats`), while the socket is live; null otherwise. */
export function useServerStats(): LiveStatsJson | null {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribe, store.getServerStats);
}
