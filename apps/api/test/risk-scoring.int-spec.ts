import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type ListItemJson,
  type ListJson,
  type Page,
  type SourceWithSecretJson,
  type TransactionJson,
} from '@vigil/contracts';
import {
  ApiClient,
  type RunningProcess,
  shopperOrder,
  signStandard,
  spawnApp,
  waitFor,
  waitForWorkerReady,
} from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';

/** Webhook → worker (enrich + score) → PostgreSQL, observed through the public API. */
describe('risk scoring end to end', () => {
  let api: ApiHarness;
  let worker: RunningProcess;
  let client: ApiClient;
  let source: SourceWithSecretJson;
  let lists: ListJson[];
  let sent = 0;

  beforeAll(async () => {
    api = await startApi();
    worker = spawnApp('worker', api.config);
    await waitForWorkerReady(worker);
    client = await ApiClient.login(api.baseUrl);
    source = await client.createSource({ name: 'Risk store', kind: 'standard' });
    lists = (await client.json<{ items: ListJson[] }>('/api/lists')).items;
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  async function send(payload: Record<string, unknown>): Promise<void> {
    sent += 1;
    const signed = signStandard(source.secret, `msg_risk_${sent}`, payload);
    const response = await fetch(source.ingestUrl, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    });
    expect(response.status).toBe(202);
  }

  function scored(
    orderId: string,
    ready: (t: TransactionJson) => boolean = () => true,
  ): Promise<TransactionJson> {
    return waitFor(
      async () => {
        const page = await client.json<Page<TransactionJson>>(`/api/transactions?orderId=${orderId}`);
        const t = page.items[0];
        return t && ready(t) ? t : undefined;
      },
      15_000,
      `order ${orderId} to be scored`,
    );
  }

  async function riskRow(
    id: string,
  ): Promise<{ risk_reason: string; risk_snapshot: Record<string, unknown> }> {
    const rows = (await api.app
      .get(DataSource)
      .query('SELECT risk_reason, risk_snapshot FROM transactions WHERE id = $1', [id])) as Array<{
      risk_reason: string;
      risk_snapshot: Record<string, unknown>;
    }>;
    return rows[0] as { risk_reason: string; risk_snapshot: Record<string, unknown> };
  }

  const listId = (name: string): string => lists.find((l) => l.name === name)?.id ?? '';
  const codes = (t: TransactionJson): string[] => t.signals.map((s) => s.code);

  it('approves an ordinary order with a low score, and keeps what it was scored on', async () => {
    await send(shopperOrder('OK-1'));
    const t = await scored('OK-1');
    expect(t.status).toBe('approved');
    expect(t.score).toBeLessThan(50);
    expect(t.signals).toEqual([]);
    const row = await riskRow(t.id);
    expect(row.risk_reason).toMatch(/^Approved: risk score 0 is below the review threshold of 50/);
    expect(t.riskReason).toBe(row.risk_reason);
    expect(row.risk_snapshot).toMatchObject({
      event_type: 'order.created',
      amount: 4999,
      email: 'ok-1@example.com',
      billing_country: 'IE',
      card_count_for_ip_1h: 0,
      is_new_customer: false,
    });
  });

  it('holds and then blocks a card-testing burst from one IP, naming the velocity signals', async () => {
    const ip = '198.51.100.66';
    // One event time for the whole burst: each attempt then sees exactly the attempts processed before it
    // (with distinct times, one processed early but stamped late would not count the ones stamped earlier).
    const timestamp = new Date(Date.now() - 1_000).toISOString();
    const attempt = (i: number) =>
      shopperOrder(`CT-${i}`, {
        type: 'payment.failed',
        ip,
        amount: 100,
        card: `fp_ct_${i}`,
        customerCreatedAt: null,
        timestamp,
      });
    await send(attempt(0));
    expect((await scored('CT-0')).status).toBe('approved');
    for (let i = 1; i < 12; i++) await send(attempt(i));
    const all = await Promise.all(Array.from({ length: 12 }, (_, i) => scored(`CT-${i}`)));

    // Each attempt sees the cards and failures processed before it (never itself): 0, 1, 2, … 11. Three
    // cards and three failures hold; from six cards the network's count adds up to a block; from eight the
    // card testing rule blocks by itself.
    const count = (status: string) => all.filter((t) => t.status === status).length;
    expect([count('approved'), count('review'), count('blocked')]).toEqual([3, 3, 6]);
    for (const t of all.filter((x) => x.status !== 'approved')) {
      expect(codes(t)).toEqual(expect.arrayContaining(['cards_per_ip', 'failed_payments_ip']));
      expect(t.signals.find((s) => s.code === 'cards_per_ip')).toMatchObject({
        points: 35,
        description:
          'Several different cards were used from this IP address recently, and the account is new or of unknown age (on a shared office or carrier IP, an established account is one of many shoppers).',
      });
    }
    const blocked = all.filter((t) => t.status === 'blocked');
    const byRule = blocked.filter((t) => codes(t).includes('card_testing'));
    expect(byRule).toHaveLength(4);
    for (const t of blocked) {
      expect((await riskRow(t.id)).risk_reason).toMatch(
        byRule.includes(t)
          ? /^Blocked by rule "Card testing"\.$/
          : /^Blocked: risk score \d+ reached the block/,
      );
    }
  });

  it('blocks an order whose email the owner put on blocked_emails, and stops when it is removed', async () => {
    const added = await client.json<ListItemJson>(`/api/lists/${listId('blocked_emails')}/items`, {
      method: 'POST',
      body: JSON.stringify({ value: 'Mallory@Example.com', note: 'fraud ring' }),
    });
    // No waiting: a list change applies to every event processed after the api answered.
    await send(shopperOrder('BL-1', { email: 'MALLORY@example.com' }));
    const blocked = await scored('BL-1');
    expect(blocked.status).toBe('blocked');
    expect(blocked.score).toBe(100);
    expect(blocked.signals).toContainEqual({
      code: 'blocked_email',
      description: 'The email address is on the blocked list.',
      points: 100,
    });

    const removed = await client.request(`/api/lists/${listId('blocked_emails')}/items/${added.id}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);
    await send(shopperOrder('BL-2', { email: 'mallory@example.com' }));
    const after = await scored('BL-2');
    expect(codes(after)).not.toContain('blocked_email');
  });

  it('explains mismatching countries with their points, and follows the owner’s thresholds', async () => {
    // Billing in Ireland, goods to Britain, buyer in the US on a device never seen: the triangle.
    await send(shopperOrder('GEO-1', { billing: 'IE', shipping: 'GB', ip: '8.8.8.8' }));
    const t = await scored('GEO-1');
    expect(t.ipCountry).toBe('US');
    expect(t.signals).toEqual([
      {
        code: 'billing_shipping_mismatch',
        description: 'The billing country is not the shipping country.',
        points: 15,
      },
      {
        code: 'ip_billing_mismatch',
        description:
          'The customer’s IP address is in a different country from the billing address; not for a bank transfer from the buyer’s own account.',
        points: 15,
      },
      {
        code: 'country_triangle',
        description:
          'The IP, the billing address and the goods are in three different countries, from a device the customer has not used before (how stolen cards are cashed out; someone living abroad orders from where the goods go).',
        points: 20,
      },
    ]);
    expect(t.score).toBe(50);
    expect(t.status).toBe('review');

    await client.json('/api/rules/thresholds', {
      method: 'PUT',
      body: JSON.stringify({ block: 75, review: 60 }),
    });
    try {
      await send(shopperOrder('GEO-2', { billing: 'IE', shipping: 'GB', ip: '8.8.8.8' }));
      const letThrough = await scored('GEO-2');
      expect(letThrough).toMatchObject({ status: 'approved', score: 50 });
      expect((await riskRow(letThrough.id)).risk_reason).toBe(
        'Approved: risk score 50 is below the review threshold of 60.',
      );
    } finally {
      await client.json('/api/rules/thresholds', {
        method: 'PUT',
        body: JSON.stringify({ block: 75, review: 50 }),
      });
    }
  });

  it('flags disposable email addresses', async () => {
    await send(shopperOrder('DISP-1', { email: 'someone@mailinator.com' }));
    expect(codes(await scored('DISP-1'))).toEqual(['disposable_email']);
  });

  it('remembers disputes and fraud warnings on a card for later orders', async () => {
    const card = 'fp_history';
    await send(shopperOrder('H-1', { card }));
    await scored('H-1');
    await send({ type: 'dispute.created', timestamp: new Date().toISOString(), data: { orderId: 'H-1' } });
    await scored('H-1', (t) => t.labels.includes('disputed'));

    await send(shopperOrder('H-2', { card }));
    const second = await scored('H-2');
    expect(second.signals).toContainEqual(
      expect.objectContaining({ code: 'prior_dispute_card', points: 40 }),
    );
    expect(second.status).toBe('approved');

    await send({
      type: 'fraud_warning.created',
      timestamp: new Date().toISOString(),
      data: { orderId: 'H-2' },
    });
    await scored('H-2', (t) => t.labels.includes('fraud_warning'));
    await send(shopperOrder('H-3', { card }));
    const third = await scored('H-3');
    expect(codes(third)).toEqual(expect.arrayContaining(['prior_dispute_card', 'prior_fraud_warning_card']));
    expect(third.status).toBe('blocked');
  });

  it('never overturns a person’s decision when a later event re-scores the transaction', async () => {
    await send(shopperOrder('DEC-1', { email: 'decided@example.com' }));
    const first = await scored('DEC-1');
    expect(first.status).toBe('approved');
    const [owner] = (await api.app
      .get(DataSource)
      .query(`SELECT id FROM users WHERE role = 'owner'`)) as Array<{
      id: string;
    }>;
    await api.app
      .get(DataSource)
      .query('UPDATE transactions SET decided_by = $2 WHERE id = $1', [first.id, owner?.id]);

    await client.json(`/api/lists/${listId('blocked_emails')}/items`, {
      method: 'POST',
      body: JSON.stringify({ value: 'decided@example.com' }),
    });
    await send(shopperOrder('DEC-1', { type: 'order.updated', email: 'decided@example.com' }));
    const rescored = await scored('DEC-1', (t) => t.version > first.version);
    expect(codes(rescored)).toContain('blocked_email');
    expect(rescored.score).toBe(100);
    expect(rescored.status).toBe('approved');
  });

  it('worker is still running', () => {
    expect(worker.child.exitCode).toBeNull();
  });
});
