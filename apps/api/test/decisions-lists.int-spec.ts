import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type AuditEventJson,
  type ListDetailJson,
  type ListJson,
  type Page,
  type SourceWithSecretJson,
} from '@vigil/contracts';
import { createUser, type TestUser } from './auth-fixtures.js';
import { decide, HELD_AMOUNT, held, order, type ReviewStack, startReviewStack } from './review-helpers.js';

/** A block decision can put the order's card, email, IP, … on the block lists: the next such order is blocked. */
describe('block decisions that add to the block lists', () => {
  let stack: ReviewStack;
  let source: SourceWithSecretJson;
  let staff: TestUser;
  let lists: ListJson[];

  beforeAll(async () => {
    stack = await startReviewStack();
    source = await stack.createSource();
    staff = await createUser(stack.api, stack.owner, 'staff');
    lists = (await stack.owner.json<{ items: ListJson[] }>('/api/lists')).items;
  });
  afterAll(() => stack?.close());

  const items = async (name: string): Promise<string[]> => {
    const id = lists.find((l) => l.name === name)?.id ?? '';
    return (await stack.owner.json<ListDetailJson>(`/api/lists/${id}`)).items.map((i) => i.value);
  };

  it('blocks the next order with the card a reviewer blocked, through the real webhook path', async () => {
    await stack.send(source, order('CARD-1', { amount: HELD_AMOUNT, card: 'fp_stolen_card' }));
    const t = await held(stack, 'CARD-1');
    // Staff may not edit lists directly…
    const direct = await staff.client.request(
      `/api/lists/${lists.find((l) => l.name === 'blocked_cards')?.id}/items`,
      { method: 'POST', body: JSON.stringify({ value: 'fp_other' }) },
    );
    expect(direct.status).toBe(403);
    // …but may through a block decision.
    const response = await decide(staff.client, t.id, {
      action: 'block',
      version: t.version,
      note: 'stolen card',
      addToLists: ['card_fingerprint', 'email'],
    });
    expect(response.status).toBe(200);
    expect(await items('blocked_cards')).toContain('fp_stolen_card');
    expect(await items('blocked_emails')).toContain('card-1@example.com');

    // A small, otherwise harmless order with the same card, from another customer.
    await stack.send(source, order('CARD-2', { card: 'fp_stolen_card' }));
    const next = await stack.transaction('CARD-2', 'blocked');
    expect(next.signals.map((s) => s.code)).toContain('blocked_card');
    // Other cards still pass.
    await stack.send(source, order('CARD-3'));
    await stack.transaction('CARD-3', 'approved');

    const audit = await stack.owner.json<Page<AuditEventJson>>('/api/audit?action=list.item_add&limit=50');
    expect(audit.items.map((e) => [e.actor.email, e.details['value']])).toEqual(
      expect.arrayContaining([
        [staff.email, 'fp_stolen_card'],
        [staff.email, 'card-1@example.com'],
      ]),
    );
  });

  it('adds IP, device and customer id too, and refuses lists with an approval', async () => {
    await stack.send(source, order('MULTI-1', { amount: HELD_AMOUNT, ip: '198.51.100.250' }));
    const t = await held(stack, 'MULTI-1');
    const approve = await decide(staff.client, t.id, {
      action: 'approve',
      version: t.version,
      addToLists: ['ip'],
    });
    expect(approve.status).toBe(400);
    expect(((await approve.json()) as { message: string }).message).toMatch(
      /only allowed with action "block"/,
    );
    const unknownField = await decide(staff.client, t.id, {
      action: 'block',
      version: t.version,
      addToLists: ['card_number'],
    });
    expect(unknownField.status).toBe(400);

    const block = await decide(staff.client, t.id, {
      action: 'block',
      version: t.version,
      addToLists: ['ip', 'device_id', 'customer_id'],
    });
    expect(block.status).toBe(200);
    expect(await items('blocked_ips')).toContain('198.51.100.250');
    expect(await items('blocked_devices')).toContain('d_multi-1');
    expect(await items('blocked_customers')).toContain('c_multi-1');
  });
});
