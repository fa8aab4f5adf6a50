import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import {
  type AuditEventJson,
  type DecisionWebhookJson,
  type HoldExpiryPolicy,
  type Page,
  type SourceJson,
  type SourceWithSecretJson,
} from '@vigil/contracts';
import { waitFor } from '@vigil/testing';
import {
  type DecisionReceiver,
  HELD_AMOUNT,
  held,
  order,
  type ReviewStack,
  startDecisionReceiver,
  startReviewStack,
} from './review-helpers.js';

/** Holds last 3 s here (holdMinutes 0.05): long enough to see them held, short enough to watch them end. */
const HOLD_MINUTES = 0.05;

/**
 * Each source says what happens to an order still held when its hold runs out
 * (docs/api.md#transactions-and-decisions).
 */
describe('hold expiry policy per source', () => {
  let stack: ReviewStack;
  let receiver: DecisionReceiver;
  const sources = {} as Record<HoldExpiryPolicy, SourceWithSecretJson>;

  beforeAll(async () => {
    receiver = await startDecisionReceiver();
    stack = await startReviewStack();
    for (const policy of ['approve', 'block', 'escalate'] as const) {
      sources[policy] = await stack.createSource({ name: `Expire ${policy}`, decisionUrl: receiver.url });
      const patched = await stack.owner.json<SourceJson>(`/api/sources/${sources[policy].id}`, {
        method: 'PATCH',
        body: JSON.stringify({ holdMinutes: HOLD_MINUTES, onHoldExpiry: policy }),
      });
      expect(patched).toMatchObject({
        holdMinutes: HOLD_MINUTES,
        onHoldExpiry: policy,
        notifyAutoApprovals: false,
      });
    }
    // These holds run while the first tests look at the approve policy closely.
    await stack.send(sources.block, order('EXP-B', { amount: HELD_AMOUNT }));
    await stack.send(sources.escalate, order('EXP-E', { amount: HELD_AMOUNT }));
  });
  afterAll(async () => {
    await stack?.close();
    await receiver?.close();
  });

  it('defaults to a 24 h hold that escalates, and refuses unusable policies', async () => {
    const plain = await stack.createSource();
    expect(plain).toMatchObject({ holdMinutes: 1440, onHoldExpiry: 'escalate', notifyAutoApprovals: false });
    for (const body of [{ holdMinutes: 0 }, { holdMinutes: 60 * 24 * 31 }, { onHoldExpiry: 'ignore' }]) {
      const response = await stack.owner.request(`/api/sources/${plain.id}`, {
        method: 'PATCH',
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
    }
  });

  it('approves automatically when the hold runs out, as a decision by nobody, and tells the store', async () => {
    await stack.send(sources.approve, order('EXP-A', { amount: HELD_AMOUNT }));
    const t = await held(stack, 'EXP-A');
    const hold = Date.parse(t.holdDeadline ?? '') - Date.parse(t.heldAt ?? '');
    expect(hold).toBeGreaterThan(HOLD_MINUTES * 60_000 - 500);
    expect(hold).toBeLessThan(HOLD_MINUTES * 60_000 + 500);

    const after = await stack.transaction('EXP-A', 'approved', undefined, 20_000);
    expect(after).toMatchObject({
      decidedBy: null,
      holdDeadline: null,
      escalated: false,
      version: t.version + 1,
    });
    expect(after.decidedAt).not.toBeNull();
    const detail = await stack.detail(t.id);
    expect(detail.decisions).toEqual([
      {
        id: expect.any(String),
        action: 'approve',
        fromStatus: 'review',
        note: null,
        reason: 'hold expired',
        decidedBy: null,
        at: expect.any(String),
      },
    ]);
    const decided = await waitFor(
      () =>
        receiver.received.find((w) => {
          const body = JSON.parse(w.body) as DecisionWebhookJson;
          return body.type === 'transaction.decided' && body.data.transactionId === t.id;
        }),
      10_000,
      'the decided webhook',
    );
    expect(
      (new Webhook(sources.approve.secret).verify(decided.body, decided.headers) as DecisionWebhookJson).data,
    ).toMatchObject({
      decision: 'approved',
      reason: 'hold expired',
      decidedBy: null,
    });

    // A later webhook of the same order is merged and scored, but the expired hold's decision stands:
    // no second hold and no second "held" webhook (docs/pipeline.md, one write path).
    await stack.send(sources.approve, order('EXP-A', { type: 'payment.succeeded', amount: HELD_AMOUNT }));
    const merged = await stack.transaction('EXP-A', 'approved', (x) => x.version > after.version, 20_000);
    expect(merged).toMatchObject({ decidedAt: after.decidedAt, holdDeadline: null });
    // Decision webhooks are written in the same commit as the verdict that calls for them.
    const later = await stack.detail(t.id);
    expect(later.deliveries.map((d) => d.type).sort()).toEqual(['transaction.decided', 'transaction.held']);
    expect(later.decisions).toHaveLength(1);
  });

  it('blocks automatically under a block policy', async () => {
    const after = await stack.transaction('EXP-B', 'blocked', undefined, 20_000);
    expect(after.decidedBy).toBeNull();
    expect((await stack.detail(after.id)).decisions.map((d) => [d.action, d.reason])).toEqual([
      ['block', 'hold expired'],
    ]);
  });

  it('escalates under an escalate policy: still held, flagged, and still decidable by a person', async () => {
    const t = await stack.transaction('EXP-E', 'review', (x) => x.escalated === true, 20_000);
    expect(Date.parse(t.holdDeadline ?? '')).toBeLessThanOrEqual(Date.now());
    expect((await stack.detail(t.id)).decisions).toEqual([]);
    const queue = await stack.owner.json<Page<{ id: string }>>(
      '/api/transactions?status=review&escalated=true',
    );
    expect(queue.items.map((x) => x.id)).toEqual([t.id]);
    const decided = await stack.owner.request(`/api/transactions/${t.id}/decision`, {
      method: 'POST',
      body: JSON.stringify({ action: 'approve', version: t.version }),
    });
    expect(decided.status).toBe(200);
  });

  it('does not expire a hold a person decided first, and audits what expired', async () => {
    await stack.send(sources.block, order('EXP-P', { amount: HELD_AMOUNT }));
    const t = await held(stack, 'EXP-P');
    const approved = await stack.owner.request(`/api/transactions/${t.id}/decision`, {
      method: 'POST',
      body: JSON.stringify({ action: 'approve', version: t.version }),
    });
    expect(approved.status).toBe(200);
    // Past the deadline, it is still the person's approval.
    await waitFor(() => Date.now() > Date.parse(t.holdDeadline ?? '') + 2_000, 10_000, 'the old deadline');
    expect((await stack.detail(t.id)).status).toBe('approved');

    const audit = await stack.owner.json<Page<AuditEventJson>>(
      '/api/audit?action=decision.hold_expired&limit=50',
    );
    expect(audit.items.map((e) => [e.actor.userId, e.details['policy']]).sort()).toEqual([
      [null, 'approve'],
      [null, 'block'],
      [null, 'escalate'],
    ]);
  });
});
