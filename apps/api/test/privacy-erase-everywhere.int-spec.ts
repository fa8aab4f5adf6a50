import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import {
  type AuditEventJson,
  type ListDetailJson,
  type ListJson,
  type Page,
  type PrivacyEraseJson,
  type SourceWithSecretJson,
  type TransactionJson,
} from '@vigil/contracts';
import { type IngestQueueJobData, isEnvelope, queueConnection, queuePrefix, QUEUES } from '@vigil/pipeline';
import { type RunningProcess, spawnApp, waitFor, waitForWorkerReady } from '@vigil/testing';
import { decide, held, HELD_AMOUNT, order, type ReviewStack, startReviewStack } from './review-helpers.js';

const EMAIL = 'ann.erased@example.com';
const IP = '198.51.100.201';

/**
 * docs/security.md#customer-data erasure, everywhere Vigil keeps a customer: transactions (ids and risk
 * snapshots included), payloads, dead letters, list items and their audit entries, decision notes; and later
 * events do not bring them back.
 */
describe('erasing a customer everywhere', () => {
  let stack: ReviewStack;
  let source: SourceWithSecretJson;
  let worker: RunningProcess;
  let queue: Queue<IngestQueueJobData>;
  let held1: TransactionJson;
  let erased: PrivacyEraseJson;

  const listByName = async (name: string): Promise<ListJson> =>
    (await stack.owner.json<{ items: ListJson[] }>('/api/lists')).items.find(
      (l) => l.name === name,
    ) as ListJson;
  const addItem = async (name: string, value: string) => {
    const list = await listByName(name);
    const response = await stack.owner.request(`/api/lists/${list.id}/items`, {
      method: 'POST',
      body: JSON.stringify({ value, note: `added for ${EMAIL}` }),
    });
    expect(response.status).toBe(201);
  };

  /** One ingest job of Ann's that fails for good while no worker runs: a dead letter holding her payload. */
  async function deadLetterOfAnn(): Promise<void> {
    await stack.worker.stop();
    await stack.send(source, order('ANN-DL', { email: EMAIL, ip: IP }));
    const failing = new Worker<IngestQueueJobData>(
      QUEUES.ingest,
      () => Promise.reject(new UnrecoverableError('cannot be stored (test)')),
      { connection: queueConnection(stack.api.config, 'consumer'), ...queuePrefix(stack.api.config) },
    );
    await waitFor(async () => (await queue.getFailedCount()) === 1, 15_000, 'a dead letter');
    await failing.close();
    worker = spawnApp('worker', stack.api.config);
    await waitForWorkerReady(worker);
  }

  beforeAll(async () => {
    stack = await startReviewStack();
    queue = new Queue<IngestQueueJobData>(QUEUES.ingest, {
      connection: queueConnection(stack.api.config, 'producer'),
      ...queuePrefix(stack.api.config),
    });
    source = await stack.createSource();
    await stack.send(source, order('ANN-1', { email: EMAIL, ip: IP, amount: HELD_AMOUNT }));
    held1 = await held(stack, 'ANN-1');
    const decision = await decide(stack.owner, held1.id, {
      action: 'block',
      note: `Phoned ${EMAIL} from ${IP}: not her order`,
      version: held1.version,
    });
    expect(decision.status).toBe(200);
    await addItem('blocked_emails', EMAIL);
    await addItem('blocked_ips', IP);
    await deadLetterOfAnn();
    const response = await stack.owner.request('/api/privacy/erase', {
      method: 'POST',
      body: JSON.stringify({ email: EMAIL }),
    });
    expect(response.status).toBe(200);
    erased = (await response.json()) as PrivacyEraseJson;
  });
  afterAll(async () => {
    await queue?.close();
    await worker?.stop();
    await stack?.close();
  });

  it('says what it erased', () => {
    expect(erased).toMatchObject({ transactions: 1, listItems: 2, decisions: 1, deadLetters: 1 });
    expect(erased.auditEntries).toBeGreaterThanOrEqual(3); // two list items added, one decision note
  });

  it("erases the transaction's customer and device ids, IP and personal risk attributes", async () => {
    const detail = await stack.detail(held1.id);
    expect(detail).toMatchObject({
      customer: { id: null, email: null, name: null },
      deviceId: null,
      ip: null,
    });
    const { rows } = await stack.db.query<{ snapshot: Record<string, unknown> }>(
      'SELECT risk_snapshot AS snapshot FROM transactions WHERE id = $1',
      [held1.id],
    );
    expect(Object.keys(rows[0]?.snapshot ?? {})).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(email|email_domain|ip|customer_id|device_id)$/)]),
    );
    expect(JSON.stringify(detail)).not.toMatch(new RegExp(`${EMAIL}|${IP}|c_ann-1|d_ann-1`));
    expect(detail.decisions[0]?.note).toBe('Phoned [erased] from [erased]: not her order');
  });

  it('removes list items naming her, and her identifiers from the audit trail', async () => {
    for (const name of ['blocked_emails', 'blocked_ips']) {
      const list = await listByName(name);
      const detail = await stack.owner.json<ListDetailJson>(`/api/lists/${list.id}`);
      expect(detail.items.map((item) => item.value)).toEqual([]);
    }
    const audit = await stack.owner.json<Page<AuditEventJson>>('/api/audit?limit=500');
    expect(JSON.stringify(audit.items)).not.toMatch(new RegExp(`${EMAIL}|${IP}`));
  });

  it('rewrites dead letters without her data, still replayable', async () => {
    const [job] = await queue.getFailed(0, 0);
    const data = job?.data;
    const [event] = data ? (isEnvelope(data) ? data.events : [data]) : [];
    expect(event?.body).toBeDefined();
    expect(JSON.stringify(data)).not.toMatch(new RegExp(`${EMAIL}|${IP}|c_ann-dl|d_ann-dl`));
    expect(JSON.parse(event?.body ?? '{}')).toMatchObject({ data: { orderId: 'ANN-DL', amount: 4999 } });
  });

  it('scrubs later events naming her e-mail or her customer id before storing them', async () => {
    await stack.send(source, order('ANN-2', { email: EMAIL }));
    const byId = order('ANN-3');
    (byId['data'] as { customer: Record<string, unknown> }).customer = { id: 'c_ann-1', name: 'Ann Again' };
    await stack.send(source, byId);
    for (const orderId of ['ANN-2', 'ANN-3']) {
      const t = await stack.transaction(orderId, 'approved');
      const detail = await stack.detail(t.id);
      expect(detail).toMatchObject({
        customer: { id: null, email: null, name: null },
        ip: null,
        deviceId: null,
      });
      expect(detail.billing).toEqual({ country: 'IE', postalCode: null, city: null, line1: null });
      expect(JSON.stringify(detail.timeline)).not.toMatch(new RegExp(`${EMAIL}|c_ann-1|Ann Again|1 Main St`));
      expect(detail.amount).toBe(4999);
    }
    const found = await stack.owner.json<Page<TransactionJson>>(`/api/transactions?email=${EMAIL}`);
    expect(found.total).toBe(0);
  });
});
