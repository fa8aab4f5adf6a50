import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, type Page } from 'playwright-core';
import { type SourceWithSecretJson } from '@vigil/contracts';
import { launchChromium } from './browser.js';
import {
  ApiClient,
  createUser,
  cspViolations,
  openAs,
  OWNER,
  type Person,
  postOrder,
  postPayment,
} from './helpers.js';
import { type RunningStack, startStack } from './stack.js';

const row = (page: Page, orderId: string) =>
  page.locator(`[data-testid="live-row"][data-order-id="${orderId}"]`);

/** Staff watch the live feed, open what arrives, and every open dashboard follows along. */
describe('staff on the live dashboard', () => {
  let stack: RunningStack;
  let browser: Browser;
  let source: SourceWithSecretJson;
  let staff: Person;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    const owner = await ApiClient.login(stack.baseUrl);
    source = await owner.createSource({ name: 'E2E staff store', kind: 'standard' });
    staff = await createUser(owner, 'staff@test.vigil', 'staff');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows staff only the controls their role may use', async () => {
    const { context, page } = await openAs(browser, stack.baseUrl, staff);
    expect(await page.getByTestId('current-role').textContent()).toBe('staff');
    const nav = page.getByTestId('main-nav');
    expect(await nav.getByText('Review queue').count()).toBe(1);
    expect(await nav.getByText('Users').count()).toBe(0);
    expect(await nav.getByText('Audit log').count()).toBe(0);

    await nav.getByText('Rules').click();
    await page.getByTestId('rule-item').first().waitFor();
    expect(await page.getByTestId('rule-new').count()).toBe(0);
    expect(await page.getByTestId('rule-toggle').count()).toBe(0);
    expect(await page.getByTestId('rule-edit').count()).toBe(0);

    await nav.getByText('Sources').click();
    await page.getByTestId('source').first().waitFor();
    expect(await page.getByTestId('source-new').count()).toBe(0);
    expect(await page.getByTestId('source-rotate').count()).toBe(0);
    await context.close();
  });

  it('sees an order arrive live, opens it, and both browsers follow its next event', async () => {
    const staffView = await openAs(browser, stack.baseUrl, staff);
    const ownerView = await openAs(browser, stack.baseUrl, OWNER);

    await postOrder(source, { orderId: 'E2E-LIVE-1', amount: 4599, email: 'live@example.com' });
    await Promise.all([
      row(staffView.page, 'E2E-LIVE-1').waitFor({ timeout: 10_000 }),
      row(ownerView.page, 'E2E-LIVE-1').waitFor({ timeout: 10_000 }),
    ]);

    // Staff open it from the feed.
    await row(staffView.page, 'E2E-LIVE-1').getByTestId('live-row-link').click();
    await staffView.page.getByTestId('transaction-detail').waitFor();
    expect(staffView.page.url()).toMatch(/\/transactions\/[0-9a-f-]{36}$/);
    expect(await staffView.page.getByTestId('detail-amount').textContent()).toMatch(/45[.,]99/);
    expect(await staffView.page.getByTestId('detail-email').textContent()).toBe('live@example.com');
    expect(await staffView.page.getByTestId('detail-card').textContent()).toMatch(/^4242 42•• •••• 4242$/);
    await staffView.page.getByTestId('timeline-entry').first().waitFor();
    expect(await staffView.page.getByTestId('timeline-entry').count()).toBe(1);

    // The raw payload is there, collapsed until asked for.
    await staffView.page.getByTestId('timeline-toggle').first().click();
    await staffView.page.getByTestId('timeline-payload').first().waitFor();
    expect(await staffView.page.getByTestId('timeline-payload').first().textContent()).toContain(
      'order.created',
    );

    // The owner has the same transaction open; a later event for it reaches both pages without a reload.
    await ownerView.page.goto(staffView.page.url());
    await ownerView.page.getByTestId('timeline-entry').first().waitFor();
    await postPayment(source, 'E2E-LIVE-1', 4599);
    await Promise.all(
      [staffView.page, ownerView.page].map((page) =>
        page.waitForFunction(
          () => document.querySelectorAll('[data-testid="timeline-entry"]').length === 2,
          null,
          { timeout: 10_000 },
        ),
      ),
    );

    expect(cspViolations([...staffView.errors, ...ownerView.errors])).toEqual([]);
    await Promise.all([staffView.context.close(), ownerView.context.close()]);
  });
});
