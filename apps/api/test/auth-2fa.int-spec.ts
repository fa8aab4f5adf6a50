import { describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import {
  type AuditEventJson,
  type LoginResponse,
  type LoginTwoFactorRequired,
  type MeJson,
  type Page,
  SESSION_COOKIE,
  type TwoFactorEnabledJson,
  type TwoFactorSetupJson,
} from '@vigil/contracts';
import { ApiClient } from '@vigil/testing';
import { type ApiHarness } from './api-harness.js';
import {
  createUser,
  enableTwoFactor,
  expectErrorShape,
  login,
  NEXT_STEP,
  postJson,
  totp,
  useSignedInApi,
} from './auth-fixtures.js';

async function challengeFor(api: ApiHarness, email: string, password: string): Promise<string> {
  const response = await login(api.baseUrl, email, password);
  expect(response.status).toBe(200);
  const body = (await response.json()) as LoginTwoFactorRequired;
  expect(body).toEqual({ twoFactorRequired: true, challenge: expect.any(String) });
  return body.challenge;
}

const secondStep = (api: ApiHarness, body: Record<string, string>) =>
  postJson(api.baseUrl, '/api/auth/login/2fa', body);

describe('two-factor sign-in (TOTP)', () => {
  let api: ApiHarness;
  let owner: ApiClient;

  useSignedInApi((started) => ({ api, owner } = started));

  it('sets up with a base32 secret, an otpauth URL and a QR data URL; the secret is sealed at rest', async () => {
    const user = await createUser(api, owner, 'staff');
    const setup = await user.client.json<TwoFactorSetupJson>('/api/auth/2fa/setup', {
      method: 'POST',
      body: JSON.stringify({ password: user.password }),
    });
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Vigil:/);
    expect(setup.otpauthUrl).toContain(`secret=${setup.secret}`);
    expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const [row] = (await api.app
      .get(DataSource)
      .query('SELECT totp_secret_sealed, totp_enabled_at FROM users WHERE id = $1', [user.id])) as Array<{
      totp_secret_sealed: string;
      totp_enabled_at: Date | null;
    }>;
    expect(row?.totp_secret_sealed).toMatch(/^v1\./);
    expect(row?.totp_secret_sealed).not.toContain(setup.secret);
    expect(row?.totp_enabled_at).toBeNull();
    // Not active until confirmed: sign-in still needs only the password.
    expect(
      ((await (await login(api.baseUrl, user.email, user.password)).json()) as LoginResponse).token,
    ).toBeDefined();
  });

  it('enables with a current code and returns ten recovery codes stored only as hashes', async () => {
    const user = await createUser(api, owner, 'viewer');
    const setup = await user.client.json<TwoFactorSetupJson>('/api/auth/2fa/setup', {
      method: 'POST',
      body: JSON.stringify({ password: user.password }),
    });
    const enable = (code: string) =>
      user.client.request('/api/auth/2fa/enable', { method: 'POST', body: JSON.stringify({ code }) });
    expect((await expectErrorShape(await enable('000000'), 400)).message).toMatch(/code is not valid/);
    await expectErrorShape(await enable('abc'), 400);
    const response = await enable(totp(setup.secret));
    expect(response.status).toBe(200);
    const { recoveryCodes } = (await response.json()) as TwoFactorEnabledJson;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const rows = (await api.app
      .get(DataSource)
      .query('SELECT code_hash FROM user_recovery_codes WHERE user_id = $1', [user.id])) as Array<{
      code_hash: string;
    }>;
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(recoveryCodes).not.toContain(row.code_hash);
    }
    expect(await user.client.json<MeJson>('/api/auth/me')).toMatchObject({ twoFactorEnabled: true });
    await expectErrorShape(
      await user.client.request('/api/auth/2fa/setup', {
        method: 'POST',
        body: JSON.stringify({ password: user.password }),
      }),
      409,
    );
    await expectErrorShape(await enable(totp(setup.secret, NEXT_STEP)), 409);
  });

  it('refuses enable before setup with 409', async () => {
    const user = await createUser(api, owner, 'staff');
    const response = await user.client.request('/api/auth/2fa/enable', {
      method: 'POST',
      body: JSON.stringify({ code: '123456' }),
    });
    expect((await expectErrorShape(response, 409)).message).toMatch(/2fa\/setup/);
  });

  it('signs in in two steps: a challenge without a session, then the code gives the normal response', async () => {
    const user = await createUser(api, owner, 'staff');
    const { secret } = await enableTwoFactor(user.client, user.password);
    const first = await login(api.baseUrl, user.email, user.password);
    expect(first.headers.get('set-cookie')).toBeNull();
    const { challenge } = (await first.json()) as LoginTwoFactorRequired;
    // The challenge is not a session token.
    expect(
      (await fetch(`${api.baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${challenge}` } }))
        .status,
    ).toBe(401);

    const code = totp(secret, NEXT_STEP);
    const second = await secondStep(api, { challenge, code });
    expect(second.status).toBe(200);
    const body = (await second.json()) as LoginResponse;
    expect(body).toEqual({
      token: expect.any(String),
      user: { id: user.id, email: user.email, role: 'staff' },
    });
    expect(second.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(true);
    expect((await new ApiClient(api.baseUrl, body.token).request('/api/auth/me')).status).toBe(200);

    // Single use: neither the challenge nor the code works again.
    await expectErrorShape(await secondStep(api, { challenge, code }), 401);
    const again = await challengeFor(api, user.email, user.password);
    const replay = await expectErrorShape(await secondStep(api, { challenge: again, code }), 401);
    expect(replay.message).toBe('Invalid two-factor code');
  });

  it('a wrong password never reaches the second step', async () => {
    const user = await createUser(api, owner, 'viewer');
    await enableTwoFactor(user.client, user.password);
    const response = await login(api.baseUrl, user.email, 'not-the-password');
    expect((await expectErrorShape(response, 401)).message).toBe('Invalid email or password');
  });

  it('accepts each recovery code once, however it is typed', async () => {
    const user = await createUser(api, owner, 'staff');
    const { recoveryCodes } = await enableTwoFactor(user.client, user.password);
    const [code] = recoveryCodes;
    const typed = code!.toUpperCase().replace('-', ' ');
    const ok = await secondStep(api, {
      challenge: await challengeFor(api, user.email, user.password),
      recoveryCode: typed,
    });
    expect(ok.status).toBe(200);
    const reused = await secondStep(api, {
      challenge: await challengeFor(api, user.email, user.password),
      recoveryCode: code!,
    });
    await expectErrorShape(reused, 401);
    const audit = await owner.json<Page<AuditEventJson>>(
      `/api/audit?actor=${user.id}&action=auth.login&limit=1`,
    );
    expect(audit.items[0]?.details).toEqual({ method: 'recovery_code', recoveryCodesLeft: 9 });
  });

  it('throws a challenge away after five wrong codes, and wrong codes count towards the lockout', async () => {
    const user = await createUser(api, owner, 'viewer');
    const { recoveryCodes } = await enableTwoFactor(user.client, user.password);
    const challenge = await challengeFor(api, user.email, user.password);
    for (let i = 0; i < 5; i += 1) {
      await expectErrorShape(await secondStep(api, { challenge, code: '000000' }), 401);
    }
    const dead = await secondStep(api, { challenge, recoveryCode: recoveryCodes[0]! });
    expect((await expectErrorShape(dead, 401)).message).toMatch(/challenge is invalid or has expired/);

    for (let i = 0; i < 5; i += 1) {
      const next = await challengeFor(api, user.email, user.password);
      await secondStep(api, { challenge: next, code: '111111' });
    }
    const locked = await login(api.baseUrl, user.email, user.password);
    await expectErrorShape(locked, 429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no code at all', { challenge: 'vgc_x' }],
    ['both kinds of code', { challenge: 'vgc_x', code: '123456', recoveryCode: 'abcde-fghjk' }],
    ['an object as code', { challenge: 'vgc_x', code: { $ne: '' } }],
    ['a 10 KB challenge', { challenge: 'c'.repeat(10_240), code: '123456' }],
  ])('refuses a second step with %s (400)', async (_name, body) => {
    await expectErrorShape(await postJson(api.baseUrl, '/api/auth/login/2fa', body), 400);
  });

  it('refuses an unknown challenge with 401', async () => {
    await expectErrorShape(await secondStep(api, { challenge: 'vgc_made-up', code: '123456' }), 401);
  });

  it('disables with the password; sign-in then needs only the password again', async () => {
    const user = await createUser(api, owner, 'staff');
    await enableTwoFactor(user.client, user.password);
    const disable = (password: string) =>
      user.client.request('/api/auth/2fa/disable', { method: 'POST', body: JSON.stringify({ password }) });
    expect((await expectErrorShape(await disable('wrong-password-x'), 400)).message).toMatch(
      /password is incorrect/,
    );
    expect((await disable(user.password)).status).toBe(204);
    const body = (await (await login(api.baseUrl, user.email, user.password)).json()) as LoginResponse;
    expect(body.token).toEqual(expect.any(String));
    await expectErrorShape(await disable(user.password), 409);
    const count = (await api.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM user_recovery_codes WHERE user_id = $1', [user.id])) as Array<{
      n: number;
    }>;
    expect(count[0]?.n).toBe(0);
  });

  it('audits enable, disable and 2FA sign-ins without secrets or codes', async () => {
    const user = await createUser(api, owner, 'staff');
    const { secret, recoveryCodes } = await enableTwoFactor(user.client, user.password);
    const challenge = await challengeFor(api, user.email, user.password);
    await secondStep(api, { challenge, code: totp(secret, NEXT_STEP) });
    const { items } = await owner.json<Page<AuditEventJson>>(`/api/audit?actor=${user.id}&limit=500`);
    const actions = items.map((e) => e.action);
    expect(actions).toContain('auth.2fa_enable');
    expect(items.find((e) => e.action === 'auth.login')?.details).toEqual({ method: 'totp' });
    const text = JSON.stringify(items);
    for (const value of [secret, ...recoveryCodes, challenge]) expect(text).not.toContain(value);
  });
});
