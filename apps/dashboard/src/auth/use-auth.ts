import type { LoginRequest, UserJson } from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMe, login, logout } from './auth-api';
import { markSignedOut, meQueryKey } from './session';

/** The session behind every page: data is the user, null when signed out, undefined while loading. */
export function useCurrentUser() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => login(credentials),
    onSuccess: (response) => {
      client.setQueryData<UserJson | null>(meQueryKey, response.user);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => markSignedOut(client),
  });
}
