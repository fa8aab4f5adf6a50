import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import {
  type AuditEventJson,
  type BulkDecisionResultJson,
  type DecisionConflictJson,
  LIVE_NAMESPACE,
  type Page,
  type SourceWithSecretJson,
  type TransactionJson,
} from '@vigil/contracts';
import { waitFor } from '@vigil/testing';
import { createUser, type TestUser } from './auth-fixtures.js';
import { decide, HELD_AMOUNT, held, order, type ReviewStack, startReviewStack } from './review-helpers.js';

/**
 * docs/api.md#transactions-and-decisions: people decide held orders; when two decide the same one at once,
 * one wins, one gets 409.
 */
describe('decisions on held transactions', () => {
  let stack: ReviewStack;
  let source: SourceWithSecretJson;
  let alice: TestUser;
  let bob: TestUser;
  let viewer: TestUser;

  beforeAll(async () => {
    stack = await startReviewStack();
    source = await stack.createSource();
    alice = await createUser(stack.api, stack.owner, 'staff');
    bob = await createUser(stack.api, stack.owner, 'staff');
    viewer = await createUser(stack.api, stack.owner, 'viewer');
  });
  afterAll(() => stack?.close());

  async function holdOrder(orderId: string): Promise<TransactionJson> {
    await stack.send(source, order(orderId, { amount: HELD_AMOUNT }));
    return held(stack, orderId);
  }

  it('lets exactly one of two reviewers deciding the same order at the same moment win', async () => {
    for (let i = 0; i < 5; i++) {
      const t = await holdOrder(`RACE-${i}`);
      const [a, b] = await Promise.all([
        decide(alice.client, t.id, { action: 'approve', version: t.version }),
        decide(bob.client, t.id, { action: 'block', version: t.version, note: 'looks wrong' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const winner = (await (a.status === 200 ? a : b).json()) as TransactionJson;
      const loser = (await (a.status === 200 ? b : a).json()) as DecisionConflictJson;
      expect(winner.status).toBe(a.status === 200 ? 'approved' : 'blocked');
      expect(winner.version).toBe(t.version + 1);
      expect(winner.decidedBy).toBe(a.status === 200 ? alice.id : bob.id);
      expect(loser).toMatchObject({ statusCode: 409, error: 'Conflict' });
      expect(loser.message).toMatch(/no longer held|changed since version/);
      // The loser sees what happened without asking again.
      expect(loser.current).toMatchObject({ id: t.id, status: winner.status, version: winner.version });
      const detail = await stack.detail(t.id);
      expect(detail.decisions).toHaveLength(1);
    }
  });

  it('refuses a stale version with 409 and the current state, and records who decided what', async () => {
    const seen = await holdOrder('STALE-1');
    // The store sends an update while the reviewer is looking at the order.
    await stack.send(source, order('STALE-1', { type: 'order.updated', amount: HELD_AMOUNT + 100 }));
    const t = await stack.transaction('STALE-1', 'review', (x) => x.version > seen.version);
    const stale = await decide(alice.client, t.id, { action: 'approve', version: seen.version });
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as DecisionConflictJson;
    expect(conflict.message).toMatch(/changed since version/);
    expect(conflict.current).toMatchObject({
      id: t.id,
      status: 'review',
      version: t.version,
      amount: HELD_AMOUNT + 100,
    });

    const ok = await decide(alice.client, t.id, {
      action: 'block',
      version: t.version,
      note: 'card 4242 4242 4242 4242?',
    });
    expect(ok.status).toBe(200);
    const again = await decide(bob.client, t.id, { action: 'approve', version: t.version + 1 });
    expect(again.status).toBe(409);
    expect(((await again.json()) as DecisionConflictJson).current.status).toBe('blocked');

    const detail = await stack.detail(t.id);
    expect(detail.status).toBe('blocked');
    expect(detail.decidedAt).not.toBeNull();
    expect(detail.decisions).toEqual([
      {
        id: expect.any(String),
        action: 'block',
        fromStatus: 'review',
        // Notes are free text: a card number typed into one is masked like everywhere else.
        note: expect.not.stringMatching(/4242 4242 4242 4242/),
        reason: null,
        decidedBy: { id: alice.id, email: alice.email },
        at: expect.any(String),
      },
    ]);
    const audit = await stack.owner.json<Page<AuditEventJson>>('/api/audit?action=decision.create&limit=100');
    const forOrder = audit.items.filter((e) => e.target.id === t.id);
    expect(forOrder.map((e) => [e.actor.email, e.result]).sort()).toEqual(
      [
        [alice.email, 'failure'],
        [alice.email, 'success'],
        [bob.email, 'failure'],
      ].sort(),
    );
  });

  it('refuses decisions on unknown transactions (404) and on ones never held (409)', async () => {
    const unknown = await decide(alice.client, '00000000-0000-4000-8000-000000000000', {
      action: 'approve',
      version: 1,
    });
    expect(unknown.status).toBe(404);
    await stack.send(source, order('FINE-1'));
    const fine = await stack.transaction('FINE-1', 'approved');
    const response = await decide(alice.client, fine.id, { action: 'block', version: fine.version });
    expect(response.status).toBe(409);
    expect(((await response.json()) as DecisionConflictJson).current.status).toBe('approved');
  });

  it('refuses viewers: they may read the queue but not decide, claim or bulk-decide', async () => {
    const t = await holdOrder('VIEW-1');
    const queue = await viewer.client.json<Page<TransactionJson>>(
      '/api/transactions?status=review&sort=waiting',
    );
    expect(queue.items.map((x) => x.id)).toContain(t.id);
    expect((await decide(viewer.client, t.id, { action: 'approve', version: t.version })).status).toBe(403);
    const claim = await viewer.client.request(`/api/transactions/${t.id}/claim`, { method: 'POST' });
    expect(claim.status).toBe(403);
    const bulk = await viewer.client.request('/api/transactions/decisions/bulk', {
      method: 'POST',
      body: JSON.stringify({ action: 'approve', items: [{ id: t.id, version: t.version }] }),
    });
    expect(bulk.status).toBe(403);
    expect((await stack.detail(t.id)).status).toBe('review');
  });

  it('decides many held orders in bulk, answering per item (200, 409, 404)', async () => {
    const orders = await Promise.all(['BULK-1', 'BULK-2', 'BULK-3', 'BULK-4'].map(holdOrder));
    const [first, second, third, stale] = orders as [
      TransactionJson,
      TransactionJson,
      TransactionJson,
      TransactionJson,
    ];
    const missing = '00000000-0000-4000-8000-00000000beef';
    const response = await bob.client.request('/api/transactions/decisions/bulk', {
      method: 'POST',
      body: JSON.stringify({
        action: 'approve',
        note: 'known customers',
        items: [
          { id: first.id, version: first.version },
          { id: second.id, version: second.version },
          { id: third.id, version: third.version },
          { id: stale.id, version: stale.version + 5 },
          { id: missing, version: 1 },
        ],
      }),
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as BulkDecisionResultJson;
    expect(result).toMatchObject({ decided: 3, conflicts: 1, notFound: 1 });
    expect(result.results.map((r) => [r.id, r.status])).toEqual([
      [first.id, 200],
      [second.id, 200],
      [third.id, 200],
      [stale.id, 409],
      [missing, 404],
    ]);
    expect(result.results[0]?.transaction).toMatchObject({ status: 'approved', decidedBy: bob.id });
    expect(result.results[3]?.current).toMatchObject({ id: stale.id, status: 'review' });
    for (const t of [first, second, third]) expect((await stack.detail(t.id)).status).toBe('approved');
    expect((await stack.detail(stale.id)).status).toBe('review');

    const tooMany = await bob.client.request('/api/transactions/decisions/bulk', {
      method: 'POST',
      body: JSON.stringify({
        action: 'approve',
        items: Array.from({ length: 501 }, () => ({ id: first.id, version: 1 })),
      }),
    });
    expect(tooMany.status).toBe(400);
  });

  it('broadcasts every decision live as transaction.updated', async () => {
    const socket: Socket = io(`${stack.api.baseUrl}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      auth: { token: viewer.client.bearer },
      reconnection: false,
      forceNew: true,
    });
    const updates: TransactionJson[] = [];
    socket.on('transaction.updated', (payload: TransactionJson | TransactionJson[]) =>
      updates.push(...(Array.isArray(payload) ? payload : [payload])),
    );
    try {
      await waitFor(() => socket.connected, 5_000, 'live socket');
      const t = await holdOrder('LIVE-1');
      expect((await decide(alice.client, t.id, { action: 'approve', version: t.version })).status).toBe(200);
      const seen = await waitFor(
        () => updates.find((u) => u.id === t.id && u.status === 'approved'),
        5_000,
        'the decision on the live channel',
      );
      expect(seen).toMatchObject({ decidedBy: alice.id, version: t.version + 1 });
    } finally {
      socket.close();
    }
  });
});
