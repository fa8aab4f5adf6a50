import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type ApiErrorJson,
  type BacktestResultJson,
  type ListJson,
  type Page,
  type SourceWithSecretJson,
  type TransactionJson,
} from '@vigil/contracts';
import {
  ApiClient,
  type RunningProcess,
  signStandard,
  spawnApp,
  waitFor,
  waitForWorkerReady,
} from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';

function order(orderId: string, amount: number, ipOctet: number, away = false): Record<string, unknown> {
  const address = (country: string) => ({ country, postalCode: 'X1', city: 'Town', line1: '1 Street' });
  return {
    type: 'order.created',
    timestamp: new Date().toISOString(),
    data: {
      orderId,
      amount,
      currency: 'EUR',
      customer: {
        id: `c_${orderId}`,
        email: `${orderId.toLowerCase()}@example.com`,
        createdAt: '2024-05-01T00:00:00Z',
      },
      billing: address('IE'),
      shipping: address(away ? 'GB' : 'IE'),
      // 8.8.8.8 is in the US: with GB shipping, two mismatch signals push the order to review.
      ip: away ? '8.8.8.8' : `192.0.2.${ipOctet}`,
      card: { bin: '424242', last4: '4242', fingerprint: `fp_${orderId}` },
      checks: { avs: 'pass', cvc: 'pass' },
    },
  };
}

/** POST /api/rules/backtest over transactions the worker scored, and over a large stored history. */
describe('rule backtest', () => {
  let api: ApiHarness;
  let worker: RunningProcess;
  let client: ApiClient;
  let source: SourceWithSecretJson;
  let sent = 0;

  const send = async (payload: Record<string, unknown>) => {
    sent += 1;
    const signed = signStandard(source.secret, `msg_bt_${sent}`, payload);
    const response = await fetch(source.ingestUrl, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    });
    expect(response.status).toBe(202);
  };
  const backtest = (body: Record<string, unknown>) =>
    client.json<BacktestResultJson>('/api/rules/backtest', { method: 'POST', body: JSON.stringify(body) });

  beforeAll(async () => {
    api = await startApi();
    worker = spawnApp('worker', api.config);
    await waitForWorkerReady(worker);
    client = await ApiClient.login(api.baseUrl);
    source = await client.createSource({ name: 'Backtest store', kind: 'standard' });

    // 6 big orders (2 of them held by mismatching countries) and 4 small ones; one big disputed, one small refunded.
    for (let i = 1; i <= 6; i++) await send(order(`BIG-${i}`, 150_000, 10 + i, i <= 2));
    for (let i = 1; i <= 4; i++) await send(order(`SMALL-${i}`, 2_000, 20 + i));
    await send({ type: 'dispute.created', timestamp: new Date().toISOString(), data: { orderId: 'BIG-3' } });
    await send({ type: 'refund.created', timestamp: new Date().toISOString(), data: { orderId: 'SMALL-1' } });
    await waitFor(
      async () => {
        const page = await client.json<Page<TransactionJson>>('/api/transactions?limit=50');
        const labelled = page.items.filter((t) => t.labels.length > 0).length;
        return page.total === 10 && labelled === 2;
      },
      15_000,
      'the worker to score every posted event',
    );
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it('counts what a draft rule would have matched, by outcome and label, with samples', async () => {
    const result = await backtest({ expression: ':amount: > 100000' });
    expect(result).toMatchObject({
      matched: 6,
      total: 10,
      byOutcome: { approved: 4, review: 2, blocked: 0 },
      byLabel: { disputed: 1, fraud_warning: 0, refunded: 0 },
    });
    expect(result.samples.map((t) => t.orderId).sort()).toEqual([
      'BIG-1',
      'BIG-2',
      'BIG-3',
      'BIG-4',
      'BIG-5',
      'BIG-6',
    ]);
    expect(result.samples[0]).toMatchObject({ amount: 150_000, currency: 'EUR' });

    const mismatch = await backtest({ expression: ':ip_country: != :billing_country:' });
    expect(mismatch).toMatchObject({ matched: 2, byOutcome: { approved: 0, review: 2, blocked: 0 } });
    const small = await backtest({ expression: ':amount: <= 2000 and not is_missing(:email:)' });
    expect(small).toMatchObject({ matched: 4, byLabel: { disputed: 0, fraud_warning: 0, refunded: 1 } });
  });

  it('uses the current lists', async () => {
    const { items } = await client.json<{ items: ListJson[] }>('/api/lists');
    const emails = items.find((l) => l.name === 'blocked_emails')?.id;
    expect((await backtest({ expression: ':email: in @blocked_emails' })).matched).toBe(0);
    await client.json(`/api/lists/${emails}/items`, {
      method: 'POST',
      body: JSON.stringify({ value: 'small-2@example.com' }),
    });
    const result = await backtest({ expression: ':email: in @blocked_emails' });
    expect(result.matched).toBe(1);
    expect(result.samples[0]?.orderId).toBe('SMALL-2');
  });

  it('limits the range by creation time, and refuses invalid expressions with the position', async () => {
    const past = await backtest({ expression: ':amount: > 0', to: '2001-01-01T00:00:00Z' });
    expect(past).toMatchObject({ matched: 0, total: 0, samples: [] });
    const recent = await backtest({
      expression: ':amount: > 0',
      from: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(recent.total).toBe(10);

    const invalid = await client.request('/api/rules/backtest', {
      method: 'POST',
      body: JSON.stringify({ expression: ':amount: >> 5' }),
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as ApiErrorJson).message).toMatch(/at position 10: expected/);
    const badDate = await client.request('/api/rules/backtest', {
      method: 'POST',
      body: JSON.stringify({ expression: ':amount: > 0', from: 'yesterday' }),
    });
    expect(badDate.status).toBe(400);
  });

  it('streams through 100,000 stored transactions page by page', async () => {
    // A year of history from 2020: amount i, every 10th disputed, every 7th blocked.
    await api.app.get(DataSource).query(
      `INSERT INTO transactions (source_id, merge_key, status, labels, occurred_at, last_event_at, created_at,
         amount, currency, risk_snapshot)
       SELECT $1, 'history:' || i,
         CASE WHEN i % 7 = 0 THEN 'blocked' ELSE 'approved' END,
         CASE WHEN i % 10 = 0 THEN ARRAY['disputed'] ELSE ARRAY[]::text[] END,
         ts, ts, ts, i, 'EUR', jsonb_build_object('amount', i, 'currency', 'EUR')
       FROM generate_series(0, 99999) AS i,
         LATERAL (SELECT timestamptz '2020-01-01T00:00:00Z' + i * interval '5 minutes') AS t(ts)`,
      [source.id],
    );
    const result = await backtest({ expression: ':amount: >= 90000', to: '2021-06-01T00:00:00Z' });
    // Matches 90000…99999: 10,000 rows, of which multiples of 7 are blocked and multiples of 10 disputed.
    const blocked = Array.from({ length: 10_000 }, (_, k) => 90_000 + k).filter((i) => i % 7 === 0).length;
    expect(result).toMatchObject({
      total: 100_000,
      matched: 10_000,
      byOutcome: { approved: 10_000 - blocked, review: 0, blocked },
      byLabel: { disputed: 1_000, fraud_warning: 0, refunded: 0 },
    });
    expect(result.samples).toHaveLength(20);
    expect(result.samples[0]?.amount).toBe(99_999);
  });
});
