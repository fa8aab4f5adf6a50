import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type AuditEventJson, type MeJson, type Page } from '@vigil/contracts';
import { ApiClient, TEST_OWNER } from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';
import { createUser, enableTwoFactor, expectErrorShape, type TestUser } from './auth-fixtures.js';

describe('owner requires two-factor sign-in for everyone', () => {
  let api: ApiHarness;
  let owner: ApiClient;
  let staff: TestUser;

  beforeAll(async () => {
    api = await startApi();
    owner = await ApiClient.login(api.baseUrl);
    staff = await createUser(api, owner, 'staff');
  });
  afterAll(() => api?.close());

  const putSetting = (client: ApiClient, requireTwoFactor: unknown) =>
    client.request('/api/settings/security', { method: 'PUT', body: JSON.stringify({ requireTwoFactor }) });

  it('cannot be turned on by an owner who has no 2FA, nor by staff', async () => {
    expect((await expectErrorShape(await putSetting(owner, true), 409)).message).toMatch(/your own account/);
    await expectErrorShape(await putSetting(staff.client, true), 403);
    await expectErrorShape(await putSetting(owner, 'yes'), 400);
  });

  it('then lets users without 2FA sign in but only set 2FA up', async () => {
    await enableTwoFactor(owner, TEST_OWNER.password);
    const response = await putSetting(owner, true);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ requireTwoFactor: true });

    // Sign-in still works for a user without 2FA…
    const fresh = await ApiClient.login(api.baseUrl, staff.email, staff.password);
    // …but every route except the 2FA setup path answers 403.
    for (const path of ['/api/transactions', '/api/sources', '/api/settings/security']) {
      const error = await expectErrorShape(await fresh.request(path), 403);
      expect(error.message).toBe('two-factor authentication required');
    }
    await expectErrorShape(
      await fresh.request('/api/auth/password', {
        method: 'POST',
        body: JSON.stringify({ currentPassword: staff.password, newPassword: 'another-long-password' }),
      }),
      403,
    );
    expect(await fresh.json<MeJson>('/api/auth/me')).toMatchObject({
      twoFactorEnabled: false,
      twoFactorSetupRequired: true,
    });

    await enableTwoFactor(fresh, staff.password);
    expect((await fresh.request('/api/transactions')).status).toBe(200);
    expect(await fresh.json<MeJson>('/api/auth/me')).toMatchObject({ twoFactorSetupRequired: false });
    // And 2FA can no longer be switched off while it is required.
    const disable = await fresh.request('/api/auth/2fa/disable', {
      method: 'POST',
      body: JSON.stringify({ password: staff.password }),
    });
    await expectErrorShape(disable, 409);
  });

  it('owner with 2FA keeps full access and can lift the requirement', async () => {
    expect((await owner.request('/api/users')).status).toBe(200);
    const response = await putSetting(owner, false);
    expect(await response.json()).toEqual({ requireTwoFactor: false });
    const viewer = await createUser(api, owner, 'viewer');
    expect((await viewer.client.request('/api/transactions')).status).toBe(200);
    const { items } = await owner.json<Page<AuditEventJson>>('/api/audit?action=settings.security_update');
    expect(items.map((e) => e.details)).toEqual([
      { requireTwoFactor: { from: true, to: false } },
      { requireTwoFactor: { from: false, to: true } },
    ]);
    expect(items[0]?.actor.email).toBe(TEST_OWNER.email);
  });
});
