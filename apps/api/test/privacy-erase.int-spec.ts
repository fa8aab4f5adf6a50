import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type AuditEventJson,
  type Page,
  type SourceWithSecretJson,
  type TransactionDetailJson,
  type TransactionJson,
} from '@vigil/contracts';
import {
  ApiClient,
  canonicalOrder,
  type RunningProcess,
  signStandard,
  spawnApp,
  waitFor,
  waitForWorkerReady,
} from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';
import { createUser, expectErrorShape } from './auth-fixtures.js';

describe('erasing one customer on request', () => {
  let api: ApiHarness;
  let worker: RunningProcess;
  let owner: ApiClient;
  let source: SourceWithSecretJson;

  const post = (id: string, body: Record<string, unknown>) => {
    const signed = signStandard(source.secret, id, body);
    return fetch(source.ingestUrl, { method: 'POST', headers: signed.headers, body: signed.body });
  };
  const byOrder = async (orderId: string): Promise<TransactionDetailJson> => {
    const page = await owner.json<Page<TransactionJson>>(`/api/transactions?orderId=${orderId}`);
    return owner.json<TransactionDetailJson>(`/api/transactions/${page.items[0]?.id}`);
  };
  const erase = (email: unknown, client = owner) =>
    client.request('/api/privacy/erase', { method: 'POST', body: JSON.stringify({ email }) });

  beforeAll(async () => {
    api = await startApi();
    worker = spawnApp('worker', api.config);
    await waitForWorkerReady(worker);
    owner = await ApiClient.login(api.baseUrl);
    source = await owner.createSource({ name: 'Shop', kind: 'standard' });
    const bob = canonicalOrder({ orderId: 'BOB-1', email: 'bob@example.com', amount: 5000 });
    const bobData = bob['data'] as Record<string, unknown>;
    bobData['ip'] = '198.51.100.9';
    bobData['customer'] = { id: 'c_2', email: 'bob@example.com', name: 'Bob' };
    for (const [id, body] of [
      ['e1', canonicalOrder({ orderId: 'ANN-1' })],
      ['e2', canonicalOrder({ orderId: 'ANN-2', amount: 2500 })],
      ['e3', { type: 'refund.created', timestamp: new Date().toISOString(), data: { orderId: 'ANN-1' } }],
      ['e4', bob],
    ] as const) {
      expect((await post(id, body)).status).toBe(202);
    }
    await waitFor(
      async () => {
        const page = await owner.json<Page<TransactionJson>>('/api/transactions');
        const ann1 = page.items.find((t) => t.orderId === 'ANN-1');
        return page.total === 3 && ann1?.labels.includes('refunded') ? true : undefined;
      },
      15_000,
      'the worker to store the orders',
    );
  });
  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it('removes email, name, street addresses and IP from transactions and payloads, keeping the numbers', async () => {
    const before = await byOrder('ANN-1');
    const response = await erase('  Ann@Example.com ');
    expect(response.status).toBe(200);
    // Three events belong to Ann; the refund carries nothing personal, so two payloads change.
    expect(await response.json()).toMatchObject({ transactions: 2, events: 2 });

    const after = await byOrder('ANN-1');
    expect(before.customer.id).toBe('c_1');
    expect(after.customer).toEqual({ id: null, email: null, name: null });
    expect(after.ip).toBeNull();
    expect(after.deviceId).toBeNull();
    expect(after.billing).toEqual({ country: 'IE', postalCode: null, city: null, line1: null });
    expect(after.shipping).toEqual({ country: 'IE', postalCode: null, city: null, line1: null });
    expect(after).toMatchObject({
      amount: before.amount,
      currency: before.currency,
      status: before.status,
      labels: before.labels,
      score: before.score,
      card: before.card,
      ipCountry: before.ipCountry,
    });
    const payloads = JSON.stringify([after.timeline, (await byOrder('ANN-2')).timeline]);
    for (const personal of ['ann@example.com', '203.0.113.7', '1 Main St', 'Dublin', '"Ann"']) {
      expect(payloads).not.toContain(personal);
    }
    expect(payloads).toContain('12999');
    expect(payloads).toContain('"country":"IE"');

    const list = await owner.json<Page<TransactionJson>>('/api/transactions?email=ann@example.com');
    expect(list.total).toBe(0);
  });

  it("leaves other customers' data alone", async () => {
    const bob = await byOrder('BOB-1');
    expect(bob.customer).toMatchObject({ email: 'bob@example.com', name: 'Bob' });
    expect(bob.ip).toBe('198.51.100.9');
    expect(JSON.stringify(bob.timeline)).toContain('bob@example.com');
  });

  it('is audited without naming the customer, and is safe to repeat', async () => {
    const { items } = await owner.json<Page<AuditEventJson>>('/api/audit?action=privacy.erase');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      result: 'success',
      target: { type: 'customer' },
      details: { subjectHmac: expect.stringMatching(/^[0-9a-f]{64}$/), transactions: 2, events: 2 },
    });
    expect(JSON.stringify(items)).not.toContain('ann@example.com');
    expect(await (await erase('ann@example.com')).json()).toMatchObject({ transactions: 0, events: 0 });
  });

  it('is for the owner only, with a clear 400 for a bad email', async () => {
    const staff = await createUser(api, owner, 'staff');
    await expectErrorShape(await erase('bob@example.com', staff.client), 403);
    await expectErrorShape(await erase("' OR 1=1 --"), 400);
    await expectErrorShape(await erase({ $ne: '' }), 400);
    expect((await byOrder('BOB-1')).customer.email).toBe('bob@example.com');
  });
});
