import type { ApiErrorJson } from '@vigil/contracts';

/** A non-2xx answer from the api, carrying its `ApiErrorJson` message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    /** Seconds to wait, from `Retry-After` (429, 503); null when absent. */
    readonly retryAfterSeconds: number | null = null,
    /** The whole JSON body (a 409 may carry the `current` state of what was edited); null when not JSON. */
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

/** The request never got an answer (server down, offline, DNS, CORS). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';

  constructor(options?: { cause?: unknown }) {
    super("Can't reach Vigil. Check your connection and try again.", options);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True for a 401: the session is missing, expired or revoked. */
export function isUnauthorized(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}

export function isApiErrorJson(value: unknown): value is ApiErrorJson {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.statusCode === 'number' && typeof record.message === 'string';
}

/** `Retry-After` as whole seconds from `nowMs`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** Text fit to show a person for any error thrown by a request. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  return 'Something went wrong. Please try again.';
}

export function isConflict(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 409;
}

export function isForbidden(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 403;
}
