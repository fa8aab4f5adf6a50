import { describe, expect, it } from '@jest/globals';
import {
  type CreatedUserJson,
  type PasswordResetJson,
  type UserAdminJson,
  type UserJson,
} from '@vigil/contracts';
import { ApiClient, TEST_OWNER } from '@vigil/testing';
import { type ApiHarness } from './api-harness.js';
import { createUser, expectErrorShape, login, useSignedInApi } from './auth-fixtures.js';

describe('users API (owner)', () => {
  let api: ApiHarness;
  let owner: ApiClient;

  useSignedInApi((started) => ({ api, owner } = started));

  const createRaw = (body: unknown) =>
    owner.request('/api/users', { method: 'POST', body: JSON.stringify(body) });
  const patch = (client: ApiClient, id: string, body: unknown) =>
    client.request(`/api/users/${id}`, { method: 'PATCH', body: JSON.stringify(body) });
  const me = (client: ApiClient) => client.json<UserJson>('/api/auth/me');

  it('lists users without any secret', async () => {
    const { items } = await owner.json<{ items: UserAdminJson[] }>('/api/users');
    expect(items).toEqual([
      {
        id: expect.any(String),
        email: TEST_OWNER.email,
        role: 'owner',
        disabled: false,
        twoFactorEnabled: false,
        createdAt: expect.any(String),
      },
    ]);
  });

  it('creates a user with a chosen password: 201 {id, email, role}, and they can sign in', async () => {
    const response = await createRaw({
      email: 'Staff.One@Example.com',
      role: 'staff',
      password: 'a-long-password-1',
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as CreatedUserJson;
    expect(body).toEqual({ id: expect.any(String), email: 'staff.one@example.com', role: 'staff' });
    expect((await login(api.baseUrl, 'STAFF.ONE@example.com', 'a-long-password-1')).status).toBe(200);
  });

  it('generates a password when none is given and returns it once', async () => {
    const response = await createRaw({ email: 'viewer.gen@example.com', role: 'viewer' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as CreatedUserJson;
    expect(body.password).toEqual(expect.any(String));
    expect(body.password?.length).toBeGreaterThanOrEqual(12);
    const client = await ApiClient.login(api.baseUrl, 'viewer.gen@example.com', body.password);
    expect(await me(client)).toMatchObject({ email: 'viewer.gen@example.com', role: 'viewer' });
    const { items } = await owner.json<{ items: UserAdminJson[] }>('/api/users');
    expect(JSON.stringify(items)).not.toContain(body.password);
  });

  it('refuses a second account for the same email in any case with 409', async () => {
    await createUser(api, owner, 'viewer', 'dup@example.com');
    const again = await createRaw({
      email: '  DUP@Example.COM ',
      role: 'staff',
      password: 'another-long-pass',
    });
    const error = await expectErrorShape(again, 409);
    expect(error.message).toMatch(/already exists/);
  });

  const badInputs: Array<[string, unknown, RegExp]> = [
    ['missing email', { role: 'staff' }, /email/],
    ['not an email', { email: 'not-an-email', role: 'staff' }, /email must be an email address/],
    ['SQL in the email', { email: "' OR 1=1 --", role: 'staff' }, /email must be an email address/],
    [
      'markup in the email',
      { email: '<script>alert(1)</script>@x.com', role: 'staff' },
      /email must be an email/,
    ],
    ['unknown role', { email: 'a@example.com', role: 'admin' }, /role must be one of owner, staff, viewer/],
    [
      'short password',
      { email: 'a@example.com', role: 'staff', password: 'short' },
      /at least 12 characters/,
    ],
    ['misspelt field', { email: 'a@example.com', role: 'staff', rol: 'x' }, /rol/],
    ['object for email', { email: { $ne: '' }, role: 'staff' }, /email must be a string/],
    ['array for role', { email: 'a@example.com', role: ['owner'] }, /role/],
    ['10 KB email', { email: `${'a'.repeat(10_000)}@example.com`, role: 'staff' }, /at most 320/],
    [
      '10 KB password',
      { email: 'a@example.com', role: 'staff', password: 'p'.repeat(10_240) },
      /at most 1024/,
    ],
    ['JSON array body', [], /expected object/i],
  ];

  it.each(badInputs)('refuses bad input (%s) with a clear 400', async (_name, body, message) => {
    const error = await expectErrorShape(await createRaw(body), 400);
    expect(error.message).toMatch(message);
  });

  it('changes a role, effective on the next request', async () => {
    const user = await createUser(api, owner, 'staff');
    expect((await user.client.request('/api/users')).status).toBe(403);
    const response = await patch(owner, user.id, { role: 'owner' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: user.id, role: 'owner', disabled: false });
    expect((await user.client.request('/api/users')).status).toBe(200);
    expect((await patch(owner, user.id, { role: 'viewer' })).status).toBe(200);
    expect((await user.client.request('/api/users')).status).toBe(403);
  });

  it('disabling a user stops their token at once and refuses their sign-in like a wrong password', async () => {
    const user = await createUser(api, owner, 'staff');
    expect((await user.client.request('/api/auth/me')).status).toBe(200);
    expect((await patch(owner, user.id, { disabled: true })).status).toBe(200);
    await expectErrorShape(await user.client.request('/api/auth/me'), 401);
    const refused = await expectErrorShape(await login(api.baseUrl, user.email, user.password), 401);
    const unknown = await expectErrorShape(
      await login(api.baseUrl, 'nobody@example.com', user.password),
      401,
    );
    expect(refused.message).toBe(unknown.message);

    expect((await patch(owner, user.id, { disabled: false })).status).toBe(200);
    // Disabling revoked the old sessions: re-enabling does not bring them back.
    expect((await user.client.request('/api/auth/me')).status).toBe(401);
    expect((await login(api.baseUrl, user.email, user.password)).status).toBe(200);
  });

  it('never demotes or disables the last enabled owner (409)', async () => {
    const self = await me(owner);
    for (const body of [{ role: 'staff' }, { role: 'viewer' }, { disabled: true }]) {
      const error = await expectErrorShape(await patch(owner, self.id, body), 409);
      expect(error.message).toMatch(/last enabled owner/);
    }
    // A disabled second owner does not count.
    const second = await createUser(api, owner, 'owner');
    expect((await patch(owner, second.id, { disabled: true })).status).toBe(200);
    await expectErrorShape(await patch(owner, self.id, { role: 'staff' }), 409);
    // An enabled second owner does; the second owner may then be demoted while the first remains.
    expect((await patch(owner, second.id, { disabled: false })).status).toBe(200);
    expect((await patch(owner, second.id, { role: 'staff' })).status).toBe(200);
    expect(await me(owner)).toMatchObject({ role: 'owner' });
  });

  it('keeps one owner when two owners demote each other at the same moment', async () => {
    const second = await createUser(api, owner, 'owner');
    const self = await me(owner);
    const [a, b] = await Promise.all([
      patch(owner, second.id, { role: 'staff' }),
      patch(second.client, self.id, { role: 'staff' }),
    ]);
    // The loser is refused either by the owner check (409) or, when it arrives after the winner's
    // change, by its own lost role (403); never do both succeed.
    expect([a.status, b.status].filter((status) => status === 200)).toHaveLength(1);
    expect([403, 409]).toContain([a.status, b.status].find((status) => status !== 200));
    const { items } = await owner
      .json<{ items: UserAdminJson[] }>('/api/users')
      .catch(async () => second.client.json<{ items: UserAdminJson[] }>('/api/users'));
    expect(items.filter((u) => u.role === 'owner' && !u.disabled).length).toBeGreaterThanOrEqual(1);
    // Restore: whoever won is still owner and promotes the other back.
    const winner = a.status === 200 ? owner : second.client;
    const loserId = a.status === 200 ? second.id : self.id;
    expect((await patch(winner, loserId, { role: 'owner' })).status).toBe(200);
  });

  it('answers PATCH problems clearly: 404 unknown id, 400 empty or bad body', async () => {
    const user = await createUser(api, owner, 'viewer');
    await expectErrorShape(
      await patch(owner, '00000000-0000-4000-8000-000000000000', { role: 'staff' }),
      404,
    );
    await expectErrorShape(await patch(owner, 'not-a-uuid', { role: 'staff' }), 404);
    expect((await expectErrorShape(await patch(owner, user.id, {}), 400)).message).toMatch(
      /role and\/or disabled/,
    );
    expect((await expectErrorShape(await patch(owner, user.id, { disabled: 'yes' }), 400)).message).toMatch(
      /disabled must be true or false/,
    );
    await expectErrorShape(await patch(owner, user.id, { email: 'x@example.com' }), 400);
  });

  it('resets a password: a new one once, old password and sessions stop working', async () => {
    const user = await createUser(api, owner, 'staff');
    const response = await owner.request(`/api/users/${user.id}/reset-password`, { method: 'POST' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as PasswordResetJson;
    expect(body).toMatchObject({ id: user.id, email: user.email, role: 'staff' });
    expect(body.password.length).toBeGreaterThanOrEqual(12);
    expect((await user.client.request('/api/auth/me')).status).toBe(401);
    expect((await login(api.baseUrl, user.email, user.password)).status).toBe(401);
    expect((await login(api.baseUrl, user.email, body.password)).status).toBe(200);
    await expectErrorShape(
      await owner.request('/api/users/00000000-0000-4000-8000-000000000000/reset-password', {
        method: 'POST',
      }),
      404,
    );
  });

  it('is for owners only', async () => {
    const staff = await createUser(api, owner, 'staff');
    const viewer = await createUser(api, owner, 'viewer');
    for (const client of [staff.client, viewer.client]) {
      await expectErrorShape(await client.request('/api/users'), 403);
      await expectErrorShape(
        await client.request('/api/users', {
          method: 'POST',
          body: JSON.stringify({ email: 'z@example.com', role: 'owner' }),
        }),
        403,
      );
      await expectErrorShape(await patch(client, staff.id, { role: 'owner' }), 403);
      await expectErrorShape(
        await client.request(`/api/users/${staff.id}/reset-password`, { method: 'POST' }),
        403,
      );
    }
  });
});

describe('own account: password change and sign out everywhere', () => {
  let api: ApiHarness;
  let owner: ApiClient;

  useSignedInApi((started) => ({ api, owner } = started));

  const changePassword = (client: ApiClient, body: unknown) =>
    client.request('/api/auth/password', { method: 'POST', body: JSON.stringify(body) });

  it('changes the password of any role and signs out the other sessions only', async () => {
    const viewer = await createUser(api, owner, 'viewer');
    const otherDevice = await ApiClient.login(api.baseUrl, viewer.email, viewer.password);
    const response = await changePassword(viewer.client, {
      currentPassword: viewer.password,
      newPassword: 'a-brand-new-password',
    });
    expect(response.status).toBe(204);
    expect((await viewer.client.request('/api/auth/me')).status).toBe(200);
    expect((await otherDevice.request('/api/auth/me')).status).toBe(401);
    expect((await login(api.baseUrl, viewer.email, viewer.password)).status).toBe(401);
    expect((await login(api.baseUrl, viewer.email, 'a-brand-new-password')).status).toBe(200);
  });

  it('refuses a wrong current password, a short or unchanged new one with 400', async () => {
    const staff = await createUser(api, owner, 'staff');
    const wrong = await expectErrorShape(
      await changePassword(staff.client, {
        currentPassword: 'not-my-password',
        newPassword: 'another-long-one',
      }),
      400,
    );
    expect(wrong.message).toMatch(/password is incorrect/);
    const short = await expectErrorShape(
      await changePassword(staff.client, { currentPassword: staff.password, newPassword: 'short' }),
      400,
    );
    expect(short.message).toMatch(/newPassword must be at least 12 characters/);
    await expectErrorShape(
      await changePassword(staff.client, { currentPassword: staff.password, newPassword: staff.password }),
      400,
    );
    await expectErrorShape(await changePassword(staff.client, { newPassword: 'another-long-one' }), 400);
    // Still signed in and the password unchanged.
    expect((await login(api.baseUrl, staff.email, staff.password)).status).toBe(200);
  });

  it('counts wrong current passwords against the account lockout', async () => {
    const staff = await createUser(api, owner, 'staff');
    for (let i = 0; i < 10; i += 1) {
      await changePassword(staff.client, { currentPassword: `wrong-${i}`, newPassword: 'another-long-one' });
    }
    const locked = await changePassword(staff.client, {
      currentPassword: staff.password,
      newPassword: 'another-long-one',
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('signs out everywhere, this session included', async () => {
    const staff = await createUser(api, owner, 'staff');
    const second = await ApiClient.login(api.baseUrl, staff.email, staff.password);
    const response = await staff.client.request('/api/auth/logout-all', { method: 'POST' });
    expect(response.status).toBe(204);
    expect((await staff.client.request('/api/auth/me')).status).toBe(401);
    expect((await second.request('/api/auth/me')).status).toBe(401);
    expect((await login(api.baseUrl, staff.email, staff.password)).status).toBe(200);
  });
});
