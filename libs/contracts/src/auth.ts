import type { Role } from './roles.js';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface UserJson {
  id: string;
  email: string;
  role: Role;
}

export interface LoginResponse {
  token: string;
  user: UserJson;
}

/** Name of the httpOnly session cookie set by `POST /api/auth/login`. */
export const SESSION_COOKIE = 'vigil_session';
/** Readable cookie holding the CSRF token the dashboard echoes in `X-CSRF-Token` on writes. */
export const CSRF_COOKIE = 'vigil_csrf';
export const CSRF_HEADER = 'x-csrf-token';
