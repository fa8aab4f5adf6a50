import { describe, expect, it } from '@jest/globals';
import { type Page } from 'playwright-core';
import { type Page as ApiPage, type TransactionJson, type TransactionStatus } from '@vigil/contracts';
import { waitFor } from '@vigil/testing';
import { cspViolations, HELD_AMOUNT, openAs, OWNER, postOrder } from './helpers.js';
import { useReviewWorld } from './review-world.js';

const cellCount = async (page: Page, testId: string): Promise<string> =>
  ((await page.getByTestId(testId).locator('.tabular').textContent()) ?? '').trim();

/** A reviewer labels orders from the detail page and the queue keyboard; the quality page shows the effect. */
describe('labelling and the quality page in Chromium', () => {
  const world = useReviewWorld('E2E labels store', 'labeller@test.vigil');

  async function transaction(orderId: string, status: TransactionStatus): Promise<TransactionJson> {
    return waitFor(
      async () => {
        const page = await world.owner.json<ApiPage<TransactionJson>>(`/api/transactions?orderId=${orderId}`);
        return page.items.find((tx) => tx.status === status && (status !== 'review' || tx.holdDeadline));
      },
      10_000,
      `order ${orderId} to be ${status}`,
    );
  }

  it('labels from the detail page and with F in the queue; quality counts the fraud', async () => {
    await postOrder(world.source, { orderId: 'E2E-LABEL-1' });
    await postOrder(world.source, { orderId: 'E2E-LABEL-2', amount: HELD_AMOUNT });
    const passed = await transaction('E2E-LABEL-1', 'approved');
    await transaction('E2E-LABEL-2', 'review');

    const view = await openAs(world.browser, world.stack.baseUrl, world.staff, '/quality');
    const { page } = view;
    await page.getByTestId('quality-window').selectOption('24h');
    await page.getByTestId('quality-matrix').waitFor();
    expect(await cellCount(page, 'matrix-fraud-approved')).toBe('0');
    expect(await cellCount(page, 'matrix-fraud-held')).toBe('0');

    // Detail page: the order that got through was fraud.
    await page.goto(`${world.stack.baseUrl}/transactions/${passed.id}`);
    await page.getByTestId('label-current').waitFor();
    expect(await page.getByTestId('label-current').getAttribute('data-verdict')).toBe('none');
    await page.getByTestId('label-note').fill('customer says the card was stolen');
    await page.getByTestId('label-fraud').click();
    await page.locator('[data-testid="label-current"][data-verdict="fraud"]').waitFor();
    expect(await page.getByTestId('label-set-by').textContent()).toBe(world.staff.email);
    expect(await page.getByTestId('label-fraud').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('label-history-entry').first().textContent()).toContain(world.staff.email);

    // Queue: J to the held order, F labels it fraud.
    await page.goto(`${world.stack.baseUrl}/queue`);
    await page.locator('[data-testid="queue-row"][data-order-id="E2E-LABEL-2"]').waitFor();
    await page.keyboard.press('j');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-order-id') === 'E2E-LABEL-2');
    await page.keyboard.press('f');
    await waitFor(
      async () => (await transaction('E2E-LABEL-2', 'review')).labels.includes('fraud') || undefined,
      10_000,
      'the held order to be labelled fraud',
    );
    await page.keyboard.press('?');
    expect(await page.getByTestId('shortcut-help').textContent()).toContain('Label it fraud');

    // Quality: one fraud let through, one held.
    await page.goto(`${world.stack.baseUrl}/quality`);
    await page.getByTestId('quality-window').selectOption('24h');
    await page.getByTestId('quality-matrix').waitFor();
    await waitFor(
      async () => ((await cellCount(page, 'matrix-fraud-approved')) === '1' ? true : undefined),
      10_000,
      'the quality page to count the labelled fraud',
    );
    expect(await cellCount(page, 'matrix-fraud-held')).toBe('1');
    expect(await page.getByTestId('quality-recall').textContent()).toContain('50.0 %');
    await page.getByTestId('quality-trend').locator('svg').first().waitFor();
    expect(cspViolations(view.errors)).toEqual([]);
    await view.context.close();
  });

  it('simulates the rule set and asks for calibration from the rules page', async () => {
    const view = await openAs(world.browser, world.stack.baseUrl, OWNER, '/rules');
    const { page } = view;
    await page.getByTestId('simulation-run').click();
    await page.getByTestId('simulation-result').waitFor({ timeout: 15_000 });
    // Re-scored with today's rules: the labelled order that got through still would, the held one is held.
    expect(await cellCount(page, 'matrix-fraud-approved')).toBe('1');
    expect(await cellCount(page, 'matrix-fraud-held')).toBe('1');
    await page.getByTestId('calibration-run').click();
    await page.getByTestId('calibration-not-enough').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('calibration-not-enough').textContent()).toContain(
      'Not enough labelled history',
    );
    expect(cspViolations(view.errors)).toEqual([]);
    await view.context.close();
  });
});
