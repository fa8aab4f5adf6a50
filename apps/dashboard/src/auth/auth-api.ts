import type { LoginRequest, LoginResponse, UserJson } from '@vigil/contracts';
import { isUnauthorized } from '../api/errors';
import { api } from '../api/http';

/** The signed-in user, or null when there is no valid session (401). */
export async function fetchMe(signal?: AbortSignal): Promise<UserJson | null> {
  try {
    return await api<UserJson>('/api/auth/me', { signal });
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

/** Sets the httpOnly session cookie and the readable CSRF cookie. The bearer token is not kept in the browser. */
export function login(credentials: LoginRequest): Promise<LoginResponse> {
  return api<LoginResponse>('/api/auth/login', { method: 'POST', body: credentials });
}

/** Revokes the session. A 401 means it is already gone, which is what was asked. */
export async function logout(): Promise<void> {
  try {
    await api<void>('/api/auth/logout', { method: 'POST' });
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
  }
}
