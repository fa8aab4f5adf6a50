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

export async function toApiError(response: Response, nowMs: number): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), nowMs);
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, an empty body): fall back to the status line.
  }
  if (isApiErrorJson(body)) {
    return new ApiError(response.status, body.error, body.message, retryAfter, body);
  }
  const statusText = response.statusText || 'Error';
  return new ApiError(
    response.status,
    statusText,
    `Request failed (${response.status} ${statusText}).`,
    retryAfter,
  );
}

/** A successful answer with its status (some routes say 201 "added" vs 200 "already there"). */
export interface ApiExchange<T> {
  status: number;
  body: T;
}

export type ApiExchangeClient = <T>(path: string, options?: ApiRequestOptions) => Promise<ApiExchange<T>>;

/**
 * The api client: same-origin cookies, JSON in and out, and the CSRF header on every write
 * (the api rejects a cookie-authenticated write without it).
 */
export function createApiClient(deps: ApiClientDeps): ApiClient {
  const exchange = createApiExchange(deps);
  return async function request<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
    return (await exchange<T>(path, options)).body;
  };
}

/** Like `createApiClient`, but answers the status code along with the body. */
export function createApiExchange(deps: ApiClientDeps): ApiExchangeClient {
  const now = deps.now ?? Date.now;
  return async function exchange<T>(path: string, options: ApiRequestOptions = {}): Promise<ApiExchange<T>> {
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
    if (response.status === 204) return { status: 204, body: undefined as T };
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
  };
}

const browserDeps: ApiClientDeps = {
  fetch: (input, init) => globalThis.fetch(input, init),
  readCsrfToken,
};

/** The dashboard's client, bound to the browser's fetch and cookies. */
export const api: ApiClient = createApiClient(browserDeps);

/** The same, answering `{status, body}`. */
export const apiExchange: ApiExchangeClient = createApiExchange(browserDeps);
