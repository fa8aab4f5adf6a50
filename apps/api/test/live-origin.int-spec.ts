import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { LIVE_NAMESPACE, LIVE_UNAUTHORIZED, SESSION_COOKIE } from '@vigil/contracts';
import { ApiClient } from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';

const PUBLIC_URL = 'https://vigil.example.com';

/**
 * docs/security.md#live-channel: the session cookie opens /live only from the api's own origin or
 * VIGIL_PUBLIC_URL's.
 */
describe('live channel origin check', () => {
  let api: ApiHarness;
  let token: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    api = await startApi({ VIGIL_PUBLIC_URL: PUBLIC_URL });
    token = (await ApiClient.login(api.baseUrl)).bearer;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await api?.close();
  });

  /** Resolves 'connected' or the connect_error message. */
  function handshake(headers: Record<string, string>, auth?: { token: string }): Promise<string> {
    const socket = io(`${api.baseUrl}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      extraHeaders: headers,
      auth,
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    return new Promise((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', (error) => resolve(error.message));
    });
  }

  const cookie = () => `${SESSION_COOKIE}=${encodeURIComponent(token)}`;

  it('refuses the session cookie from another site', async () => {
    expect(await handshake({ cookie: cookie(), origin: 'https://evil.example' })).toBe(LIVE_UNAUTHORIZED);
    expect(await handshake({ cookie: cookie(), origin: 'null' })).toBe(LIVE_UNAUTHORIZED);
  });

  it("accepts it from the api's own origin and from VIGIL_PUBLIC_URL's", async () => {
    expect(await handshake({ cookie: cookie(), origin: api.baseUrl })).toBe('connected');
    expect(await handshake({ cookie: cookie(), origin: PUBLIC_URL })).toBe('connected');
    expect(await handshake({ cookie: cookie() })).toBe('connected');
  });

  it('accepts a token from any origin (it is not sent by the browser on its own)', async () => {
    expect(await handshake({ origin: 'https://evil.example' }, { token })).toBe('connected');
  });
});
