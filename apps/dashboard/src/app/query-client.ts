import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnauthorized } from '../api/errors';
import { shouldRetry } from '../api/retry';
import { markSignedOut, meQueryKey } from '../auth/session';

/**
 * One client per page load. Any 401 from any request means the session is gone: the cache is cleared
 * and the login page shows (the me query itself answers null rather than failing).
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown): void => {
    if (isUnauthorized(error) && client.getQueryData(meQueryKey) !== null) markSignedOut(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
