import type { ChangePasswordRequest, TwoFactorEnabledJson, TwoFactorSetupJson } from '@vigil/contracts';
import { api } from '../api/http';

export function changePassword(request: ChangePasswordRequest): Promise<void> {
  return api<void>('/api/auth/password', { method: 'POST', body: request });
}

/** Signs this user out of every session, this one included. */
export function logoutEverywhere(): Promise<void> {
  return api<void>('/api/auth/logout-all', { method: 'POST' });
}

/** The password is asked again before a new secret is shown. */
export function startTwoFactorSetup(password: string): Promise<TwoFactorSetupJson> {
  return api<TwoFactorSetupJson>('/api/auth/2fa/setup', { method: 'POST', body: { password } });
}

export function enableTwoFactor(code: string): Promise<TwoFactorEnabledJson> {
  return api<TwoFactorEnabledJson>('/api/auth/2fa/enable', { method: 'POST', body: { code } });
}

export function disableTwoFactor(password: string): Promise<void> {
  return api<void>('/api/auth/2fa/disable', { method: 'POST', body: { password } });
}
