import { describe, expect, it } from '@jest/globals';
import { ApiClient, TEST_OWNER } from '@vigil/testing';
import { type ApiHarness } from './api-harness.js';
import { createUser, expectErrorShape, login, postJson, useSignedInApi } from './auth-fixtures.js';

describe('sign-in throttling and enumeration', () => {
  let api: ApiHarness;
  let owner: ApiClient;

  useSignedInApi((started) => ({ api, owner } = started));

  it('gives an unknown email and a wrong password the identical answer', async () => {
    const unknown = await login(api.baseUrl, 'nobody-here@example.com', 'some-password-123');
    const wrong = await login(api.baseUrl, TEST_OWNER.email, 'some-password-123');
    const disabledUser = await createUser(api, owner, 'viewer');
    await owner.request(`/api/users/${disabledUser.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ disabled: true }),
    });
    const disabled = await login(api.baseUrl, disabledUser.email, disabledUser.password);
    const bodies = await Promise.all([unknown, wrong, disabled].map((r) => expectErrorShape(r, 401)));
    expect(bodies[0]).toEqual(bodies[1]);
    expect(bodies[0]).toEqual(bodies[2]);
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });

  it('locks an account after 10 failures: 429 with Retry-After, even for the right password', async () => {
    const staff = await createUser(api, owner, 'staff');
    for (let i = 0; i < 10; i += 1) {
      expect((await login(api.baseUrl, staff.email, `wrong-password-${i}`)).status).toBe(401);
    }
    const right = await login(api.baseUrl, staff.email.toUpperCase(), staff.password);
    const error = await expectErrorShape(right, 429);
    expect(error.message).toMatch(/for this account/);
    const retryAfter = Number(right.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(right.headers.get('set-cookie')).toBeNull();
    // Other accounts are unaffected; an owner's password reset lifts the lock.
    expect((await login(api.baseUrl, TEST_OWNER.email, TEST_OWNER.password)).status).toBe(200);
    const reset = await owner.json<{ password: string }>(`/api/users/${staff.id}/reset-password`, {
      method: 'POST',
    });
    expect((await login(api.baseUrl, staff.email, reset.password)).status).toBe(200);
  });

  it('evaluates at most 10 of 30 concurrent wrong passwords for one account', async () => {
    const staff = await createUser(api, owner, 'staff');
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(api.baseUrl, staff.email, `wrong-password-${i}`)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
    await expectErrorShape(await login(api.baseUrl, staff.email, staff.password), 429);
  });

  it('keeps counting failures across a successful sign-in', async () => {
    const staff = await createUser(api, owner, 'staff');
    for (let i = 0; i < 9; i += 1)
      expect((await login(api.baseUrl, staff.email, `wrong-password-${i}`)).status).toBe(401);
    expect((await login(api.baseUrl, staff.email, staff.password)).status).toBe(200);
    expect((await login(api.baseUrl, staff.email, 'wrong-password-last')).status).toBe(401);
    // Ten failures within the window: locked, even though a sign-in succeeded in between.
    await expectErrorShape(await login(api.baseUrl, staff.email, staff.password), 429);
  });

  it('locks an unknown email the same way, so lockouts reveal nothing either', async () => {
    for (let i = 0; i < 10; i += 1) await login(api.baseUrl, 'ghost@example.com', `wrong-${i}`);
    const response = await login(api.baseUrl, 'ghost@example.com', 'anything-at-all');
    await expectErrorShape(response, 429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('allows at most 30 attempts a minute from one IP', async () => {
    for (let i = 0; i < 30; i += 1) {
      expect((await login(api.baseUrl, `visitor-${i}@example.com`, 'not-the-password')).status).toBe(401);
    }
    const response = await login(api.baseUrl, TEST_OWNER.email, TEST_OWNER.password);
    const error = await expectErrorShape(response, 429);
    expect(error.message).toMatch(/from this address/);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('counts guessed two-factor challenges against the same per-IP limit', async () => {
    for (let i = 0; i < 30; i += 1) {
      const response = await postJson(api.baseUrl, '/api/auth/login/2fa', {
        challenge: `vgc_guess_${i}`,
        code: '123456',
      });
      expect(response.status).toBe(401);
    }
    const response = await postJson(api.baseUrl, '/api/auth/login/2fa', {
      challenge: 'vgc_guess',
      code: '123456',
    });
    await expectErrorShape(response, 429);
    expect((await login(api.baseUrl, TEST_OWNER.email, TEST_OWNER.password)).status).toBe(429);
  });

  it('records throttled sign-ins against an account in the audit log', async () => {
    for (let i = 0; i < 11; i += 1) await login(api.baseUrl, 'locked-out@example.com', `wrong-${i}`);
    const page = await owner.json<{ items: Array<{ details: { reason: string } }> }>(
      '/api/audit?actor=locked-out@example.com&limit=1',
    );
    expect(page.items[0]?.details.reason).toBe('throttled');
  });
});
