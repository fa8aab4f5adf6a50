import type {
  CreateUserRequest,
  CreatedUserJson,
  PasswordResetJson,
  SecuritySettingsJson,
  UpdateUserRequest,
  UserAdminJson,
} from '@vigil/contracts';
import { api } from '../api/http';

export const usersKeys = { list: ['users', 'list'] as const, security: ['settings', 'security'] as const };

export async function fetchUsers(signal?: AbortSignal): Promise<UserAdminJson[]> {
  return (await api<{ items: UserAdminJson[] }>('/api/users', { signal })).items;
}

export function createUser(request: CreateUserRequest): Promise<CreatedUserJson> {
  return api<CreatedUserJson>('/api/users', { method: 'POST', body: request });
}

export function updateUser(id: string, patch: UpdateUserRequest): Promise<UserAdminJson> {
  return api<UserAdminJson>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function resetPassword(id: string): Promise<PasswordResetJson> {
  return api<PasswordResetJson>(`/api/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST' });
}

/** Removes another user's two-factor sign-in (lost phone and recovery codes); their sessions end. */
export function resetTwoFactor(id: string): Promise<UserAdminJson> {
  return api<UserAdminJson>(`/api/users/${encodeURIComponent(id)}/reset-2fa`, { method: 'POST' });
}

export function fetchSecuritySettings(signal?: AbortSignal): Promise<SecuritySettingsJson> {
  return api<SecuritySettingsJson>('/api/settings/security', { signal });
}

export function saveSecuritySettings(settings: SecuritySettingsJson): Promise<SecuritySettingsJson> {
  return api<SecuritySettingsJson>('/api/settings/security', { method: 'PUT', body: settings });
}
