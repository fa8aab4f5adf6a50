import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type CreatedUserJson, type Role, type SourceWithSecretJson } from '@vigil/contracts';
import { ApiClient, canonicalOrder, signStandard, TEST_OWNER } from '@vigil/testing';

export interface Person {
  email: string;
  password: string;
}

export const OWNER: Person = TEST_OWNER;

/** Signs in through the login page and waits for the signed-in shell. */
export async function signIn(page: Page, baseUrl: string, person: Person = OWNER, path = '/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByTestId('login-email').fill(person.email);
  await page.getByTestId('login-password').fill(person.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor({ timeout: 15_000 });
}

/** Waits until the header says the live channel is connected. */
export async function waitForLive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="connection-status"]')?.textContent?.trim() === 'live',
    null,
    { timeout: 15_000 },
  );
}

/** A fresh browser context (its own cookies) signed in as `person`, on `path`, with the live channel up. */
export async function openAs(
  browser: Browser,
  baseUrl: string,
  person: Person,
  path = '/',
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await signIn(page, baseUrl, person, path);
  await waitForLive(page);
  return { context, page, errors };
}

/** Creates a user with a known password through the api, as the owner would from a script. */
export async function createUser(owner: ApiClient, email: string, role: Role): Promise<Person> {
  const password = `e2e-${role}-password-long-enough`;
  await owner.json<CreatedUserJson>('/api/users', {
    method: 'POST',
    body: JSON.stringify({ email, role, password }),
  });
  return { email, password };
}

let messageSequence = 0;

/** Posts a signed canonical order to a source and checks it was accepted. */
export async function postOrder(
  source: SourceWithSecretJson,
  order: { orderId: string; amount?: number; email?: string },
): Promise<void> {
  messageSequence += 1;
  const signed = signStandard(
    source.secret,
    `msg_e2e_${Date.now()}_${messageSequence}`,
    canonicalOrder(order),
  );
  const response = await fetch(source.ingestUrl, {
    method: 'POST',
    headers: signed.headers,
    body: signed.body,
  });
  if (response.status !== 202)
    throw new Error(`webhook refused: ${response.status} ${await response.text()}`);
}

/** Posts a later event (a payment) for an existing order, so the transaction gets a new version. */
export async function postPayment(
  source: SourceWithSecretJson,
  orderId: string,
  amount: number,
): Promise<void> {
  messageSequence += 1;
  const body = {
    type: 'payment.succeeded',
    timestamp: new Date().toISOString(),
    data: { orderId, paymentId: `pay_${orderId}`, amount, currency: 'EUR' },
  };
  const signed = signStandard(source.secret, `msg_e2e_pay_${Date.now()}_${messageSequence}`, body);
  const response = await fetch(source.ingestUrl, {
    method: 'POST',
    headers: signed.headers,
    body: signed.body,
  });
  if (response.status !== 202)
    throw new Error(`webhook refused: ${response.status} ${await response.text()}`);
}

/** Orders this size are held once a spec adds the review-limit rule (libs/testing). */
export { addReviewLimitRule, HELD_AMOUNT } from '@vigil/testing';

/** Console errors a strict CSP would cause (inline scripts or styles refused). */
export function cspViolations(errors: readonly string[]): string[] {
  return errors.filter((error) => /Content Security Policy|Refused to/i.test(error));
}

export { ApiClient };
