import { isCancelledError, type QueryClient } from '@tanstack/react-query';
import { errorMessage, isUnauthorized } from '../api/errors';
import { shouldRetry } from '../api/retry';
import { fetchTransactions, transactionsQueryKey } from '../transactions/transactions-api';
import type { LiveFeedStore } from './live-feed-store';

/** How many of the newest transactions are reloaded on every (re)connect. */
export const RESYNC_PAGE_SIZE = 100;

/**
 * Reloads the newest transactions after a (re)connect, so nothing sent while the socket was down goes missing.
 * A fetch still running from an earlier connect is cancelled: it may predate events of the new gap.
 */
export async function resyncTransactions(client: QueryClient, store: LiveFeedStore): Promise<void> {
  const params = { limit: RESYNC_PAGE_SIZE };
  const queryKey = transactionsQueryKey(params);
  const token = store.beginResync();
  await client.cancelQueries({ queryKey });
  try {
    const page = await client.fetchQuery({
      queryKey,
      queryFn: ({ signal }) => fetchTransactions(params, signal),
      staleTime: 0,
      retry: shouldRetry,
    });
    store.applySnapshot(page, token);
  } catch (error) {
    // A 401 signs out through the query cache; a cancelled fetch was superseded by a newer one.
    if (isUnauthorized(error) || isCancelledError(error)) return;
    store.failResync(token, errorMessage(error));
  }
}
