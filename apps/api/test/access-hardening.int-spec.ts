import { describe, expect, it } from '@jest/globals';
import { type UserAdminJson } from '@vigil/contracts';
import { ApiClient, TEST_OWNER } from '@vigil/testing';
import { type ApiHarness } from './api-harness.js';
import { expectErrorShape, login, postJson, useSignedInApi } from './auth-fixtures.js';

const STACK_TRACE = /\n\s+at\s|node_modules|\.ts:\d+|\.js:\d+|QueryFailedError|TypeError/;

describe('hostile input and error responses', () => {
  let api: ApiHarness;
  let owner: ApiClient;

  useSignedInApi((started) => ({ api, owner } = started));

  /** Every error is `{statusCode, error, message}` with nothing internal in it. */
  async function expectCleanError(response: Response, status: number) {
    const clone = response.clone();
    expect(STACK_TRACE.test(await clone.text())).toBe(false);
    return expectErrorShape(response, status);
  }

  it('answers unknown routes and methods with the JSON 404 shape', async () => {
    for (const [method, path] of [
      ['GET', '/api/no-such-thing'],
      ['POST', '/api/no-such-thing'],
      ['DELETE', '/api/users'],
      ['PUT', '/api/auth/login'],
      ['GET', '/webhooks/anything'],
    ] as const) {
      const response = await fetch(`${api.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${owner.bearer}` },
      });
      await expectCleanError(response, 404);
    }
  });

  it('answers malformed JSON with a clean 400, before and after sign-in', async () => {
    const anonymous = await postJson(api.baseUrl, '/api/auth/login', '{"email": "a@b.c", "password": ');
    expect((await expectCleanError(anonymous, 400)).message).toBe('Request body is not valid JSON');
    const signedIn = await owner.request('/api/users', { method: 'POST', body: '{role: staff}' });
    expect((await expectCleanError(signedIn, 400)).message).toBe('Request body is not valid JSON');
  });

  it('refuses oversized bodies with 413', async () => {
    const response = await postJson(api.baseUrl, '/api/auth/login', {
      email: 'a@example.com',
      password: 'x'.repeat(300 * 1024),
    });
    await expectCleanError(response, 413);
  });

  it('treats SQL and markup in the login email as an ordinary unknown email', async () => {
    const reference = await expectCleanError(
      await login(api.baseUrl, 'nobody@example.com', 'pw-123456789'),
      401,
    );
    for (const email of ["' OR 1=1 --", `${TEST_OWNER.email}' --`, '<script>alert(1)</script>', "admin'/*"]) {
      expect(await expectCleanError(await login(api.baseUrl, email, 'pw-123456789'), 401)).toEqual(reference);
    }
    const sqlPassword = await login(api.baseUrl, TEST_OWNER.email, "' OR '1'='1");
    expect(await expectCleanError(sqlPassword, 401)).toEqual(reference);
  });

  it.each<[string, unknown, RegExp]>([
    ['an object as email', { email: { $gt: '' }, password: 'x' }, /email must be a string/],
    [
      'an object as password',
      { email: TEST_OWNER.email, password: { $ne: null } },
      /password must be a string/,
    ],
    ['an array as email', { email: [TEST_OWNER.email], password: 'x' }, /email must be a string/],
    ['a 10 KB email', { email: 'e'.repeat(10_240), password: 'x' }, /email is too long/],
    ['a 10 KB password', { email: TEST_OWNER.email, password: 'p'.repeat(10_240) }, /password is too long/],
    ['a NUL in the email', { email: 'owner\u0000@test.vigil', password: 'x' }, /must not contain NUL/],
    ['no fields', {}, /email/],
    ['a JSON string body', 'just a string', /not valid JSON|expected object/i],
    ['a JSON array body', [], /expected object/i],
  ])('refuses %s at sign-in with a clean 400', async (_name, body, message) => {
    const response = await postJson(api.baseUrl, '/api/auth/login', JSON.stringify(body));
    expect((await expectCleanError(response, 400)).message).toMatch(message);
  });

  it('refuses a sign-in that is not JSON', async () => {
    const response = await fetch(`${api.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: `email=${TEST_OWNER.email}&password=${TEST_OWNER.password}`,
    });
    await expectCleanError(response, 400);
  });

  it('stores an accepted but unusual email verbatim and returns it as data', async () => {
    const email = "o'brien+tag@example.com";
    const response = await owner.request('/api/users', {
      method: 'POST',
      body: JSON.stringify({ email, role: 'viewer', password: "pw' OR 1=1 --pw" }),
    });
    expect(response.status).toBe(201);
    const { items } = await owner.json<{ items: UserAdminJson[] }>('/api/users');
    expect(items.filter((u) => u.email === email)).toHaveLength(1);
    expect((await login(api.baseUrl, email, "pw' OR 1=1 --pw")).status).toBe(200);
  });

  it('never returns a stack trace, even when a request fails inside the server', async () => {
    // NUL bytes reach PostgreSQL on some routes: whatever the status, the body stays the plain error shape.
    for (const path of [
      '/api/transactions?orderId=a%00b',
      '/api/audit?actor=a%00b',
      '/api/transactions/%00',
    ]) {
      const response = await owner.request(path);
      const text = await response.text();
      expect(STACK_TRACE.test(text)).toBe(false);
      if (response.status >= 400) {
        expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['error', 'message', 'statusCode']);
      }
    }
  });

  it('sends security headers and no framework banner', async () => {
    const response = await owner.request('/api/auth/me');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });
});
