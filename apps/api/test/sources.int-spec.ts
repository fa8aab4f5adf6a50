import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type SourceJson, type SourceWithSecretJson } from '@vigil/contracts';
import { ApiClient, canonicalOrder, signStandard } from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';

interface ErrorBody {
  statusCode: number;
  message: string;
}

const standardSecret = (bytes = 24) => `whsec_${randomBytes(bytes).toString('base64')}`;

/**
 * Webhook sources: create, list, change and rotate (docs/api.md#webhook-sources-and-ingestion), as the owner
 * uses them.
 */
describe('sources API', () => {
  let api: ApiHarness;
  let owner: ApiClient;

  beforeAll(async () => {
    api = await startApi();
    owner = await ApiClient.login(api.baseUrl);
  });
  afterAll(() => api?.close());

  async function call(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
    const response = await owner.request(path, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() };
  }
  const messageOf = (result: { body: unknown }) => (result.body as ErrorBody).message;

  it('creates a source with a generated secret and lists it without any secret', async () => {
    const created = await owner.createSource({ name: 'Store', kind: 'standard' });
    expect(created).toMatchObject({
      name: 'Store',
      kind: 'standard',
      ingestUrl: `${api.baseUrl}/webhooks/${created.id}`,
      decisionUrl: null,
      rateLimitPerSecond: 10_000,
      previousSecretExpiresAt: null,
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const listed = await owner.request('/api/sources');
    const text = await listed.text();
    expect(text).toContain(created.id);
    expect(text).not.toContain(created.secret);
    expect(text).not.toMatch(/"secret"/);
  });

  it.each([
    ['standard', 'not-whsec-prefixed-secret', /whsec_/],
    ['standard', 'whsec_***not*base64***', /base64/],
    ['standard', `whsec_${randomBytes(8).toString('base64')}`, /at least 16 bytes/],
    ['stripe', 'whsec_short', /at least 16 characters/],
    ['shopify', 'short', /at least 16 characters/],
  ])('refuses a %s source with secret %s', async (kind, secret, reason) => {
    const result = await call('POST', '/api/sources', { name: 'Bad', kind, secret });
    expect(result.status).toBe(400);
    expect(messageOf(result)).toMatch(reason);
  });

  it('accepts user-given secrets in each provider format', async () => {
    for (const [kind, secret] of [
      ['standard', standardSecret(16)],
      ['stripe', 'whsec_0123456789abcdefABCDEF'],
      ['shopify', 'shpss_0123456789abcdef'],
    ] as const) {
      const result = await call('POST', '/api/sources', { name: kind, kind, secret });
      expect(result.status).toBe(201);
      expect((result.body as SourceWithSecretJson).secret).toBe(secret);
    }
  });

  describe('PATCH /api/sources/:id', () => {
    let source: SourceWithSecretJson;
    beforeAll(async () => {
      source = await owner.createSource({ name: 'Editable', kind: 'stripe' });
    });

    it('changes name, decision URL and rate limit, and never returns the secret', async () => {
      const result = await call('PATCH', `/api/sources/${source.id}`, {
        name: '  Main Stripe account ',
        decisionUrl: 'http://127.0.0.1:9999/vigil-decisions',
        rateLimitPerSecond: 500,
      });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({
        id: source.id,
        name: 'Main Stripe account',
        kind: 'stripe',
        decisionUrl: 'http://127.0.0.1:9999/vigil-decisions',
        rateLimitPerSecond: 500,
      });
      expect(result.body).not.toHaveProperty('secret');

      const cleared = await call('PATCH', `/api/sources/${source.id}`, { decisionUrl: null });
      expect(cleared.body).toMatchObject({
        name: 'Main Stripe account',
        decisionUrl: null,
        rateLimitPerSecond: 500,
      });
      const { items } = await owner.json<{ items: SourceJson[] }>('/api/sources');
      expect(items.find((item) => item.id === source.id)).toMatchObject({
        decisionUrl: null,
        rateLimitPerSecond: 500,
      });
    });

    it.each([
      [{ rateLimitPerSecond: 0 }, /rateLimitPerSecond must be at least 1/],
      [{ rateLimitPerSecond: 100_001 }, /rateLimitPerSecond must be at most 100000/],
      [{ rateLimitPerSecond: 2.5 }, /rateLimitPerSecond must be an integer/],
      [{ rateLimitPerSecond: '10' }, /rateLimitPerSecond must be an integer/],
      [{ name: '   ' }, /name is required/],
      [{ decisionUrl: 'ftp://example.com/x' }, /decisionUrl must be an http\(s\) URL/],
      [{ secret: standardSecret() }, /unknown field secret.*rotate/],
      [{ kind: 'shopify' }, /unknown field kind/],
      [{}, /nothing to change/],
    ])('refuses %j with a 400 that says why', async (body, reason) => {
      const result = await call('PATCH', `/api/sources/${source.id}`, body);
      expect(result.status).toBe(400);
      expect(messageOf(result)).toMatch(reason);
    });

    it('answers 404 for an unknown id and for an id that is not a UUID', async () => {
      for (const id of [randomUUID(), 'nope', '123']) {
        const result = await call('PATCH', `/api/sources/${id}`, { name: 'x' });
        expect(result.status).toBe(404);
        expect(messageOf(result)).toMatch(/unknown webhook source/i);
      }
    });
  });

  describe('POST /api/sources/:id/rotate', () => {
    const sign = (secret: string, id: string) => signStandard(secret, id, canonicalOrder({ orderId: id }));
    const deliver = async (source: SourceJson, secret: string, id: string) =>
      (await fetch(source.ingestUrl, { method: 'POST', ...sign(secret, id) })).status;

    it('returns a new secret once; the old one keeps verifying for the default 24 h grace', async () => {
      const source = await owner.createSource({ name: 'Rotate me', kind: 'standard' });
      const before = Date.now();
      const result = await call('POST', `/api/sources/${source.id}/rotate`);
      expect(result.status).toBe(200);
      const rotated = result.body as SourceWithSecretJson;
      expect(rotated.secret).toMatch(/^whsec_/);
      expect(rotated.secret).not.toBe(source.secret);
      const graceEnd = Date.parse(rotated.previousSecretExpiresAt ?? '');
      expect(graceEnd - before).toBeGreaterThanOrEqual(24 * 3_600_000 - 1_000);
      expect(graceEnd - before).toBeLessThanOrEqual(24 * 3_600_000 + 60_000);

      expect(await deliver(source, source.secret, 'grace_old')).toBe(202);
      expect(await deliver(source, rotated.secret, 'grace_new')).toBe(202);
      const listed = await (await owner.request('/api/sources')).text();
      expect(listed).not.toContain(rotated.secret);
      expect(listed).not.toContain(source.secret);
    });

    it('uses a given secret, and with graceHours 0 the old secret stops verifying at once', async () => {
      const source = await owner.createSource({ name: 'Rotate now', kind: 'standard' });
      // Used once before, so a cached copy of the old secret would be found if the cache were not invalidated.
      expect(await deliver(source, source.secret, 'now_before')).toBe(202);
      const given = standardSecret();
      const result = await call('POST', `/api/sources/${source.id}/rotate`, { secret: given, graceHours: 0 });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ secret: given, previousSecretExpiresAt: null });
      expect(await deliver(source, source.secret, 'now_old')).toBe(401);
      expect(await deliver(source, given, 'now_new')).toBe(202);
    });

    it('a second rotation ends the first one’s grace', async () => {
      const source = await owner.createSource({ name: 'Rotate twice', kind: 'standard' });
      const first = (await call('POST', `/api/sources/${source.id}/rotate`)).body as SourceWithSecretJson;
      const second = (await call('POST', `/api/sources/${source.id}/rotate`)).body as SourceWithSecretJson;
      expect(await deliver(source, source.secret, 'twice_original')).toBe(401);
      expect(await deliver(source, first.secret, 'twice_first')).toBe(202);
      expect(await deliver(source, second.secret, 'twice_second')).toBe(202);
    });

    it.each([
      [{ secret: 'whsec_c2hvcnQ=' }, /at least 16 bytes/],
      [{ secret: 'plain-text-secret-without-prefix' }, /whsec_/],
      [{ graceHours: -1 }, /graceHours must be at least 0/],
      [{ graceHours: 10_000 }, /graceHours must be at most 720/],
      [{ graceHours: '24' }, /graceHours must be a number/],
      [{ kind: 'stripe' }, /unknown field kind/],
    ])('refuses %j with a 400', async (body, reason) => {
      const source = await owner.createSource({ name: 'Rotate bad', kind: 'standard' });
      const result = await call('POST', `/api/sources/${source.id}/rotate`, body);
      expect(result.status).toBe(400);
      expect(messageOf(result)).toMatch(reason);
      // Nothing changed: the original secret is still the only one.
      expect(await deliver(source, source.secret, `bad_${randomUUID()}`)).toBe(202);
    });

    it('refuses to "rotate" to the current secret', async () => {
      const secret = standardSecret();
      const source = await owner.createSource({ name: 'Same', kind: 'standard', secret });
      const result = await call('POST', `/api/sources/${source.id}/rotate`, { secret });
      expect(result.status).toBe(400);
      expect(messageOf(result)).toMatch(/differ/);
    });

    it('answers 404 for an unknown id and for an id that is not a UUID', async () => {
      for (const id of [randomUUID(), 'not-a-uuid']) {
        const result = await call('POST', `/api/sources/${id}/rotate`, {});
        expect(result.status).toBe(404);
      }
    });
  });

  it('records creation, changes and rotations in the audit trail, without secrets', async () => {
    const source = await owner.createSource({ name: 'Audited', kind: 'standard' });
    await call('PATCH', `/api/sources/${source.id}`, { rateLimitPerSecond: 50 });
    const rotated = (await call('POST', `/api/sources/${source.id}/rotate`)).body as SourceWithSecretJson;
    const response = await owner.request('/api/audit?action=source.*&limit=500');
    expect(response.status).toBe(200);
    const text = await response.text();
    const { items } = JSON.parse(text) as { items: Array<{ action: string; target: { id: string | null } }> };
    const actions = items.filter((item) => item.target.id === source.id).map((item) => item.action);
    expect(actions.sort()).toEqual(['source.create', 'source.rotate', 'source.update']);
    expect(text).not.toContain(source.secret);
    expect(text).not.toContain(rotated.secret);
  });

  it('requires a signed-in owner to change sources', async () => {
    const source = await owner.createSource({ name: 'Guarded', kind: 'standard' });
    const anonymous = new ApiClient(api.baseUrl);
    expect(
      (await anonymous.request(`/api/sources/${source.id}`, { method: 'PATCH', body: '{"name":"x"}' }))
        .status,
    ).toBe(401);
    expect((await anonymous.request(`/api/sources/${source.id}/rotate`, { method: 'POST' })).status).toBe(
      401,
    );
    expect((await anonymous.request('/api/sources')).status).toBe(401);
  });
});
