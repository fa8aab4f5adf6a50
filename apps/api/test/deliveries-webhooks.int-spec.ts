import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import {
  type DecisionWebhookJson,
  type DeliveryJson,
  type ListJson,
  type SourceWithSecretJson,
} from '@vigil/contracts';
import { waitFor } from '@vigil/testing';
import { createUser, type TestUser } from './auth-fixtures.js';
import {
  decide,
  type DecisionReceiver,
  HELD_AMOUNT,
  held,
  order,
  type ReceivedWebhook,
  type ReviewStack,
  startDecisionReceiver,
  startReviewStack,
} from './review-helpers.js';

/**
 * Outbound decision webhooks to the store (docs/api.md#outbound-decision-webhooks), signed, retried and
 * logged attempt by attempt.
 */
describe('decision webhooks to the store', () => {
  let stack: ReviewStack;
  let receiver: DecisionReceiver;
  let source: SourceWithSecretJson;
  let staff: TestUser;

  beforeAll(async () => {
    receiver = await startDecisionReceiver();
    // The retry schedule (2 s, 10 s, …) runs a thousand times faster here.
    stack = await startReviewStack({}, { VIGIL_DELIVERY_BACKOFF_SCALE: '0.001' });
    source = await stack.createSource({ decisionUrl: receiver.url });
    staff = await createUser(stack.api, stack.owner, 'staff');
  });
  afterAll(async () => {
    await stack?.close();
    await receiver?.close();
  });

  const parsed = (w: ReceivedWebhook) => JSON.parse(w.body) as DecisionWebhookJson;
  const about = (transactionId: string, type?: string) =>
    receiver.received.filter(
      (w) => parsed(w).data.transactionId === transactionId && (!type || parsed(w).type === type),
    );
  /** Verifies exactly as a store would, with the Standard Webhooks reference library. */
  const verified = (w: ReceivedWebhook, secret = source.secret) =>
    new Webhook(secret).verify(w.body, w.headers) as DecisionWebhookJson;

  it('sends transaction.held, retrying after failures, and shows every attempt', async () => {
    const failures = new Map<string, number>();
    receiver.answer = (body) => {
      if (!body.includes('"RETRY-1"')) return 200;
      const seen = failures.get(body) ?? 0;
      failures.set(body, seen + 1);
      return seen < 2 ? 500 : 200;
    };
    // The successful attempt answers slowly, so its recorded latency must include the wait.
    receiver.delayMs = (body) => (body.includes('"RETRY-1"') && (failures.get(body) ?? 0) > 2 ? 300 : 0);
    await stack.send(source, order('RETRY-1', { amount: HELD_AMOUNT }));
    const t = await held(stack, 'RETRY-1');
    const sent = await waitFor(
      () => (about(t.id, 'transaction.held').some((w) => w.status === 200) ? about(t.id) : undefined),
      15_000,
      'the held webhook to get through',
    );
    expect(sent.map((w) => w.status)).toEqual([500, 500, 200]);
    // One message: every attempt carries the same webhook-id and body, each signed afresh.
    expect(new Set(sent.map((w) => w.headers['webhook-id'])).size).toBe(1);
    expect(new Set(sent.map((w) => w.body)).size).toBe(1);
    for (const attempt of sent) expect(attempt.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const event = verified(sent[2] as ReceivedWebhook);
    expect(event).toEqual({
      type: 'transaction.held',
      timestamp: expect.any(String),
      data: {
        transactionId: t.id,
        orderId: 'RETRY-1',
        paymentId: 'pay_retry-1',
        decision: 'review',
        reason: expect.stringMatching(/review/i),
        decidedBy: null,
      },
    });
    expect(() =>
      verified(sent[2] as ReceivedWebhook, `whsec_${Buffer.alloc(32, 1).toString('base64')}`),
    ).toThrow();

    const delivery = await waitFor(
      async () => {
        const [d] = (await stack.detail(t.id)).deliveries;
        return d?.status === 'delivered' ? d : undefined;
      },
      10_000,
      'the delivery to show as delivered',
    );
    expect(delivery).toMatchObject({
      type: 'transaction.held',
      decision: 'review',
      messageId: sent[0]?.headers['webhook-id'],
      attemptCount: 3,
      nextAttemptAt: null,
    });
    expect(delivery.attempts.map((a) => [a.attempt, a.statusCode, a.ok, a.error])).toEqual([
      [1, 500, false, 'HTTP 500'],
      [2, 500, false, 'HTTP 500'],
      [3, 200, true, null],
    ]);
    for (const a of delivery.attempts) expect(a.url).toBe(receiver.url);
    expect(delivery.attempts[2]?.latencyMs).toBeGreaterThanOrEqual(300);
    receiver.delayMs = () => 0;
    const listed = await staff.client.json<{ items: DeliveryJson[] }>(`/api/transactions/${t.id}/deliveries`);
    expect(listed.items).toEqual([delivery]);
  });

  it("sends a reviewer's decision as transaction.decided, naming who decided", async () => {
    receiver.answer = () => 200;
    await stack.send(source, order('HUMAN-1', { amount: HELD_AMOUNT }));
    const t = await held(stack, 'HUMAN-1');
    expect((await decide(staff.client, t.id, { action: 'approve', version: t.version })).status).toBe(200);
    const decided = await waitFor(() => about(t.id, 'transaction.decided')[0], 10_000, 'the decided webhook');
    expect(verified(decided).data).toEqual({
      transactionId: t.id,
      orderId: 'HUMAN-1',
      paymentId: 'pay_human-1',
      decision: 'approved',
      reason: 'approved by a reviewer',
      decidedBy: staff.email,
    });
    const deliveries = (await stack.detail(t.id)).deliveries.map((d) => d.type);
    expect(deliveries).toEqual(['transaction.held', 'transaction.decided']);
  });

  it('sends automatic blocks, but automatic approvals only to sources that opt in', async () => {
    receiver.answer = () => 200;
    const lists = (await stack.owner.json<{ items: ListJson[] }>('/api/lists')).items;
    await stack.owner.json(`/api/lists/${lists.find((l) => l.name === 'blocked_emails')?.id}/items`, {
      method: 'POST',
      body: JSON.stringify({ value: 'fraud@example.com' }),
    });
    await stack.send(source, order('AUTO-BLOCK', { email: 'fraud@example.com' }));
    const blocked = await stack.transaction('AUTO-BLOCK', 'blocked');
    const webhook = await waitFor(() => about(blocked.id)[0], 10_000, 'the automatic block webhook');
    expect(verified(webhook)).toMatchObject({
      type: 'transaction.decided',
      data: { decision: 'blocked', decidedBy: null, reason: expect.stringMatching(/blocked/i) },
    });

    await stack.send(source, order('AUTO-OK'));
    const approved = await stack.transaction('AUTO-OK', 'approved');

    const optedIn = await stack.createSource({ decisionUrl: receiver.url, notifyAutoApprovals: true });
    expect(optedIn.notifyAutoApprovals).toBe(true);
    await stack.send(optedIn, order('AUTO-OK-2'));
    const announced = await stack.transaction('AUTO-OK-2', 'approved');
    const approval = await waitFor(() => about(announced.id)[0], 10_000, 'the automatic approval webhook');
    expect(verified(approval, optedIn.secret)).toMatchObject({
      type: 'transaction.decided',
      data: { orderId: 'AUTO-OK-2', decision: 'approved', decidedBy: null },
    });
    // By now the first source's approval would have gone out too, had it been sent.
    expect(about(approved.id)).toEqual([]);
    expect((await stack.detail(approved.id)).deliveries).toEqual([]);
  });

  it('lets the owner redeliver a message, as one more attempt with the same id', async () => {
    receiver.answer = () => 200;
    await stack.send(source, order('AGAIN-1', { amount: HELD_AMOUNT }));
    const t = await held(stack, 'AGAIN-1');
    const first = await waitFor(() => about(t.id)[0], 10_000, 'the first delivery');
    const [delivery] = (await stack.detail(t.id)).deliveries;
    expect(delivery).toBeDefined();
    const id = (delivery as DeliveryJson).id;

    const byStaff = await staff.client.request(`/api/deliveries/${id}/redeliver`, { method: 'POST' });
    expect(byStaff.status).toBe(403);
    const response = await stack.owner.request(`/api/deliveries/${id}/redeliver`, { method: 'POST' });
    expect(response.status).toBe(202);
    const again = await waitFor(() => about(t.id)[1], 10_000, 'the redelivery');
    expect(again.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(verified(again)).toEqual(verified(first));
    const attempts = await waitFor(
      async () => {
        const [d] = (await stack.detail(t.id)).deliveries;
        return d && d.attempts.length === 2 ? d.attempts : undefined;
      },
      10_000,
      'the manual attempt to be logged',
    );
    expect(attempts.map((a) => [a.attempt, a.manual, a.ok])).toEqual([
      [1, false, true],
      [2, true, true],
    ]);
    expect((await stack.owner.request(`/api/deliveries/${t.id}/redeliver`, { method: 'POST' })).status).toBe(
      404,
    );
  });
});
