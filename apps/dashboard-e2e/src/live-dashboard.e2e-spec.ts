import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, type Page } from 'playwright-core';
import { ApiClient, canonicalOrder, signStandard, TEST_OWNER } from '@vigil/testing';
import { launchChromium } from './browser.js';
import { type RunningStack, startStack } from './stack.js';

async function signIn(page: Page, baseUrl: string, password: string = TEST_OWNER.password): Promise<void> {
  await page.goto(baseUrl);
  await page.getByTestId('login-email').fill(TEST_OWNER.email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** A store owner opens the dashboard, signs in, and watches a webhook arrive without reloading. */
describe('live dashboard in Chromium', () => {
  let stack: RunningStack;
  let browser: Browser;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('refuses a wrong password with a message in place', async () => {
    const page = await browser.newPage();
    await signIn(page, stack.baseUrl, 'definitely-not-the-password');
    const error = page.getByTestId('login-error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.textContent()).toMatch(/invalid email or password/i);
    await page.close();
  });

  it('shows a signed event live after sign-in, without a reload, under the strict CSP', async () => {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await signIn(page, stack.baseUrl);
    await page.getByTestId('current-user').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('current-user').textContent()).toContain(TEST_OWNER.email);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="connection-status"]')?.textContent?.trim() === 'live',
      null,
      {
        timeout: 15_000,
      },
    );

    const client = await ApiClient.login(stack.baseUrl);
    const source = await client.createSource({ name: 'E2E store', kind: 'standard' });
    const signed = signStandard(
      source.secret,
      'msg_e2e_1',
      canonicalOrder({ orderId: 'E2E-1', amount: 4599 }),
    );
    const response = await fetch(source.ingestUrl, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    });
    expect(response.status).toBe(202);

    const row = page.locator('[data-testid="live-row"][data-order-id="E2E-1"]');
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toMatch(/45[.,]99/);
    // The order's country (billing IE; its IP is a documentation address) lights up on the world map.
    await page.locator('[data-testid="world-map"] [data-country="IE"]').waitFor({ timeout: 10_000 });
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    await page.close();
  });
});
