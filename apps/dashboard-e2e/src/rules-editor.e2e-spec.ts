import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser } from 'playwright-core';
import { type RuleJson } from '@vigil/contracts';
import { launchChromium } from './browser.js';
import { ApiClient, cspViolations, openAs, OWNER, postOrder } from './helpers.js';
import { type RunningStack, startStack } from './stack.js';

/** The owner tunes rules and lists: errors are shown where they are, changes are checked before saving. */
describe('rules and lists in Chromium', () => {
  let stack: RunningStack;
  let browser: Browser;
  let owner: ApiClient;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    owner = await ApiClient.login(stack.baseUrl);
    const source = await owner.createSource({ name: 'E2E rules store', kind: 'standard' });
    // Something for the backtest to find.
    for (const [orderId, amount] of [
      ['E2E-BT-1', 90_000],
      ['E2E-BT-2', 1_000],
    ] as const) {
      await postOrder(source, { orderId, amount });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows the position of a syntax error, then backtests and saves a valid rule', async () => {
    const { context, page, errors } = await openAs(browser, stack.baseUrl, OWNER, '/rules');
    await page.getByTestId('rule-new').click();
    await page.getByTestId('rule-name').fill('E2E big orders');

    const expression = page.getByTestId('rule-expression');
    await expression.fill(':amount: >> 50000');
    const error = page.getByTestId('expression-error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.textContent()).toMatch(/column 11: expected .* but found '>'/);
    expect(await page.getByTestId('expression-error-mark').textContent()).toBe('>');
    expect(await expression.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('rule-save').isDisabled()).toBe(true);

    await expression.fill(':amount: > 50000');
    await page.getByTestId('expression-valid').waitFor({ timeout: 10_000 });
    // A new expression is shown against history before it can be saved.
    expect(await page.getByTestId('rule-save').isDisabled()).toBe(true);
    await page.getByTestId('backtest-run').click();
    const result = page.getByTestId('backtest-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('backtest-matched').textContent()).toBe('1');
    expect(await result.textContent()).toMatch(/of 2 transactions/);

    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-editor').waitFor({ state: 'detached' });
    const item = page.locator('[data-testid="rule-item"][data-rule-id="e2e_big_orders"]');
    await item.waitFor();
    expect(await item.textContent()).toContain(':amount: > 50000');

    // Switch it off in place; the api agrees.
    await item.getByTestId('rule-toggle').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-rule-id="e2e_big_orders"] [data-testid="rule-toggle"]')
          ?.getAttribute('aria-checked') === 'false',
    );
    const saved = await owner.json<RuleJson>('/api/rules/e2e_big_orders');
    expect(saved).toMatchObject({ expression: ':amount: > 50000', enabled: false });

    expect(cspViolations(errors)).toEqual([]);
    await context.close();
  });

  it('imports a pasted column into a list and reports the lines it refused', async () => {
    const { context, page } = await openAs(browser, stack.baseUrl, OWNER, '/lists');
    await page.locator('[data-testid="list-link"][data-list-name="blocked_emails"]').click();
    await page.getByTestId('list-detail').waitFor();
    await page
      .getByTestId('list-import-text')
      .fill('fraud1@example.com\nnot an email\n\nFraud2@Example.com\n');
    await page.getByTestId('list-import-submit').click();
    const summary = page.getByTestId('list-import-summary');
    await summary.waitFor({ timeout: 10_000 });
    expect(await summary.textContent()).toMatch(/2 added, 1 refused/);
    expect(await page.getByTestId('list-import-failures').textContent()).toMatch(/Line 2.*not an email/);
    // The refused line stays in the box to be fixed; the added ones are listed, normalized.
    expect(await page.getByTestId('list-import-text').inputValue()).toBe('not an email');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="list-item"]').length === 2);
    expect(await page.getByTestId('list-items').textContent()).toContain('fraud2@example.com');
    await context.close();
  });
});
