import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TOTP } from 'otpauth';
import {
  type Page as ApiPage,
  type SourceWithSecretJson,
  type TransactionJson,
  type TwoFactorSetupJson,
} from '@vigil/contracts';
import { launchChromium } from './browser.js';
import { postDemoOrders } from './demo-traffic.js';
import { ApiClient, createUser, OWNER, type Person, signIn, waitForLive } from './helpers.js';
import { type RunningStack, startStack } from './stack.js';

/** `docs/screenshots/` at the repository root. */
const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * Screenshots of every page against a real stack with demo traffic (`nx run dashboard-e2e:screenshots`).
 * Not part of `npm run test:e2e`: it only writes pictures for the README and docs/.
 */
describe('dashboard screenshots', () => {
  let stack: RunningStack;
  let browser: Browser;
  let owner: ApiClient;
  let store: SourceWithSecretJson;
  let staff: Person;

  async function open(person: Person, path: string, options: { dark?: boolean; phone?: boolean } = {}) {
    const context = await browser.newContext({
      viewport: options.phone ? PHONE : DESKTOP,
      deviceScaleFactor: options.phone ? 2 : 1,
      colorScheme: options.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    await signIn(page, stack.baseUrl, person, path);
    await waitForLive(page);
    return { context, page };
  }

  async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
    // Let fonts, charts and the once-a-second tiles settle.
    await page.waitForTimeout(1_200);
    await page.screenshot({ path: `${OUT}${name}.png`, fullPage, animations: 'disabled' });
  }

  async function held(): Promise<TransactionJson[]> {
    return (
      await owner.json<ApiPage<TransactionJson>>('/api/transactions?status=review&sort=waiting&limit=50')
    ).items;
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    owner = await ApiClient.login(stack.baseUrl);
    store = await owner.createSource({ name: 'Acme Outdoor (web shop)', kind: 'standard' });
    // A decision URL nobody answers: the detail page shows the failed attempts and the retry schedule.
    await owner.json(`/api/sources/${store.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ decisionUrl: 'http://127.0.0.1:9/vigil/decisions', holdMinutes: 240 }),
    });
    await owner.createSource({ name: 'Stripe (live account)', kind: 'stripe' });
    staff = await createUser(owner, 'sam@acme-outdoor.test', 'staff');
    await createUser(owner, 'vic@acme-outdoor.test', 'viewer');
    for (const value of ['chargeback-king@mailinator.com', 'fraud.ring@yopmail.com']) {
      const lists = await owner.json<{ items: Array<{ id: string; name: string }> }>('/api/lists');
      const emails = lists.items.find((list) => list.name === 'blocked_emails');
      if (emails) {
        await owner.json(`/api/lists/${emails.id}/items`, {
          method: 'POST',
          body: JSON.stringify({ value, note: 'Confirmed chargeback fraud' }),
        });
      }
    }
    await postDemoOrders(store, 0, 60, 'A-');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('captures every page', async () => {
    const contexts: BrowserContext[] = [];
    try {
      // Sign-in page.
      const loginContext = await browser.newContext({ viewport: DESKTOP });
      contexts.push(loginContext);
      const login = await loginContext.newPage();
      await login.goto(stack.baseUrl);
      await login.getByTestId('login-email').waitFor();
      await shoot(login, 'login');

      // Live page while traffic flows, in light and dark.
      const live = await open(OWNER, '/');
      const dark = await open(OWNER, '/', { dark: true });
      contexts.push(live.context, dark.context);
      for (let burst = 0; burst < 8; burst++) {
        await postDemoOrders(store, 60 + burst * 12, 72 + burst * 12, 'B-');
        await live.page.waitForTimeout(700);
      }
      await shoot(live.page, 'live');
      await shoot(dark.page, 'live-dark');

      // Someone is on one held order, another was decided with a note.
      const queue = await held();
      const reviewer = await ApiClient.login(stack.baseUrl, staff.email, staff.password);
      if (queue[1]) await reviewer.json(`/api/transactions/${queue[1].id}/claim`, { method: 'POST' });
      if (queue[2]) {
        await reviewer.json(`/api/transactions/${queue[2].id}/decision`, {
          method: 'POST',
          body: JSON.stringify({
            action: 'approve',
            version: queue[2].version,
            note: 'Called the customer: genuine.',
          }),
        });
      }

      const staffQueue = await open(staff, '/queue');
      contexts.push(staffQueue.context);
      await staffQueue.page.getByTestId('queue-row').first().waitFor();
      await staffQueue.page.keyboard.press('j');
      await staffQueue.page.keyboard.press('x');
      await staffQueue.page.keyboard.press('j');
      await staffQueue.page.keyboard.press('?');
      await shoot(staffQueue.page, 'queue');

      const phone = await open(staff, '/queue', { phone: true });
      contexts.push(phone.context);
      await phone.page.getByTestId('queue-row').first().waitFor();
      await shoot(phone.page, 'queue-phone');

      // A held order in full, and one decided with a note.
      const target = (await held()).find((tx) => tx.billing.country !== tx.shipping.country) ?? queue[0];
      await staffQueue.page.goto(`${stack.baseUrl}/transactions/${target.id}`);
      await staffQueue.page.getByTestId('timeline-entry').first().waitFor();
      await staffQueue.page.getByTestId('timeline-toggle').first().click();
      await shoot(staffQueue.page, 'transaction', true);
      if (queue[2]) {
        await staffQueue.page.goto(`${stack.baseUrl}/transactions/${queue[2].id}`);
        await staffQueue.page.getByTestId('decision').first().waitFor();
        await shoot(staffQueue.page, 'transaction-decided', true);
      }

      // Rules: an expression error pointed at, then a backtest of the fixed one.
      const rules = await open(OWNER, '/rules');
      contexts.push(rules.context);
      await rules.page.getByTestId('rule-new').click();
      await rules.page.getByTestId('rule-name').fill('Large orders shipped abroad');
      await rules.page.getByTestId('rule-action').selectOption('review');
      await rules.page
        .getByTestId('rule-expression')
        .fill(':amount: > 100000 and :shipping_country: !! :billing_country:');
      await rules.page.getByTestId('expression-error').waitFor();
      await shoot(rules.page, 'rules-error');
      await rules.page
        .getByTestId('rule-expression')
        .fill(':amount: > 100000 and :shipping_country: != :billing_country:');
      await rules.page.getByTestId('expression-valid').waitFor();
      await rules.page.getByTestId('backtest-run').click();
      await rules.page.getByTestId('backtest-result').waitFor();
      await shoot(rules.page, 'rules-backtest');
      await rules.page.getByText('Close').click();
      await shoot(rules.page, 'rules');

      // Lists, with an import that refused a line.
      await rules.page.getByTestId('main-nav').getByText('Lists').click();
      await rules.page.locator('[data-testid="list-link"][data-list-name="blocked_emails"]').click();
      await rules.page
        .getByTestId('list-import-text')
        .fill('card.tester@guerrillamail.com\nnot-an-email\nrefund.abuse@10minutemail.com');
      await rules.page.getByTestId('list-import-submit').click();
      await rules.page.getByTestId('list-import-summary').waitFor();
      await shoot(rules.page, 'lists');

      // Sources: a new one, its secret shown this once.
      await rules.page.getByTestId('main-nav').getByText('Sources').click();
      await rules.page.getByTestId('source-new').click();
      await rules.page.getByTestId('source-name').fill('Shopify (EU store)');
      await rules.page.getByTestId('source-save').click();
      await rules.page.getByTestId('source-secret').waitFor();
      await shoot(rules.page, 'sources');

      for (const [path, name] of [
        ['/users', 'users'],
        ['/audit', 'audit'],
        ['/transactions', 'transactions'],
      ] as const) {
        await rules.page.goto(`${stack.baseUrl}${path}`);
        await rules.page.locator('table tbody tr').first().waitFor();
        await shoot(rules.page, name);
      }

      // Account: two-factor setup with its QR code.
      await rules.page.goto(`${stack.baseUrl}/account`);
      await rules.page.getByTestId('2fa-password').fill(OWNER.password);
      await rules.page.getByTestId('2fa-start').click();
      await rules.page.getByTestId('2fa-qr').waitFor();
      await shoot(rules.page, 'account-2fa');

      // The second sign-in step of a person with two-factor sign-in.
      const careful = await createUser(owner, 'ciara@acme-outdoor.test', 'staff');
      const client = await ApiClient.login(stack.baseUrl, careful.email, careful.password);
      const setup = await client.json<TwoFactorSetupJson>('/api/auth/2fa/setup', {
        method: 'POST',
        body: JSON.stringify({ password: careful.password }),
      });
      const totp = new TOTP({ secret: setup.secret, digits: 6, period: 30, algorithm: 'SHA1' });
      await client.json('/api/auth/2fa/enable', {
        method: 'POST',
        body: JSON.stringify({ code: totp.generate() }),
      });
      const secondStep = await browser.newContext({ viewport: DESKTOP });
      contexts.push(secondStep);
      const step = await secondStep.newPage();
      await step.goto(stack.baseUrl);
      await step.getByTestId('login-email').fill(careful.email);
      await step.getByTestId('login-password').fill(careful.password);
      await step.getByTestId('login-submit').click();
      await step.getByTestId('login-2fa-code').waitFor();
      await shoot(step, 'login-2fa');
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
    }
  });
});
