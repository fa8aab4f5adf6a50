import type { LoginRequest, LoginTwoFactorRequest, MeJson, LoginOutcome } from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { completeTwoFactorLogin, fetchMe, isTwoFactorChallenge, login, logout } from './auth-api';
import { markSignedOut, meQueryKey } from './session';

/** The session behind every page: data is the user, null when signed out, undefined while loading. */
export function useCurrentUser() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
}

/** What a sign-in step ends with: signed in (with the full `me`), or a second step to take. */
export type SignInResult = { kind: 'signed-in'; me: MeJson } | { kind: 'two-factor'; challenge: string };

async function finish(outcome: LoginOutcome): Promise<SignInResult> {
  if (isTwoFactorChallenge(outcome)) return { kind: 'two-factor', challenge: outcome.challenge };
  // The login answer lacks the two-factor state: read `me` before showing anything.
  const me = await fetchMe();
  if (!me) throw new Error('Signed in, but the session was not accepted. Please try again.');
  return { kind: 'signed-in', me };
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: LoginRequest) => finish(await login(credentials)),
    onSuccess: (result) => {
      if (result.kind === 'signed-in') client.setQueryData<MeJson | null>(meQueryKey, result.me);
    },
  });
}

export function useTwoFactorLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: LoginTwoFactorRequest) => finish(await completeTwoFactorLogin(request)),
    onSuccess: (result) => {
      if (result.kind === 'signed-in') client.setQueryData<MeJson | null>(meQueryKey, result.me);
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
