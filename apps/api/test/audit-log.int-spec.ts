import { describe, expect, it } from '@jest/globals';
import { type AuditEventJson, type Page } from '@vigil/contracts';
import { ApiClient, TEST_OWNER } from '@vigil/testing';
import { AuditService } from '../src/audit/audit.service.js';
import { type ApiHarness } from './api-harness.js';
import { createUser, expectErrorShape, login, useSignedInApi } from './auth-fixtures.js';

describe('audit log', () => {
  let api: ApiHarness;
  let owner: ApiClient;

  useSignedInApi((started) => ({ api, owner } = started));

  const audit = (query = '') => owner.json<Page<AuditEventJson>>(`/api/audit${query}`);
  const allEntries = async (query = ''): Promise<AuditEventJson[]> =>
    (await audit(`?limit=500${query}`)).items;

  it('records sign-ins and failed sign-ins with the attempted email lower-cased, newest first', async () => {
    await login(api.baseUrl, 'Nobody@Example.COM', 'whatever-password');
    await login(api.baseUrl, TEST_OWNER.email.toUpperCase(), 'wrong-password-here');
    await login(api.baseUrl, TEST_OWNER.email, TEST_OWNER.password);

    const [latest, wrong, unknown] = await allEntries('&action=auth.*');
    expect(latest).toMatchObject({
      action: 'auth.login',
      result: 'success',
      actor: { userId: expect.any(String), email: TEST_OWNER.email },
      ip: expect.stringMatching(/127\.0\.0\.1/),
      details: { method: 'password' },
    });
    expect(latest?.userAgent).toEqual(expect.any(String));
    expect(wrong).toMatchObject({
      action: 'auth.login_failed',
      result: 'failure',
      actor: { email: TEST_OWNER.email },
      details: { reason: 'wrong_password' },
    });
    expect(unknown).toMatchObject({
      action: 'auth.login_failed',
      result: 'failure',
      actor: { userId: null, email: 'nobody@example.com' },
      details: { reason: 'unknown_email' },
    });
    const times = (await allEntries()).map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('records user changes, password changes and sign-outs without any password in them', async () => {
    const staff = await createUser(api, owner, 'staff', 'audited@example.com');
    await owner.request(`/api/users/${staff.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'viewer' }),
    });
    const reset = await owner.json<{ password: string }>(`/api/users/${staff.id}/reset-password`, {
      method: 'POST',
    });
    const client = await ApiClient.login(api.baseUrl, staff.email, reset.password);
    await client.request('/api/auth/password', {
      method: 'POST',
      body: JSON.stringify({ currentPassword: reset.password, newPassword: 'the-newest-password' }),
    });
    await client.request('/api/auth/logout', { method: 'POST' });

    const entries = await allEntries();
    const byAction = (action: string) => entries.find((e) => e.action === action && e.target.id === staff.id);
    expect(byAction('user.create')).toMatchObject({
      actor: { email: TEST_OWNER.email },
      target: { type: 'user', id: staff.id },
      details: { email: 'audited@example.com', role: 'staff' },
    });
    expect(byAction('user.update')).toMatchObject({
      details: { changes: { role: { from: 'staff', to: 'viewer' } } },
    });
    expect(byAction('user.password_reset')).toMatchObject({ actor: { email: TEST_OWNER.email } });
    expect(byAction('auth.password_change')).toMatchObject({
      actor: { email: staff.email },
      result: 'success',
    });
    expect(entries.find((e) => e.action === 'auth.logout' && e.actor.userId === staff.id)).toBeDefined();

    const everything = JSON.stringify(entries);
    for (const secret of [staff.password, reset.password, 'the-newest-password', 'wrong-password-here']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('filters by actor (email or id), action (exact or prefix) and time', async () => {
    const viewer = await createUser(api, owner, 'viewer', 'filter-me@example.com');
    const byEmail = await allEntries('&actor=FILTER-ME@example.com');
    expect(byEmail.length).toBeGreaterThan(0);
    expect(byEmail.every((e) => e.actor.email === 'filter-me@example.com')).toBe(true);
    const byId = await allEntries(`&actor=${viewer.id}`);
    expect(byId.map((e) => e.id)).toEqual(
      byEmail.filter((e) => e.actor.userId === viewer.id).map((e) => e.id),
    );

    expect((await allEntries('&action=user.create')).every((e) => e.action === 'user.create')).toBe(true);
    const users = await allEntries('&action=user.*');
    expect(new Set(users.map((e) => e.action))).toEqual(
      new Set(['user.create', 'user.update', 'user.password_reset']),
    );

    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await audit(`?from=${future}`)).total).toBe(0);
    expect((await audit(`?to=${future}`)).total).toBe((await audit()).total);
  });

  it('pages newest first with a keyset cursor: no gaps, no repeats', async () => {
    // Entries written in the same millisecond must still page exactly.
    const service = api.app.get(AuditService);
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => service.record({ action: 'test.burst', details: { i } })),
    );
    const expected = await allEntries('&action=test.burst');
    expect(expected).toHaveLength(25);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<AuditEventJson> = await audit(
        `?action=test.burst&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.total).toBe(25);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected.map((e) => e.id));
  });

  it('redacts secrets that a feature passes by mistake', async () => {
    await api.app.get(AuditService).record({
      action: 'source.create',
      actor: { user: { id: null, email: 'system' }, ip: null, userAgent: null },
      targetType: 'source',
      targetId: 'src_1',
      details: { name: 'Shop', secret: 'whsec_shhh', nested: { password: 'p', token: 't' } },
    });
    const [entry] = await allEntries('&action=source.create');
    expect(entry?.details).toEqual({
      name: 'Shop',
      secret: '[redacted]',
      nested: { password: '[redacted]', token: '[redacted]' },
    });
  });

  it('stores hostile input inert and returns it as JSON data', async () => {
    const hostile = `<script>alert('x')</script>' OR 1=1 --`;
    const response = await login(api.baseUrl, hostile, 'a-password-that-is-wrong');
    expect(response.status).toBe(401);
    const page = await owner.request('/api/audit?action=auth.login_failed&limit=1');
    expect(page.headers.get('content-type')).toMatch(/^application\/json/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await page.json()) as Page<AuditEventJson>;
    expect(body.items[0]?.actor.email).toBe(hostile.toLowerCase());
  });

  it.each([
    ['limit=0', /limit must be at least 1/],
    ['limit=501', /limit must be at most 500/],
    ['limit=abc', /limit/],
    ['cursor=not-a-cursor', /cursor is not valid/],
    ['from=yesterday', /from must be an ISO 8601 date/],
    ["action=user.create' OR '1'='1", /action must be an action name/],
    [`actor=${'a'.repeat(400)}`, /actor must be at most 320/],
  ])('refuses a bad query (%s) with 400', async (query, message) => {
    const error = await expectErrorShape(await owner.request(`/api/audit?${query}`), 400);
    expect(error.message).toMatch(message);
  });

  it('is for owners only', async () => {
    const staff = await createUser(api, owner, 'staff');
    await expectErrorShape(await staff.client.request('/api/audit'), 403);
    await expectErrorShape(await fetch(`${api.baseUrl}/api/audit`), 401);
  });
});
