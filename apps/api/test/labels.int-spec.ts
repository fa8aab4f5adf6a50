import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import {
  type ApiErrorJson,
  type AuditEventJson,
  type Page,
  type SourceWithSecretJson,
  type TransactionLabelsJson,
} from '@vigil/contracts';
import { queueConnection, queuePrefix, QUEUES } from '@vigil/pipeline';
import { type ApiClient, waitFor } from '@vigil/testing';
import { createUser } from './auth-fixtures.js';
import { order, type ReviewStack, startReviewStack } from './review-helpers.js';

const labelEvent = (type: string, orderId: string, reason?: string) => ({
  type,
  timestamp: new Date().toISOString(),
  data: { orderId, ...(reason ? { reason } : {}) },
});

/** Reviewers' verdicts and provider labels (docs/detection.md "Labels"), end to end with a real worker. */
describe('labels', () => {
  let stack: ReviewStack;
  let source: SourceWithSecretJson;
  let staff: ApiClient;
  let viewer: ApiClient;
  let labelsQueue: Queue;

  const labels = (client: ApiClient, id: string) =>
    client.json<TransactionLabelsJson>(`/api/transactions/${id}/label`);
  const setLabel = (client: ApiClient, id: string, body: unknown) =>
    client.request(`/api/transactions/${id}/label`, { method: 'PUT', body: JSON.stringify(body) });
  const approvedOrder = async (orderId: string, options: Parameters<typeof order>[1] = {}) => {
    await stack.send(source, order(orderId, options));
    return stack.transaction(orderId, 'approved');
  };

  beforeAll(async () => {
    stack = await startReviewStack();
    source = await stack.createSource();
    staff = (await createUser(stack.api, stack.owner, 'staff')).client;
    viewer = (await createUser(stack.api, stack.owner, 'viewer')).client;
    labelsQueue = new Queue(QUEUES.labels, {
      ...queuePrefix(stack.api.config),
      connection: queueConnection(stack.api.config, 'producer'),
    });
  });
  afterAll(async () => {
    await labelsQueue?.close();
    await stack?.close();
  });

  it('keeps a provider dispute with its reason; only a fraudulent one counts as fraud', async () => {
    const plain = await approvedOrder('L-100');
    const fraudulent = await approvedOrder('L-101');
    await stack.send(source, labelEvent('dispute.created', 'L-100', 'product_not_received'));
    await stack.send(source, labelEvent('dispute.created', 'L-101', 'fraudulent'));
    await stack.transaction('L-100', 'approved', (t) => t.labels.includes('disputed'));
    await stack.transaction('L-101', 'approved', (t) => t.labels.includes('provider_fraud'));

    const notFraud = await labels(viewer, plain.id);
    expect(notFraud).toMatchObject({ fraud: false, verdict: null });
    expect(notFraud.transaction.labels).toEqual(['disputed']);
    expect(notFraud.history).toEqual([
      expect.objectContaining({
        label: 'disputed',
        source: 'provider',
        reason: 'product_not_received',
        eventType: 'dispute.created',
        by: null,
      }),
    ]);
    const fraud = await labels(viewer, fraudulent.id);
    expect(fraud.fraud).toBe(true);
    expect(fraud.transaction.labels).toEqual(['disputed', 'provider_fraud']);
  });

  it('lets staff give a verdict that wins over the provider, audited with before and after', async () => {
    const disputed = (await stack.transaction('L-101', 'approved')).id;
    const response = await setLabel(staff, disputed, {
      label: 'not_fraud',
      note: 'friendly fraud: card 4242 4242 4242 4242',
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as TransactionLabelsJson;
    expect(body.fraud).toBe(false);
    expect(body.transaction.labels).toEqual(['disputed', 'not_fraud', 'provider_fraud']);
    expect(body.verdict).toMatchObject({
      label: 'not_fraud',
      source: 'reviewer',
      by: { email: expect.stringContaining('staff-') },
    });
    expect(body.verdict?.reason).not.toContain('4242 4242 4242 4242');
    expect(body.history.map((entry) => `${entry.source}:${entry.label}`)).toEqual(
      expect.arrayContaining(['reviewer:not_fraud', 'provider:disputed', 'provider:provider_fraud']),
    );

    // The latest verdict wins.
    const changed = (await (
      await setLabel(staff, disputed, { label: 'fraud' })
    ).json()) as TransactionLabelsJson;
    expect(changed.transaction.labels).toEqual(['disputed', 'fraud', 'provider_fraud']);
    expect(changed.verdict?.label).toBe('fraud');

    const audit = await stack.owner.json<Page<AuditEventJson>>(
      `/api/audit?action=transaction.label&limit=10`,
    );
    const forThis = audit.items.filter((entry) => entry.target.id === disputed);
    expect(forThis.map((entry) => entry.details)).toEqual([
      expect.objectContaining({ before: 'not_fraud', after: 'fraud', fraud: true }),
      expect.objectContaining({ before: null, after: 'not_fraud', fraud: false }),
    ]);
  });

  it('lets only the owner clear a verdict; provider labels stay', async () => {
    const id = (await stack.transaction('L-101', 'approved')).id;
    const byStaff = await staff.request(`/api/transactions/${id}/label`, { method: 'DELETE' });
    expect(byStaff.status).toBe(403);
    const cleared = await stack.owner.json<TransactionLabelsJson>(`/api/transactions/${id}/label`, {
      method: 'DELETE',
    });
    expect(cleared.verdict).toBeNull();
    expect(cleared.transaction.labels).toEqual(['disputed', 'provider_fraud']);
    expect(cleared.fraud).toBe(true);
    expect(cleared.history[0]).toMatchObject({ label: null, source: 'reviewer' });
    const audit = await stack.owner.json<Page<AuditEventJson>>(`/api/audit?action=transaction.label_clear`);
    expect(audit.items[0]).toMatchObject({ target: { id }, details: { before: 'fraud', after: null } });
  });

  it('refuses viewers, anonymous callers, bad input and unknown transactions', async () => {
    const id = (await stack.transaction('L-100', 'approved')).id;
    expect((await setLabel(viewer, id, { label: 'fraud' })).status).toBe(403);
    const anonymous = await fetch(`${stack.api.baseUrl}/api/transactions/${id}/label`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'fraud' }),
    });
    expect(anonymous.status).toBe(401);

    const bad = await setLabel(staff, id, { label: 'maybe' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ApiErrorJson).message).toContain('label must be one of fraud, not_fraud');
    const long = await setLabel(staff, id, { label: 'fraud', note: 'x'.repeat(1001) });
    expect(((await long.json()) as ApiErrorJson).message).toContain('note must be at most 1000 characters');

    const unknown = await setLabel(staff, '00000000-0000-4000-8000-000000000000', { label: 'fraud' });
    expect(unknown.status).toBe(404);
    expect((await staff.request('/api/transactions/not-a-uuid/label')).status).toBe(404);
  });

  it('counts a fraud verdict like a fraud warning in later orders of the same email', async () => {
    const first = await approvedOrder('L-200', { email: 'repeat@example.com' });
    expect((await setLabel(staff, first.id, { label: 'fraud' })).status).toBe(200);
    // The api queued the change before answering; the worker records it, then drops the job.
    await waitFor(
      async () => {
        const counts = await labelsQueue.getJobCounts('waiting', 'active', 'delayed', 'failed');
        return Object.values(counts).every((n) => n === 0) ? true : undefined;
      },
      15_000,
      'the label job to be processed',
    );
    await stack.send(source, order('L-201', { email: 'repeat@example.com' }));
    // Whatever the rules make of it (the default ones hold it), it was scored with the history.
    const snapshot = await waitFor(
      async () => {
        const { rows } = await stack.db.query<{ n: string | null }>(
          `SELECT risk_snapshot->>'prior_fraud_warnings_for_email' AS n FROM transactions
           WHERE order_id = 'L-201' AND risk_snapshot IS NOT NULL`,
        );
        return rows[0];
      },
      15_000,
      'order L-201 to be scored',
    );
    expect(Number(snapshot.n)).toBe(1);
  });
});
