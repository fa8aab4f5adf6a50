import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { Redis } from 'ioredis';
import { type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Secret, TOTP } from 'otpauth';
import {
  type CreatedUserJson,
  type Role,
  type TwoFactorEnabledJson,
  type TwoFactorSetupJson,
} from '@vigil/contracts';
import { UserEntity } from '@vigil/persistence';
import { ApiClient } from '@vigil/testing';
import { SessionService } from '../src/auth/session.service.js';
import { type ApiHarness, startApi } from './api-harness.js';

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  password: string;
  client: ApiClient;
}

let counter = 0;

/** Creates a user through the public API (as the owner) and signs them in. */
export async function createUser(
  api: ApiHarness,
  owner: ApiClient,
  role: Role,
  email = `${role}-${Date.now()}-${(counter += 1)}@test.vigil`,
): Promise<TestUser> {
  const password = `pw-${role}-long-enough-${counter}`;
  const created = await owner.json<CreatedUserJson>('/api/users', {
    method: 'POST',
    body: JSON.stringify({ email, role, password }),
  });
  return { ...created, password, client: await ApiClient.login(api.baseUrl, email, password) };
}

/**
 * A fresh session straight from the session service (no HTTP login), so tests that need many sessions
 * neither trip the per-IP login limit nor lose the session they share when a route revokes it.
 */
export async function directSession(app: INestApplication, email: string): Promise<string> {
  const user = await app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ email });
  const { token } = await app.get(SessionService).create(user, '127.0.0.1', 'test');
  return token;
}

/** Forgets login throttling state (per-IP and per-account counters) between tests of one file. */
export async function resetLoginThrottle(api: ApiHarness): Promise<void> {
  if (!api.config.redisUrl) {
    await api.app.get(DataSource).query(`DELETE FROM rate_counters WHERE key LIKE 'login-%'`);
    return;
  }
  const redis = new Redis(api.config.redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${api.config.redisPrefix}:rate:login-*`,
        'COUNT',
        1000,
      );
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The api and its signed-in owner, as `useSignedInApi` hands them to a describe block. */
export interface SignedInApi {
  api: ApiHarness;
  owner: ApiClient;
}

/**
 * The setup of the files that sign in again and again, as hooks of the enclosing describe block: starts the api
 * in-process and signs the owner in before its tests (then hands both to `ready`), forgets the login throttle
 * before each test, so one test's sign-ins cannot lock the next one out, and closes the api after the tests.
 * Jest runs `afterAll` hooks in the order they are declared: one that must run before the api closes is
 * declared before this call.
 */
export function useSignedInApi(ready: (started: SignedInApi) => void): void {
  let api: ApiHarness | undefined;
  beforeAll(async () => {
    api = await startApi();
    ready({ api, owner: await ApiClient.login(api.baseUrl) });
  });
  afterAll(() => api?.close());
  beforeEach(() => resetLoginThrottle(api as ApiHarness));
}

export function postJson(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function login(baseUrl: string, email: string, password: string): Promise<Response> {
  return postJson(baseUrl, '/api/auth/login', { email, password });
}

/** The error body every failure shares: `{statusCode, error, message}` and nothing else. */
export async function expectErrorShape(
  response: Response,
  status: number,
): Promise<{ statusCode: number; error: string; message: string }> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  const body = JSON.parse(text) as Record<string, unknown>;
  const keys = Object.keys(body).sort();
  if (keys.join(',') !== 'error,message,statusCode' || body['statusCode'] !== status) {
    throw new Error(`unexpected error body: ${text}`);
  }
  return body as { statusCode: number; error: string; message: string };
}

/** The code an authenticator app shows `offsetMs` from now (one step ahead is still accepted). */
export const totp = (secret: string, offsetMs = 0): string =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offsetMs });
export const NEXT_STEP = 30_000;

export async function enableTwoFactor(
  client: ApiClient,
  password: string,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await client.json<TwoFactorSetupJson>('/api/auth/2fa/setup', {
    method: 'POST',
    body: JSON.stringify({ password }),
  });
  const { recoveryCodes } = await client.json<TwoFactorEnabledJson>('/api/auth/2fa/enable', {
    method: 'POST',
    body: JSON.stringify({ code: totp(setup.secret) }),
  });
  return { secret: setup.secret, recoveryCodes };
}
