import { CSRF_HEADER } from '@vigil/contracts';
import { readCsrfToken } from './cookies';
import { ApiError, NetworkError, isApiErrorJson, parseRetryAfter } from './errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequestOptions {
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ApiClientDeps {
  fetch: FetchLike;
  readCsrfToken: () => string | null;
  now?: () => number;
}

/** Calls one api route and resolves with its JSON body (undefined for 204); rejects with ApiError/NetworkError. */
export type ApiClient = <T>(path: string, options?: ApiRequestOptions) => Promise<T>;

const SAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['GET']);

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function toApiError(response: Response, nowMs: number): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), nowMs);
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, an empty body): fall back to the status line.
  }
  if (isApiErrorJson(body)) {
    return new ApiError(response.status, body.error, body.message, retryAfter);
  }
  const statusText = response.statusText || 'Error';
  return new ApiError(
    response.status,
    statusText,
    `Request failed (${response.status} ${statusText}).`,
    retryAfter,
  );
}

/**
 * The api client: same-origin cookies, JSON in and out, and the CSRF header on every write
 * (the api rejects a cookie-authenticated write without it).
 */
export function createApiClient(deps: ApiClientDeps): ApiClient {
  const now = deps.now ?? Date.now;
  return async function request<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
    const method = options.method ?? 'GET';
    const headers = new Headers({ Accept: 'application/json' });
    if (options.body !== undefined) headers.set('Content-Type', 'application/json');
    if (!SAFE_METHODS.has(method)) {
      const token = deps.readCsrfToken();
      if (token) headers.set(CSRF_HEADER, token);
    }

    let response: Response;
    try {
      response = await deps.fetch(path, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'same-origin',
        cache: 'no-store',
        signal: options.signal,
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new NetworkError({ cause: error });
    }

    if (!response.ok) throw await toApiError(response, now());
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  };
}

/** The dashboard's client, bound to the browser's fetch and cookies. */
export const api: ApiClient = createApiClient({
  fetch: (input, init) => globalThis.fetch(input, init),
  readCsrfToken,
});
