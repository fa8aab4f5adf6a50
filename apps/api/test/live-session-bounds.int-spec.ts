import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { LIVE_NAMESPACE } from '@vigil/contracts';
import { ApiClient, TEST_OWNER, waitFor } from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';
import { createUser, enableTwoFactor } from './auth-fixtures.js';

/**
 * docs/security.md#live-channel: a live socket lasts no longer than the session and the rules that let it in.
 */
describe('live sockets end with their session', () => {
  let api: ApiHarness;
  let owner: ApiClient;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    api = await startApi();
    owner = await ApiClient.login(api.baseUrl);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await api?.close();
  });

  async function connect(token: string): Promise<Socket> {
    const socket = io(`${api.baseUrl}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      auth: { token },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  }

  it('is disconnected when its session expires', async () => {
    const user = await createUser(api, owner, 'viewer');
    // This session ends in two seconds (as one created 7 days ago would).
    await api.app
      .get(DataSource)
      .query(`UPDATE sessions SET expires_at = now() + interval '2 seconds' WHERE user_id = $1`, [user.id]);
    const socket = await connect(user.client.bearer);
    await waitFor(() => !socket.connected, 15_000, 'the socket to be dropped at session expiry');
    expect((await user.client.request('/api/auth/me')).status).toBe(401);
  });

  it('is disconnected when the owner starts requiring 2FA and its user has none', async () => {
    const staff = await createUser(api, owner, 'staff');
    await enableTwoFactor(owner, TEST_OWNER.password);
    const withoutTwoFactor = await connect(staff.client.bearer);
    const ownerSocket = await connect(owner.bearer);
    const response = await owner.request('/api/settings/security', {
      method: 'PUT',
      body: JSON.stringify({ requireTwoFactor: true }),
    });
    expect(response.status).toBe(200);
    await waitFor(
      () => !withoutTwoFactor.connected,
      15_000,
      'the socket of a user without 2FA to be dropped',
    );
    expect(ownerSocket.connected).toBe(true);
  });
});
