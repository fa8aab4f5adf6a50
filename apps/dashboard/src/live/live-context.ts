import { createContext, useContext, useSyncExternalStore } from 'react';
import type { WindowSnapshot } from './window-stats';
import type { ConnectionStatus, FeedView, LiveFeedStore } from './live-feed-store';

export const LiveStoreContext = createContext<LiveFeedStore | null>(null);

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
