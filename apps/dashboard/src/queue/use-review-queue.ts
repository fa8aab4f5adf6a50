import type { TransactionJson } from '@vigil/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTransactionEvents } from '../live/live-context';
import { fetchTransactions } from '../transactions/transactions-api';
import { QueueStore } from './queue-store';
import type { QueueSort } from './queue-sort';

/** Most held orders loaded at once (the api's page limit). */
export const QUEUE_PAGE_SIZE = 500;
/** Live changes are applied at most this often, whatever the event rate. */
const APPLY_EVERY_MS = 200;
/** A safety net for anything the live channel cannot tell (an expired claim, a missed event). */
const REFETCH_EVERY_MS = 30_000;

export interface ReviewQueue {
  store: QueueStore;
  items: readonly TransactionJson[];
  query: ReturnType<typeof useQuery<number>>;
}

/** Held orders, loaded from the api and kept current by live events (every open dashboard at once). */
export function useReviewQueue(sort: QueueSort): ReviewQueue {
  const [store] = useState(() => new QueueStore());
  const items = useSyncExternalStore(store.subscribe, store.getItems);

  const query = useQuery({
    queryKey: ['transactions', 'queue', sort],
    queryFn: async ({ signal }) => {
      const token = store.beginFetch();
      try {
        const page = await fetchTransactions({ status: 'review', sort, limit: QUEUE_PAGE_SIZE }, signal);
        store.applyPage(page.items, page.total, token);
        return page.total;
      } catch (error) {
        store.abortFetch();
        throw error;
      }
    },
    staleTime: 0,
    gcTime: 0,
    refetchInterval: REFETCH_EVERY_MS,
  });
  const { refetch } = query;

  const buffer = useRef<{ items: TransactionJson[]; timer: ReturnType<typeof setTimeout> | null }>({
    items: [],
    timer: null,
  });
  useEffect(() => {
    const pending = buffer.current;
    return () => {
      if (pending.timer) clearTimeout(pending.timer);
    };
  }, []);

  useTransactionEvents((event) => {
    if (event.kind === 'reconnected') {
      void refetch();
      return;
    }
    const pending = buffer.current;
    for (const tx of event.items) pending.items.push(tx);
    pending.timer ??= setTimeout(() => {
      pending.timer = null;
      const batch = pending.items;
      pending.items = [];
      store.apply(batch);
    }, APPLY_EVERY_MS);
  });

  return { store, items, query };
}
