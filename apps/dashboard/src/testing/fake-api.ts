import { jest } from '@jest/globals';

/**
 * The network under the dashboard's `api()` client, for rendering tests: `globalThis.fetch` becomes a
 * `jest.fn` answering from a small route table, so the real client (CSRF header, JSON, `ApiError` with the
 * body) and everything above it runs unchanged. jsdom has no fetch API, hence the minimal Response below.
 */

export interface ApiRequest {
  method: string;
  /** Without the query string. */
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body, or undefined. */
  body: unknown;
}

export interface ApiReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** `params` are the pattern's capture groups (e.g. the transaction id). */
export type ApiHandler = (request: ApiRequest, params: string[]) => ApiReply | Promise<ApiReply>;

export interface FakeApi {
  fetch: jest.Mock<typeof fetch>;
  /** Every request answered by a route, in order. */
  requests: ApiRequest[];
  /** Requests no route matched ("METHOD /path"): a test expects none. */
  unexpected: string[];
  /** Adds a route; a later one for the same request wins, so a test can change an answer midway. */
  on(method: string, pattern: string | RegExp, handler: ApiHandler): void;
  restore(): void;
}

/** A JSON answer. */
export const reply = (status: number, body?: unknown, headers?: Record<string, string>): ApiReply => ({
  status,
  body,
  headers,
});

/** Just what `api()` reads from a Response; the other members are never used by the dashboard. */
class FakeResponse implements Response {
  readonly headers: Headers;
  readonly ok: boolean;
  readonly redirected = false;
  readonly statusText = '';
  readonly type: ResponseType = 'basic';
  readonly url = '';
  readonly body = null;
  bodyUsed = false;

  constructor(
    readonly status: number,
    private readonly content: string,
    headers: Record<string, string>,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new Headers(headers);
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.content;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  clone(): Response {
    return new FakeResponse(this.status, this.content, Object.fromEntries(this.headers));
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new Error('FakeResponse: arrayBuffer() is not supported'));
  }

  blob(): Promise<Blob> {
    return Promise.reject(new Error('FakeResponse: blob() is not supported'));
  }

  bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return Promise.reject(new Error('FakeResponse: bytes() is not supported'));
  }

  formData(): Promise<FormData> {
    return Promise.reject(new Error('FakeResponse: formData() is not supported'));
  }
}

function toResponse(answer: ApiReply): Response {
  const content = answer.body === undefined ? '' : JSON.stringify(answer.body);
  const headers = { 'content-type': 'application/json', ...answer.headers };
  return new FakeResponse(answer.status, content, headers);
}

function matches(pattern: string | RegExp, path: string): string[] | null {
  if (typeof pattern === 'string') return pattern === path ? [] : null;
  const found = pattern.exec(path);
  return found ? found.slice(1) : null;
}

/** Installs the fake as `globalThis.fetch` until `restore()`. */
export function installFakeApi(): FakeApi {
  const previous = globalThis.fetch;
  const routes: Array<{ method: string; pattern: string | RegExp; handler: ApiHandler }> = [];
  const requests: ApiRequest[] = [];
  const unexpected: string[] = [];

  const fetchMock = jest.fn<typeof fetch>(async (input, init) => {
    const url = new URL(String(input), 'http://vigil.test');
    const method = init?.method ?? 'GET';
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: ApiRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: text === undefined ? undefined : JSON.parse(text),
    };
    for (let i = routes.length - 1; i >= 0; i--) {
      const route = routes[i];
      const params = route.method === method ? matches(route.pattern, url.pathname) : null;
      if (!params) continue;
      requests.push(request);
      return toResponse(await route.handler(request, params));
    }
    unexpected.push(`${method} ${url.pathname}`);
    return toResponse(
      reply(500, { statusCode: 500, error: 'Test', message: 'no fake route for this request' }),
    );
  });
  globalThis.fetch = fetchMock;

  return {
    fetch: fetchMock,
    requests,
    unexpected,
    on: (method, pattern, handler) => {
      routes.push({ method, pattern, handler });
    },
    restore: () => {
      globalThis.fetch = previous;
    },
  };
}
