import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type AuditEventJson,
  type DecisionConflictJson,
  type Page,
  type SourceWithSecretJson,
  type TransactionJson,
} from '@vigil/contracts';
import { type ApiClient, waitFor } from '@vigil/testing';
import { createUser, type TestUser } from './auth-fixtures.js';
import { HELD_AMOUNT, held, order, type ReviewStack, startReviewStack } from './review-helpers.js';

/** Claims last 3 s here (VIGIL_CLAIM_MINUTES=0.05), so expiry is observable. */
const CLAIM_SECONDS = 3;

/** The review queue: sorted lists of held orders, and claims as soft locks everyone sees. */
describe('review queue and claims', () => {
  let stack: ReviewStack;
  let source: SourceWithSecretJson;
  let alice: TestUser;
  let bob: TestUser;
  const queued: TransactionJson[] = [];

  beforeAll(async () => {
    stack = await startReviewStack({ VIGIL_CLAIM_MINUTES: String(CLAIM_SECONDS / 60) });
    source = await stack.createSource();
    alice = await createUser(stack.api, stack.owner, 'staff');
    bob = await createUser(stack.api, stack.owner, 'staff');
    // Held one after the other, with different amounts (and so different scores), plus one approved order.
    for (const [i, amount] of [
      HELD_AMOUNT + 300,
      HELD_AMOUNT + 100,
      2_000_000,
      HELD_AMOUNT + 200,
    ].entries()) {
      await stack.send(source, order(`Q-${i}`, { amount }));
      queued.push(await held(stack, `Q-${i}`));
    }
    await stack.send(source, order('Q-OK'));
    await stack.transaction('Q-OK', 'approved');
  });
  afterAll(() => stack?.close());

  const claim = (client: ApiClient, id: string) =>
    client.request(`/api/transactions/${id}/claim`, { method: 'POST' });
  const release = (client: ApiClient, id: string) =>
    client.request(`/api/transactions/${id}/claim`, { method: 'DELETE' });
  const list = (client: ApiClient, query: string) =>
    client.json<Page<TransactionJson>>(`/api/transactions?${query}`);

  it('shows each held order with its hold deadline (24 h by default)', () => {
    for (const t of queued) {
      expect(t.heldAt).not.toBeNull();
      const hold = Date.parse(t.holdDeadline ?? '') - Date.parse(t.heldAt ?? '');
      expect(hold).toBeGreaterThan(24 * 3_600_000 - 5_000);
      expect(hold).toBeLessThan(24 * 3_600_000 + 5_000);
      expect(t).toMatchObject({
        claimedBy: null,
        claimedByEmail: null,
        claimExpiresAt: null,
        escalated: false,
      });
    }
  });

  it('lists held orders longest-waiting first, by risk or by amount, page by page', async () => {
    const ids = (page: Page<TransactionJson>) => page.items.map((t) => t.id);
    const waiting = await list(alice.client, 'status=review&sort=waiting');
    expect(waiting.total).toBe(4);
    expect(ids(waiting)).toEqual(queued.map((t) => t.id));

    const byAmount = [...queued].sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0)).map((t) => t.id);
    expect(ids(await list(alice.client, 'status=review&sort=amount'))).toEqual(byAmount);
    const byRisk = await list(alice.client, 'status=review&sort=risk');
    const scores = byRisk.items.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    // Every sort pages with its own cursor and neither skips nor repeats.
    for (const sort of ['waiting', 'risk', 'amount', 'newest']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<TransactionJson> = await list(
          alice.client,
          `status=review&sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...ids(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.sort()).toEqual(queued.map((t) => t.id).sort());
    }
    const wrongCursor = await alice.client.request(
      `/api/transactions?status=review&sort=amount&cursor=${(await list(alice.client, 'status=review&sort=risk&limit=1')).nextCursor}`,
    );
    expect(wrongCursor.status).toBe(400);
  });

  it('shows a claim to everyone, refuses to let another reviewer take it, and lets it lapse', async () => {
    const t = queued[0] as TransactionJson;
    const claimed = await claim(alice.client, t.id);
    expect(claimed.status).toBe(200);
    const mine = (await claimed.json()) as TransactionJson;
    expect(mine).toMatchObject({ claimedBy: alice.id, claimedByEmail: alice.email, version: t.version });
    const until = Date.parse(mine.claimExpiresAt ?? '');
    expect(until - Date.now()).toBeLessThanOrEqual(CLAIM_SECONDS * 1000 + 1_000);

    // Bob sees it in the detail and in the list filtered by claimant; it is not in his "unclaimed" view.
    expect((await stack.detail(t.id, bob.client)).claimedByEmail).toBe(alice.email);
    expect((await list(bob.client, `status=review&claimedBy=${alice.id}`)).items.map((x) => x.id)).toEqual([
      t.id,
    ]);
    expect((await list(alice.client, 'status=review&claimedBy=me')).items.map((x) => x.id)).toEqual([t.id]);
    expect((await list(bob.client, 'status=review&claimedBy=none')).items.map((x) => x.id)).not.toContain(
      t.id,
    );

    const taken = await claim(bob.client, t.id);
    expect(taken.status).toBe(409);
    const conflict = (await taken.json()) as DecisionConflictJson;
    expect(conflict.message).toContain(alice.email);
    expect(conflict.current).toMatchObject({ id: t.id, claimedBy: alice.id });
    expect((await release(bob.client, t.id)).status).toBe(403);

    // Once it lapses, nobody holds it and Bob may claim it.
    await waitFor(
      async () => (await stack.detail(t.id, bob.client)).claimedBy === null,
      10_000,
      'claim expiry',
    );
    expect((await list(bob.client, 'status=review&claimedBy=none')).items.map((x) => x.id)).toContain(t.id);
    const bobs = await claim(bob.client, t.id);
    expect(bobs.status).toBe(200);
    expect(((await bobs.json()) as TransactionJson).claimedBy).toBe(bob.id);
  });

  it('lets the claimant release, and the owner force a release; the claimant may extend', async () => {
    const t = queued[1] as TransactionJson;
    expect((await claim(alice.client, t.id)).status).toBe(200);
    const extended = await claim(alice.client, t.id);
    expect(extended.status).toBe(200);
    const released = await release(alice.client, t.id);
    expect(released.status).toBe(200);
    expect(((await released.json()) as TransactionJson).claimedBy).toBeNull();
    // Releasing what nobody holds changes nothing.
    expect((await release(bob.client, t.id)).status).toBe(200);

    expect((await claim(bob.client, t.id)).status).toBe(200);
    const forced = await release(stack.owner, t.id);
    expect(forced.status).toBe(200);
    expect((await stack.detail(t.id)).claimedBy).toBeNull();
  });

  it('refuses claims on orders that are not held, and on unknown ones', async () => {
    const approved = (await list(alice.client, 'orderId=Q-OK')).items[0] as TransactionJson;
    const response = await claim(alice.client, approved.id);
    expect(response.status).toBe(409);
    expect(((await response.json()) as DecisionConflictJson).current.status).toBe('approved');
    expect((await claim(alice.client, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await claim(alice.client, 'not-a-uuid')).status).toBe(404);
  });

  it('audits claims and releases, refused ones included', async () => {
    const audit = await stack.owner.json<Page<AuditEventJson>>('/api/audit?action=transaction.*&limit=100');
    const entries = audit.items.map((e) => `${e.action} ${e.actor.email} ${e.result}`);
    expect(entries).toEqual(
      expect.arrayContaining([
        `transaction.claim ${alice.email} success`,
        `transaction.claim ${bob.email} failure`,
        `transaction.release ${bob.email} failure`,
        `transaction.release ${alice.email} success`,
      ]),
    );
  });
});
