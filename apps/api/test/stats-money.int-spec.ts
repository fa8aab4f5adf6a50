import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ListJson, type SourceWithSecretJson, type StatsJson } from '@vigil/contracts';
import { createUser } from './auth-fixtures.js';
import { decide, HELD_AMOUNT, held, order, type ReviewStack, startReviewStack } from './review-helpers.js';

/** `GET /api/stats`: counts and money by status and currency, over a window, in time buckets. */
describe('stats and money at risk', () => {
  let stack: ReviewStack;
  let source: SourceWithSecretJson;

  /*
   * Posted (amounts in minor units):
   *   EUR approved 1000, 2000 · EUR held 600000, 600100 (one then approved by a person, later disputed)
   *   EUR blocked 3000 (blocked email) · USD approved 500 · USD held 700000
   */
  beforeAll(async () => {
    stack = await startReviewStack();
    source = await stack.createSource();
    const lists = (await stack.owner.json<{ items: ListJson[] }>('/api/lists')).items;
    await stack.owner.json(`/api/lists/${lists.find((l) => l.name === 'blocked_emails')?.id}/items`, {
      method: 'POST',
      body: JSON.stringify({ value: 'thief@example.com' }),
    });
    await stack.send(source, order('S-OK-1', { amount: 1000 }));
    await stack.send(source, order('S-OK-2', { amount: 2000 }));
    await stack.send(source, order('S-OK-USD', { amount: 500, currency: 'USD' }));
    await stack.send(source, order('S-HELD-1', { amount: HELD_AMOUNT }));
    await stack.send(source, order('S-HELD-2', { amount: HELD_AMOUNT + 100 }));
    await stack.send(source, order('S-HELD-USD', { amount: 700_000, currency: 'USD' }));
    await stack.send(source, order('S-BLOCK', { amount: 3000, email: 'thief@example.com' }));
    for (const id of ['S-OK-1', 'S-OK-2', 'S-OK-USD']) await stack.transaction(id, 'approved');
    await stack.transaction('S-BLOCK', 'blocked');
    await held(stack, 'S-HELD-1');
    await held(stack, 'S-HELD-USD');
    const reviewed = await held(stack, 'S-HELD-2');
    expect(
      (await decide(stack.owner, reviewed.id, { action: 'approve', version: reviewed.version })).status,
    ).toBe(200);
    // The approved order later turns out to be fraud: the store reports a dispute.
    await stack.send(source, order('S-HELD-2', { type: 'dispute.created', amount: HELD_AMOUNT + 100 }));
    await stack.transaction('S-HELD-2', 'approved', (t) => t.labels.includes('disputed'));
  });
  afterAll(() => stack?.close());

  it('counts what was posted, by status, with amounts per currency', async () => {
    const viewer = await createUser(stack.api, stack.owner, 'viewer');
    const stats = await viewer.client.json<StatsJson>('/api/stats?window=1h');
    expect(stats.window).toBe('1h');
    expect(stats.bucketSeconds).toBe(300);
    expect(stats.totals).toEqual({
      count: 7,
      amount: { EUR: 1000 + 2000 + HELD_AMOUNT + HELD_AMOUNT + 100 + 3000, USD: 500 + 700_000 },
      // Held now, blocked, or approved only after a hold.
      flagged: 4,
      held: 2,
      blocked: 1,
      approved: 4,
    });
    expect(stats.moneyAtRisk).toEqual({
      heldValue: { EUR: HELD_AMOUNT, USD: 700_000 },
      blockedValue: { EUR: 3000 },
      approvedAfterReviewValue: { EUR: HELD_AMOUNT + 100 },
      confirmedLossValue: { EUR: HELD_AMOUNT + 100 },
    });
  });

  it('splits the window into buckets that add up to the totals', async () => {
    for (const [window, bucketSeconds] of [
      ['15m', 60],
      ['1h', 300],
      ['24h', 3600],
      ['7d', 21600],
    ] as const) {
      const stats = await stack.owner.json<StatsJson>(`/api/stats?window=${window}`);
      expect(stats.bucketSeconds).toBe(bucketSeconds);
      const windowMs = Date.parse(stats.to) - Date.parse(stats.from);
      expect(stats.buckets.length).toBeGreaterThanOrEqual(windowMs / 1000 / bucketSeconds);
      expect(stats.buckets.length).toBeLessThanOrEqual(windowMs / 1000 / bucketSeconds + 1);
      const sum = (key: 'count' | 'held' | 'blocked' | 'approved' | 'flagged') =>
        stats.buckets.reduce((total, b) => total + b[key], 0);
      expect(sum('count')).toBe(7);
      expect(sum('held')).toBe(2);
      expect(sum('blocked')).toBe(1);
      expect(sum('approved')).toBe(4);
      expect(sum('flagged')).toBe(4);
      const eur = stats.buckets.reduce((total, b) => total + (b.amount['EUR'] ?? 0), 0);
      expect(eur).toBe(stats.totals.amount['EUR']);
      // Buckets are in order and evenly spaced.
      const starts = stats.buckets.map((b) => Date.parse(b.at));
      for (let i = 1; i < starts.length; i++) {
        expect((starts[i] as number) - (starts[i - 1] as number)).toBe(bucketSeconds * 1000);
      }
    }
  });

  it('defaults to the last hour and refuses other windows', async () => {
    expect((await stack.owner.json<StatsJson>('/api/stats')).window).toBe('1h');
    const response = await stack.owner.request('/api/stats?window=2d');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/window must be one of/);
  });
});
