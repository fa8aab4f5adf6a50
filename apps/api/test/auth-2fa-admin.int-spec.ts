import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import {
  type AuditEventJson,
  type LoginResponse,
  type MeJson,
  type Page,
  type UserAdminJson,
} from '@vigil/contracts';
import { ApiClient } from '@vigil/testing';
import { type ApiHarness } from './api-harness.js';
import { createUser, enableTwoFactor, expectErrorShape, login, useSignedInApi } from './auth-fixtures.js';

/**
 * docs/security.md#two-factor-sign-in: enrolling re-checks the password, owners reset others' 2FA, codes are
 * keyed.
 */
describe('two-factor administration', () => {
  let api: ApiHarness;
  let owner: ApiClient;
  let ownerId: string;

  useSignedInApi((started) => ({ api, owner } = started));
  beforeAll(async () => {
    ownerId = (await owner.json<MeJson>('/api/auth/me')).id;
  });

  const setup = (client: ApiClient, body: unknown) =>
    client.request('/api/auth/2fa/setup', { method: 'POST', body: JSON.stringify(body) });

  it('enrolling asks for the password again, and audits a wrong one', async () => {
    const user = await createUser(api, owner, 'staff');
    expect((await expectErrorShape(await setup(user.client, {}), 400)).message).toMatch(
      /password is required/,
    );
    expect((await expectErrorShape(await setup(user.client, { password: 'wrong' }), 400)).message).toMatch(
      /password is incorrect/,
    );
    expect((await setup(user.client, { password: user.password })).status).toBe(200);
    const audit = await owner.json<Page<AuditEventJson>>('/api/audit?limit=50');
    const setups = audit.items.filter((e) => e.action === 'auth.2fa_setup' && e.target.id === user.id);
    expect(setups.map((e) => e.result).sort()).toEqual(['failure', 'success']);
  });

  it("lets an owner reset another user's two-factor sign-in: audited, their sessions revoked", async () => {
    const user = await createUser(api, owner, 'staff');
    await enableTwoFactor(user.client, user.password);
    const reset = await owner.request(`/api/users/${user.id}/reset-2fa`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await reset.json()) as UserAdminJson).toMatchObject({ id: user.id, twoFactorEnabled: false });
    expect((await user.client.request('/api/auth/me')).status).toBe(401);
    // The password alone signs in again, and the user can enrol a new phone.
    const signIn = await login(api.baseUrl, user.email, user.password);
    expect(((await signIn.json()) as LoginResponse).token).toBeDefined();
    const audit = await owner.json<Page<AuditEventJson>>('/api/audit?limit=50');
    expect(audit.items.find((e) => e.action === 'user.2fa_reset')).toMatchObject({
      actor: { userId: ownerId },
      target: { type: 'user', id: user.id },
      result: 'success',
      details: { email: user.email, wasEnabled: true },
    });
  });

  it('keeps the reset for owners, and for other users than oneself', async () => {
    const staff = await createUser(api, owner, 'staff');
    const other = await createUser(api, owner, 'viewer');
    await expectErrorShape(
      await staff.client.request(`/api/users/${other.id}/reset-2fa`, { method: 'POST' }),
      403,
    );
    const own = await owner.request(`/api/users/${ownerId}/reset-2fa`, { method: 'POST' });
    expect((await expectErrorShape(own, 400)).message).toMatch(/2fa\/disable/);
    await expectErrorShape(
      await owner.request('/api/users/00000000-0000-4000-8000-000000000000/reset-2fa', { method: 'POST' }),
      404,
    );
  });

  it('stores recovery codes as keyed HMACs, not plain hashes', async () => {
    const user = await createUser(api, owner, 'viewer');
    const { recoveryCodes } = await enableTwoFactor(user.client, user.password);
    const rows = (await api.app
      .get(DataSource)
      .query('SELECT code_hash FROM user_recovery_codes WHERE user_id = $1', [user.id])) as Array<{
      code_hash: string;
    }>;
    const plain = recoveryCodes.map((code) =>
      createHash('sha256').update(code.replace('-', '')).digest('hex'),
    );
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(plain).not.toContain(row.code_hash);
  });
});
