import type {
  LoginOutcome,
  LoginRequest,
  LoginTwoFactorRequest,
  LoginTwoFactorRequired,
  MeJson,
} from '@vigil/contracts';
import { isUnauthorized } from '../api/errors';
import { api } from '../api/http';

/** The signed-in user, or null when there is no valid session (401). */
export async function fetchMe(signal?: AbortSignal): Promise<MeJson | null> {
  try {
    return await api<MeJson>('/api/auth/me', { signal });
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export function isTwoFactorChallenge(outcome: LoginOutcome): outcome is LoginTwoFactorRequired {
  return 'twoFactorRequired' in outcome && outcome.twoFactorRequired === true;
}

/**
 * Sets the httpOnly session cookie and the readable CSRF cookie, or answers a two-factor challenge.
 * The bearer token is not kept in the browser.
 */
export function login(credentials: LoginRequest): Promise<LoginOutcome> {
  return api<LoginOutcome>('/api/auth/login', { method: 'POST', body: credentials });
}

/** Second sign-in step: the challenge plus an authenticator code or one recovery code. */
export function completeTwoFactorLogin(request: LoginTwoFactorRequest): Promise<LoginOutcome> {
  return api<LoginOutcome>('/api/auth/login/2fa', { method: 'POST', body: request });
}

/** Revokes the session. A 401 means it is already gone, which is what was asked. */
export async function logout(): Promise<void> {
  try {
    await api<void>('/api/auth/logout', { method: 'POST' });
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
  }
}
