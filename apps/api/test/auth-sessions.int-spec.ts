import { afterAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { CSRF_COOKIE, LIVE_NAMESPACE, SESSION_COOKIE } from '@vigil/contracts';
import { ApiClient, TEST_OWNER, waitFor } from '@vigil/testing';
import { type ApiHarness } from './api-harness.js';
import { createUser, expectErrorShape, login, useSignedInApi } from './auth-fixtures.js';

function cookiesOf(response: Response): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const index = pair?.indexOf('=') ?? -1;
    if (pair && index > 0) jar[pair.slice(0, index)] = decodeURIComponent(pair.slice(index + 1));
  }
  return jar;
}

describe('sessions: CSRF, revocation and the live channel', () => {
  let api: ApiHarness;
  let owner: ApiClient;
  const sockets: Socket[] = [];

  // Declared before the api's hooks, so the sockets close before the api does.
  afterAll(() => {
    for (const socket of sockets) socket.close();
  });
  useSignedInApi((started) => ({ api, owner } = started));

  /** Connects to /live and resolves once connected; `disconnected` resolves when the server drops it. */
  async function connectLive(token: string): Promise<{ socket: Socket; disconnected: Promise<string> }> {
    const socket = io(`${api.baseUrl}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      auth: { token },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    const disconnected = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return { socket, disconnected };
  }

  it('sets an httpOnly session cookie and a readable CSRF cookie on sign-in', async () => {
    const response = await login(api.baseUrl, TEST_OWNER.email, TEST_OWNER.password);
    const lines = response.headers.getSetCookie();
    const session = lines.find((l) => l.startsWith(`${SESSION_COOKIE}=`));
    const csrf = lines.find((l) => l.startsWith(`${CSRF_COOKIE}=`));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
  });

  it('refuses a cookie-authenticated write without X-CSRF-Token; the header or a bearer token passes', async () => {
    const jar = cookiesOf(await login(api.baseUrl, TEST_OWNER.email, TEST_OWNER.password));
    const cookie = `${SESSION_COOKIE}=${jar[SESSION_COOKIE]}`;
    const create = (headers: Record<string, string>, email: string) =>
      fetch(`${api.baseUrl}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email, role: 'viewer' }),
      });

    const missing = await expectErrorShape(await create({ cookie }, 'csrf-1@example.com'), 403);
    expect(missing.message).toMatch(/CSRF/);
    await expectErrorShape(await create({ cookie, 'x-csrf-token': 'forged' }, 'csrf-2@example.com'), 403);
    // A CSRF token of another session does not fit this one.
    const other = cookiesOf(await login(api.baseUrl, TEST_OWNER.email, TEST_OWNER.password));
    await expectErrorShape(
      await create({ cookie, 'x-csrf-token': other[CSRF_COOKIE] ?? '' }, 'csrf-3@example.com'),
      403,
    );
    expect(
      (await create({ cookie, 'x-csrf-token': jar[CSRF_COOKIE] ?? '' }, 'csrf-4@example.com')).status,
    ).toBe(201);
    expect((await create({ authorization: `Bearer ${owner.bearer}` }, 'csrf-5@example.com')).status).toBe(
      201,
    );
    // Reads need no CSRF token.
    expect((await fetch(`${api.baseUrl}/api/auth/me`, { headers: { cookie } })).status).toBe(200);
    const { items } = await owner.json<{ items: Array<{ email: string }> }>('/api/users');
    expect(items.map((u) => u.email)).not.toContain('csrf-1@example.com');
  });

  it('signs out: the token stops working, the cookies are cleared and the live socket is disconnected', async () => {
    const client = await ApiClient.login(api.baseUrl);
    const { disconnected } = await connectLive(client.bearer);
    const response = await client.request('/api/auth/logout', { method: 'POST' });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().some((l) => l.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
    expect(await disconnected).toBe('io server disconnect');
    await expectErrorShape(await client.request('/api/auth/me'), 401);
    // The revoked token cannot open a new live connection either.
    await expect(connectLive(client.bearer)).rejects.toThrow('unauthorized');
  });

  it('disabling a user stops their token at once and drops their live sockets', async () => {
    const staff = await createUser(api, owner, 'staff');
    const { disconnected } = await connectLive(staff.client.bearer);
    const patch = await owner.request(`/api/users/${staff.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ disabled: true }),
    });
    expect(patch.status).toBe(200);
    await expectErrorShape(await staff.client.request('/api/transactions'), 401);
    expect(await disconnected).toBe('io server disconnect');
  });

  it('signing out everywhere drops every socket of the user, and only theirs', async () => {
    const viewer = await createUser(api, owner, 'viewer');
    const second = await ApiClient.login(api.baseUrl, viewer.email, viewer.password);
    const first = await connectLive(viewer.client.bearer);
    const other = await connectLive(second.bearer);
    const bystander = await connectLive(owner.bearer);
    expect((await second.request('/api/auth/logout-all', { method: 'POST' })).status).toBe(204);
    await Promise.all([first.disconnected, other.disconnected]);
    await waitFor(() => !first.socket.connected && !other.socket.connected, 2_000, 'sockets to drop');
    expect(bystander.socket.connected).toBe(true);
  });

  it('a password change keeps the current session and drops the others', async () => {
    const staff = await createUser(api, owner, 'staff');
    const elsewhere = await ApiClient.login(api.baseUrl, staff.email, staff.password);
    const current = await connectLive(staff.client.bearer);
    const stale = await connectLive(elsewhere.bearer);
    const response = await staff.client.request('/api/auth/password', {
      method: 'POST',
      body: JSON.stringify({ currentPassword: staff.password, newPassword: 'changed-password-1' }),
    });
    expect(response.status).toBe(204);
    await stale.disconnected;
    expect(current.socket.connected).toBe(true);
    expect((await staff.client.request('/api/auth/me')).status).toBe(200);
  });
});
