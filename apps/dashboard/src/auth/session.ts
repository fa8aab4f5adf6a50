import type { MeJson } from '@vigil/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { fetchMe } from './auth-api';

/** Query key of `GET /api/auth/me`; its data is the user, or null when signed out. */
export const meQueryKey = ['auth', 'me'] as const;

/** Forget everything the previous session could see, then show the login page. */
export function markSignedOut(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  client.setQueryData<MeJson | null>(meQueryKey, null);
}

/** Asks the api whether the session still holds; false (and signed out) when it does not. */
export async function verifySession(client: QueryClient): Promise<boolean> {
  try {
    const user = await client.fetchQuery({
      queryKey: meQueryKey,
      queryFn: ({ signal }) => fetchMe(signal),
      staleTime: 0,
    });
    if (user === null) markSignedOut(client);
    return user !== null;
  } catch {
    // Unreachable rather than unauthorized: let the caller keep trying.
    return true;
  }
}
