import { describe, expect, it } from '@jest/globals';
import { type AuditEventJson, type Page } from '@vigil/contracts';
import { canonicalOrder, signStandard, waitFor } from '@vigil/testing';
import { findTransactions, postWebhook, useIngestSuite } from './ingest-helpers.js';

/**
 * docs/security.md#audit-trail: an audit entry for every decision, automatic ones included (written with the
 * verdict).
 */
describe('automatic decisions in the audit trail', () => {
  const suite = useIngestSuite({ name: 'Audited store', kind: 'standard' });

  const post = async (id: string, order: Record<string, unknown>) =>
    expect(
      (await postWebhook(suite.source.ingestUrl, signStandard(suite.source.secret, id, order))).status,
    ).toBe(202);

  const automaticEntries = async (transactionId: string): Promise<AuditEventJson[]> =>
    (
      await suite.stack.client.json<Page<AuditEventJson>>('/api/audit?action=decision.automatic&limit=500')
    ).items.filter((entry) => entry.target.id === transactionId);

  it('records the verdict that created each transaction, and only changes after that', async () => {
    const fine = canonicalOrder({ orderId: 'AUD-1' });
    const rule = await suite.stack.client.request('/api/rules', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Huge order',
        expression: ':amount: > 1000000',
        action: 'block',
        enabled: true,
      }),
    });
    expect(rule.status).toBe(201);
    const sanctioned = canonicalOrder({ orderId: 'AUD-2', amount: 5_000_000 });
    await post('msg_aud_1', fine);
    await post('msg_aud_2', sanctioned);
    const [approved] = await waitFor(async () => {
      const found = await findTransactions(suite.stack.client, 'orderId=AUD-1');
      return found.length === 1 ? found : undefined;
    }, 20_000);
    const [blocked] = await waitFor(async () => {
      const found = await findTransactions(suite.stack.client, 'orderId=AUD-2');
      return found.length === 1 ? found : undefined;
    }, 20_000);
    expect(blocked?.status).toBe('blocked');

    expect(await automaticEntries(approved?.id ?? '')).toEqual([
      expect.objectContaining({
        action: 'decision.automatic',
        actor: { userId: null, email: null },
        target: { type: 'transaction', id: approved?.id },
        result: 'success',
        details: expect.objectContaining({ status: approved?.status, fromStatus: null, automatic: true }),
      }),
    ]);
    expect(await automaticEntries(blocked?.id ?? '')).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({ status: 'blocked', fromStatus: null, score: blocked?.score }),
      }),
    ]);

    // A later event that leaves the status as it is adds no entry.
    await post('msg_aud_1b', { ...fine, type: 'order.updated', timestamp: new Date().toISOString() });
    await waitFor(async () => {
      const [again] = await findTransactions(suite.stack.client, 'orderId=AUD-1');
      return (again?.version ?? 0) > (approved?.version ?? 0) ? again : undefined;
    }, 20_000);
    expect(await automaticEntries(approved?.id ?? '')).toHaveLength(1);

    // One that changes it is recorded with where it came from.
    const bigger = canonicalOrder({ orderId: 'AUD-1', amount: 5_000_000 });
    await post('msg_aud_1c', { ...bigger, type: 'order.updated', timestamp: new Date().toISOString() });
    await waitFor(async () => {
      const [again] = await findTransactions(suite.stack.client, 'orderId=AUD-1');
      return again?.status === 'blocked' ? again : undefined;
    }, 20_000);
    const entries = await automaticEntries(approved?.id ?? '');
    expect(entries.map((entry) => entry.details)).toEqual([
      expect.objectContaining({ status: 'blocked', fromStatus: 'approved' }),
      expect.objectContaining({ status: 'approved', fromStatus: null }),
    ]);
  });
});
