import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type ApiErrorJson } from '@vigil/contracts';
import { ApiClient, freePort } from '@vigil/testing';
import { createApiApp } from '../src/create-api-app.js';
import { type ApiHarness, startApi } from './api-harness.js';
import { createUser, type TestUser } from './auth-fixtures.js';

const LIMIT = 6;

/**
 * The global /api limit (VIGIL_API_RATE_LIMIT a minute): one budget per user, or per address when signed
 * out, shared by every api process; webhooks, health checks and /metrics are outside it.
 */
describe('the /api rate limit', () => {
  let api: ApiHarness;
  let second: NestExpressApplication;
  let secondUrl: string;
  let owner: ApiClient;
  let staff: TestUser;

  beforeAll(async () => {
    api = await startApi({ VIGIL_API_RATE_LIMIT: String(LIMIT) });
    // A second api process's worth: the same database and Redis prefix, its own Nest app and port.
    const port = await freePort();
    second = await createApiApp({ ...api.config, port });
    await second.listen(port, '127.0.0.1');
    secondUrl = `http://127.0.0.1:${port}`;
    owner = await ApiClient.login(api.baseUrl); // 1 of the address's budget
    staff = await createUser(api, owner, 'staff'); // the owner's 1st; the address's 2nd (login)
  });
  afterAll(async () => {
    await second?.close();
    await api?.close();
  });

  it('answers 429 with Retry-After and the API error JSON once a user spends the budget on any node', async () => {
    for (let i = 2; i <= LIMIT; i += 1) {
      const node = i % 2 === 0 ? api.baseUrl : secondUrl;
      const response = await fetch(`${node}/api/sources`, {
        headers: { authorization: `Bearer ${owner.bearer}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-ratelimit-limit-minute')).toBe(String(LIMIT));
    }
    const refused = await fetch(`${secondUrl}/api/transactions`, {
      headers: { authorization: `Bearer ${owner.bearer}` },
    });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as ApiErrorJson;
    expect(body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.stringContaining('Retry-After'),
    });
  });

  it('keeps a budget per user', async () => {
    expect((await staff.client.request('/api/sources')).status).toBe(200);
  });

  it('leaves webhooks, health checks and /metrics out of it', async () => {
    expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
    expect((await owner.request('/metrics')).status).toBe(200);
    const webhook = await fetch(`${api.baseUrl}/webhooks/no-such-source`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(webhook.status).toBe(404);
  });

  it('counts signed-out callers by address', async () => {
    // The address has spent 2 (the logins); public /api routes count against the same budget.
    const statuses: number[] = [];
    for (let i = 3; i <= LIMIT + 1; i += 1) statuses.push((await fetch(`${api.baseUrl}/api/docs`)).status);
    expect(statuses).toEqual([...Array.from({ length: LIMIT - 2 }, () => 200), 429]);
  });
});
