import { isApiError } from './errors';

const MAX_RETRIES = 2;

/** Retry what may pass next time (network, 5xx, 429); never a 4xx answer that would only repeat. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (isApiError(error)) return error.status >= 500 || error.status === 429;
  return true;
}
