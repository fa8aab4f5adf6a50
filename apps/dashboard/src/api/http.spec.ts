import { describe, expect, it } from '@jest/globals';
import { ApiError, NetworkError } from './errors';
import { createApiClient, type FetchLike } from './http';

interface Call {
  input: string;
  init: RequestInit;
}

function client(respond: () => Response | Promise<Response>, token: string | null = 'csrf-token') {
  const calls: Call[] = [];
  const fetch: FetchLike = async (input, init) => {
    calls.push({ input, init });
    return respond();
  };
  const request = createApiClient({ fetch, readCsrfToken: () => token, now: () => Date.UTC(2026, 0, 1) });
  return { request, calls };
}

const json = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });

describe('createApiClient', () => {
  it('GETs with same-origin credentials and no CSRF header', async () => {
    const { request, calls } = client(() => json({ id: 'u1' }));
    await expect(request('/api/auth/me')).resolves.toEqual({ id: 'u1' });
    const headers = new Headers(calls[0].init.headers);
    expect(calls[0].init.credentials).toBe('same-origin');
    expect(calls[0].init.method).toBe('GET');
    expect(headers.has('x-csrf-token')).toBe(false);
  });

  it('sends JSON and the CSRF token from the cookie on writes', async () => {
    const { request, calls } = client(() => json({ token: 't' }));
    await request('/api/auth/login', { method: 'POST', body: { email: 'a@b.c', password: 'pw' } });
    const headers = new Headers(calls[0].init.headers);
    expect(headers.get('x-csrf-token')).toBe('csrf-token');
    expect(headers.get('content-type')).toBe('application/json');
    expect(calls[0].init.body).toBe('{"email":"a@b.c","password":"pw"}');
  });

  it('omits the CSRF header when there is no cookie yet', async () => {
    const { request, calls } = client(() => json({}), null);
    await request('/api/auth/login', { method: 'POST', body: {} });
    expect(new Headers(calls[0].init.headers).has('x-csrf-token')).toBe(false);
  });

  it('resolves undefined for 204', async () => {
    const { request } = client(() => new Response(null, { status: 204 }));
    await expect(request('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('turns an ApiErrorJson answer into an ApiError with Retry-After', async () => {
    const { request } = client(() =>
      json(
        { statusCode: 429, error: 'Too Many Requests', message: 'Too many attempts, try later' },
        { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '120' } },
      ),
    );
    const error: unknown = await request('/api/auth/login', { method: 'POST', body: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      message: 'Too many attempts, try later',
      retryAfterSeconds: 120,
    });
  });

  it('describes a non-JSON error by its status', async () => {
    const { request } = client(
      () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    await expect(request('/api/transactions')).rejects.toMatchObject({
      status: 502,
      message: 'Request failed (502 Bad Gateway).',
    });
  });

  it('reports an unreachable server as a NetworkError', async () => {
    const { request } = client(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(request('/api/auth/me')).rejects.toBeInstanceOf(NetworkError);
  });
});
