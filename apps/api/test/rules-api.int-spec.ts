import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type ApiErrorJson,
  type AuditEventJson,
  type Page,
  type RiskThresholdsJson,
  type RuleAttributeJson,
  type RuleJson,
  type RuleVersionJson,
} from '@vigil/contracts';
import { ApiClient } from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';

const VIEWER = { email: 'viewer@test.vigil', password: 'viewer-password-long-enough' };

/** Rule CRUD through the public API: defaults, validation with positions, versions, soft delete, roles. */
describe('rules API', () => {
  let api: ApiHarness;
  let owner: ApiClient;
  let viewer: ApiClient;

  beforeAll(async () => {
    api = await startApi();
    owner = await ApiClient.login(api.baseUrl);
    await owner.json('/api/users', { method: 'POST', body: JSON.stringify({ ...VIEWER, role: 'viewer' }) });
    viewer = await ApiClient.login(api.baseUrl, VIEWER.email, VIEWER.password);
  });

  afterAll(async () => {
    await api?.close();
  });

  const post = (client: ApiClient, path: string, body: unknown, method = 'POST') =>
    client.request(path, { method, body: JSON.stringify(body) });

  it('installs the default rules once, in order, for everyone to read', async () => {
    const { items } = await viewer.json<{ items: RuleJson[] }>('/api/rules');
    expect(items.length).toBeGreaterThanOrEqual(30);
    const ids = items.map((rule) => rule.id);
    expect(ids.slice(0, 3)).toEqual([
      'amount_over_limit',
      'amount_over_review_limit',
      'amount_far_above_store',
    ]);
    expect(items.find((rule) => rule.id === 'cvc_fail')).toMatchObject({
      name: 'Card code check failed',
      expression: ":cvc_result: = 'fail'",
      action: 'score',
      points: 40,
      enabled: true,
      version: 1,
    });
    expect(items.find((rule) => rule.id === 'blocked_email')?.expression).toBe(':email: in @blocked_emails');
  });

  it('lists the attributes a rule may use', async () => {
    const { items } = await viewer.json<{ items: RuleAttributeJson[] }>('/api/rules/attributes');
    expect(items).toContainEqual(
      expect.objectContaining({ name: 'amount', type: 'number', category: 'transaction' }),
    );
    expect(items.map((a) => a.name)).toContain('card_count_for_ip_1h');
  });

  it('refuses an invalid expression with the position and what was expected', async () => {
    const response = await post(owner, '/api/rules', {
      name: 'Broken',
      expression: ':amount: > and',
      action: 'score',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ApiErrorJson;
    expect(body.message).toMatch(/at position 11: expected .*but found 'and'/);

    const typo = await post(owner, '/api/rules', {
      name: 'Typo',
      expression: ':amout: > 5',
      action: 'block',
    });
    expect(typo.status).toBe(400);
    expect(((await typo.json()) as ApiErrorJson).message).toMatch(/position 0.*amount/);

    const unknownList = await post(owner, '/api/rules', {
      name: 'No list',
      expression: ':email: in @no_such_list',
      action: 'block',
    });
    expect(unknownList.status).toBe(400);
    expect(((await unknownList.json()) as ApiErrorJson).message).toMatch(/position \d+/);

    const badAction = await post(owner, '/api/rules', {
      name: 'X',
      expression: ':amount: > 1',
      action: 'nuke',
    });
    expect(badAction.status).toBe(400);
    expect(((await badAction.json()) as ApiErrorJson).message).toMatch(/action must be one of/);
  });

  it('creates, versions, updates and soft-deletes a rule', async () => {
    const created = await owner.json<RuleJson>('/api/rules', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Big orders from NG',
        expression: ":amount: > 50000 and :ip_country: = 'NG'",
        action: 'review',
        points: 20,
      }),
    });
    expect(created).toMatchObject({
      id: 'big_orders_from_ng',
      version: 1,
      enabled: true,
      action: 'review',
      points: 20,
    });

    // Same name again: a new id, never a reused one.
    const twin = await owner.json<RuleJson>('/api/rules', {
      method: 'POST',
      body: JSON.stringify({ name: 'Big orders from NG', expression: ':amount: > 1', action: 'score' }),
    });
    expect(twin.id).toBe('big_orders_from_ng_2');

    const updated = await owner.json<RuleJson>(`/api/rules/${created.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ points: 30, enabled: false, version: 1 }),
    });
    expect(updated).toMatchObject({ version: 2, points: 30, enabled: false, name: 'Big orders from NG' });

    const stale = await post(owner, `/api/rules/${created.id}`, { points: 5, version: 1 }, 'PATCH');
    expect(stale.status).toBe(409);

    const badPatch = await post(owner, `/api/rules/${created.id}`, { expression: ':amount: >' }, 'PATCH');
    expect(badPatch.status).toBe(400);
    expect(((await badPatch.json()) as ApiErrorJson).message).toMatch(/at position 10/);

    expect((await owner.request(`/api/rules/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await owner.request(`/api/rules/${created.id}`)).status).toBe(404);
    expect((await post(owner, `/api/rules/${created.id}`, { points: 1 }, 'PATCH')).status).toBe(404);
    expect((await owner.request(`/api/rules/${created.id}`, { method: 'DELETE' })).status).toBe(404);
    const { items } = await owner.json<{ items: RuleJson[] }>('/api/rules');
    expect(items.map((rule) => rule.id)).not.toContain(created.id);
    expect(items.map((rule) => rule.id)).toContain(twin.id);
  });

  it('keeps every version of a rule', async () => {
    const rule = await owner.json<RuleJson>('/api/rules', {
      method: 'POST',
      body: JSON.stringify({ name: 'Versioned', expression: ':amount: > 1', action: 'score', points: 1 }),
    });
    await owner.json(`/api/rules/${rule.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ expression: ':amount: > 2' }),
    });
    await owner.json(`/api/rules/${rule.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ name: 'Versioned again' }),
    });
    const { items } = await viewer.json<{ items: RuleVersionJson[] }>(`/api/rules/${rule.id}/versions`);
    expect(items.map((v) => [v.version, v.change, v.expression, v.name])).toEqual([
      [3, 'updated', ':amount: > 2', 'Versioned again'],
      [2, 'updated', ':amount: > 2', 'Versioned'],
      [1, 'created', ':amount: > 1', 'Versioned'],
    ]);
    expect(items[0]?.changedBy).toEqual(expect.any(String));
  });

  it('answers 404 for unknown rules', async () => {
    expect((await owner.request('/api/rules/no_such_rule')).status).toBe(404);
    expect((await owner.request('/api/rules/Not%20An%20Id/versions')).status).toBe(404);
    expect((await post(owner, '/api/rules/no_such_rule', { points: 1 }, 'PATCH')).status).toBe(404);
  });

  it('lets only the owner change rules and thresholds', async () => {
    const body = { name: 'Viewer rule', expression: ':amount: > 1', action: 'score' };
    expect((await post(viewer, '/api/rules', body)).status).toBe(403);
    expect((await post(viewer, '/api/rules/cvc_fail', { enabled: false }, 'PATCH')).status).toBe(403);
    expect((await viewer.request('/api/rules/cvc_fail', { method: 'DELETE' })).status).toBe(403);
    expect((await post(viewer, '/api/rules/thresholds', { block: 80, review: 40 }, 'PUT')).status).toBe(403);
    expect((await post(viewer, '/api/rules/backtest', { expression: ':amount: > 1' })).status).toBe(403);
    expect((await fetch(`${api.baseUrl}/api/rules`)).status).toBe(401);
  });

  it('reads and changes the score thresholds', async () => {
    expect(await viewer.json<RiskThresholdsJson>('/api/rules/thresholds')).toEqual({ block: 75, review: 50 });
    const inverted = await post(owner, '/api/rules/thresholds', { block: 40, review: 60 }, 'PUT');
    expect(inverted.status).toBe(400);
    expect(((await inverted.json()) as ApiErrorJson).message).toMatch(/review must not be above block/);
    expect((await post(owner, '/api/rules/thresholds', { block: 101, review: 60 }, 'PUT')).status).toBe(400);
    const saved = await owner.json<RiskThresholdsJson>('/api/rules/thresholds', {
      method: 'PUT',
      body: JSON.stringify({ block: 80, review: 40 }),
    });
    expect(saved).toEqual({ block: 80, review: 40 });
    expect(await viewer.json<RiskThresholdsJson>('/api/rules/thresholds')).toEqual({ block: 80, review: 40 });
  });

  it('records every rule and threshold change in the audit trail', async () => {
    const trail = await owner.json<Page<AuditEventJson>>('/api/audit?action=rule.*&limit=100');
    const actions = new Set(trail.items.map((entry) => entry.action));
    expect([...actions].sort()).toEqual([
      'rule.create',
      'rule.delete',
      'rule.thresholds_update',
      'rule.update',
    ]);
    const deleted = trail.items.find((entry) => entry.action === 'rule.delete');
    expect(deleted).toMatchObject({
      actor: { email: 'owner@test.vigil' },
      target: { type: 'rule', id: 'big_orders_from_ng' },
    });
  });
});
