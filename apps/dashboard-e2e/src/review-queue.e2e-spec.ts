import { describe, expect, it } from '@jest/globals';
import { type Page } from 'playwright-core';
import { type Page as ApiPage, type TransactionJson } from '@vigil/contracts';
import { waitFor } from '@vigil/testing';
import {
  ApiClient,
  createUser,
  cspViolations,
  HELD_AMOUNT,
  openAs,
  OWNER,
  postOrder,
  signIn,
} from './helpers.js';
import { useReviewWorld } from './review-world.js';

const queueRow = (page: Page, orderId: string) =>
  page.locator(`[data-testid="queue-row"][data-order-id="${orderId}"]`);

/** Staff work held orders from the keyboard; every open queue follows; a stale decision is explained. */
describe('review queue in Chromium', () => {
  const world = useReviewWorld('E2E queue store', 'reviewer@test.vigil');

  async function heldTransaction(orderId: string): Promise<TransactionJson> {
    let found: TransactionJson | undefined;
    await waitFor(
      async () => {
        const page = await world.owner.json<ApiPage<TransactionJson>>(`/api/transactions?orderId=${orderId}`);
        found = page.items.find((tx) => tx.status === 'review');
        return found !== undefined;
      },
      10_000,
      `order ${orderId} to be held`,
    );
    return found as TransactionJson;
  }

  it('claims and approves a held order from the keyboard while another browser follows', async () => {
    const staffView = await openAs(world.browser, world.stack.baseUrl, world.staff, '/queue');
    const ownerView = await openAs(world.browser, world.stack.baseUrl, OWNER, '/queue');
    await staffView.page.getByTestId('queue').waitFor();

    await postOrder(world.source, { orderId: 'E2E-HOLD-1', amount: HELD_AMOUNT });
    const staffRow = queueRow(staffView.page, 'E2E-HOLD-1');
    const ownerRow = queueRow(ownerView.page, 'E2E-HOLD-1');
    await Promise.all([staffRow.waitFor({ timeout: 10_000 }), ownerRow.waitFor({ timeout: 10_000 })]);
    expect(await staffRow.textContent()).toMatch(/over the high limit \(5,000 euros/);

    // Keyboard only: J selects the first row, C claims it, A approves it.
    await staffView.page.keyboard.press('j');
    await staffView.page.waitForFunction(
      () => document.activeElement?.getAttribute('data-order-id') === 'E2E-HOLD-1',
    );
    await staffView.page.keyboard.press('c');
    await ownerRow.getByTestId('claim-indicator').waitFor({ timeout: 10_000 });
    expect(await ownerRow.getByTestId('claim-indicator').textContent()).toContain(world.staff.email);
    expect(await staffRow.getByTestId('claim-indicator').textContent()).toContain('You');

    await staffView.page.keyboard.press('a');
    await Promise.all([
      staffRow.waitFor({ state: 'detached', timeout: 10_000 }),
      ownerRow.waitFor({ state: 'detached', timeout: 10_000 }),
    ]);
    const page = await world.owner.json<ApiPage<TransactionJson>>('/api/transactions?orderId=E2E-HOLD-1');
    expect(page.items[0]).toMatchObject({ status: 'approved' });

    expect(cspViolations([...staffView.errors, ...ownerView.errors])).toEqual([]);
    await Promise.all([staffView.context.close(), ownerView.context.close()]);
  });

  it('explains in place when someone else decided first', async () => {
    await postOrder(world.source, { orderId: 'E2E-HOLD-2', amount: HELD_AMOUNT });
    const held = await heldTransaction('E2E-HOLD-2');

    // This browser's live channel is cut, so it cannot learn of the other decision in time.
    const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.routeWebSocket(/socket\.io/, (ws) => ws.close());
    const page = await context.newPage();
    await signIn(page, world.stack.baseUrl, OWNER, '/queue');
    const row = queueRow(page, 'E2E-HOLD-2');
    await row.waitFor({ timeout: 10_000 });

    const reviewer = await ApiClient.login(world.stack.baseUrl, world.staff.email, world.staff.password);
    await reviewer.json(`/api/transactions/${held.id}/decision`, {
      method: 'POST',
      body: JSON.stringify({ action: 'block', version: held.version }),
    });

    await row.locator('.q-waiting').click();
    await page.keyboard.press('a');
    const note = row.getByTestId('queue-note');
    await note.waitFor({ timeout: 10_000 });
    await page.waitForFunction(
      () =>
        /Already blocked by reviewer@test\.vigil/.test(
          document.querySelector('[data-testid="queue-note"]')?.textContent ?? '',
        ),
      null,
      { timeout: 10_000 },
    );
    expect(await row.getAttribute('data-status')).toBe('blocked');
    await context.close();
  });

  it('approves several selected orders at once', async () => {
    const staffView = await openAs(world.browser, world.stack.baseUrl, world.staff, '/queue');
    const ownerView = await openAs(world.browser, world.stack.baseUrl, OWNER, '/queue');
    await postOrder(world.source, { orderId: 'E2E-BULK-1', amount: HELD_AMOUNT });
    await postOrder(world.source, { orderId: 'E2E-BULK-2', amount: HELD_AMOUNT + 100 });
    for (const id of ['E2E-BULK-1', 'E2E-BULK-2'])
      await queueRow(staffView.page, id).waitFor({ timeout: 10_000 });

    for (const id of ['E2E-BULK-1', 'E2E-BULK-2'])
      await queueRow(staffView.page, id).getByTestId('queue-select').check();
    await staffView.page.getByTestId('bulk-bar').waitFor();
    await staffView.page.keyboard.press('Shift+A');
    await staffView.page.getByTestId('bulk-dialog').waitFor();
    await staffView.page.getByTestId('bulk-confirm').click();
    await Promise.all(
      ['E2E-BULK-1', 'E2E-BULK-2'].flatMap((id) => [
        queueRow(staffView.page, id).waitFor({ state: 'detached', timeout: 10_000 }),
        queueRow(ownerView.page, id).waitFor({ state: 'detached', timeout: 10_000 }),
      ]),
    );
    await Promise.all([staffView.context.close(), ownerView.context.close()]);
  });

  it('shows viewers the queue without any way to decide', async () => {
    const viewer = await createUser(world.owner, 'watcher@test.vigil', 'viewer');
    await postOrder(world.source, { orderId: 'E2E-VIEW-1', amount: HELD_AMOUNT });
    const { context, page } = await openAs(world.browser, world.stack.baseUrl, viewer, '/queue');
    const row = queueRow(page, 'E2E-VIEW-1');
    await row.waitFor({ timeout: 10_000 });
    expect(await row.getByTestId('queue-approve').count()).toBe(0);
    expect(await row.getByTestId('queue-select').count()).toBe(0);
    await row.locator('.q-waiting').click();
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    await page.getByTestId('transaction-detail').waitFor();
    expect(await page.getByTestId('decision-panel').count()).toBe(0);
    const held = await heldTransaction('E2E-VIEW-1');
    expect(held.status).toBe('review');
    await context.close();
  });
});
