import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser } from 'playwright-core';
import { TOTP } from 'otpauth';
import { launchChromium } from './browser.js';
import { ApiClient, createUser, cspViolations, openAs, type Person } from './helpers.js';
import { type RunningStack, startStack } from './stack.js';

/** A person turns on two-factor sign-in from Account (QR code, recovery codes) and signs in with it. */
describe('two-factor sign-in in Chromium', () => {
  let stack: RunningStack;
  let browser: Browser;
  let person: Person;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    const owner = await ApiClient.login(stack.baseUrl);
    person = await createUser(owner, 'careful@test.vigil', 'viewer');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('sets it up with the QR code, keeps the recovery codes, then asks for a code at sign-in', async () => {
    const { context, page, errors } = await openAs(browser, stack.baseUrl, person, '/account');
    await page.getByTestId('2fa-password').fill(person.password);
    await page.getByTestId('2fa-start').click();

    // The QR code is a data: image, which the strict CSP allows.
    const qr = page.getByTestId('2fa-qr');
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const secret = (await page.getByTestId('2fa-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);

    const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
    await page.getByTestId('2fa-code').fill(totp.generate());
    await page.getByTestId('2fa-enable').click();
    const codes = page.getByTestId('recovery-codes');
    await codes.waitFor({ timeout: 10_000 });
    const recoveryCodes = await codes.locator('li code').allTextContents();
    expect(recoveryCodes).toHaveLength(10);

    // Sign out, and back in: the password alone is not enough any more.
    await page.getByText('I have stored them').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').fill(person.email);
    await page.getByTestId('login-password').fill(person.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-2fa-code').waitFor({ timeout: 10_000 });

    await page.getByTestId('login-2fa-code').fill('000000');
    await page.getByTestId('login-2fa-submit').click();
    await page.getByTestId('login-error').waitFor({ timeout: 10_000 });

    // A recovery code works once.
    await page.getByText('Use a recovery code').click();
    await page.getByTestId('login-2fa-code').fill(recoveryCodes[0]);
    await page.getByTestId('login-2fa-submit').click();
    await page.getByTestId('current-user').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('current-user').textContent()).toBe(person.email);

    expect(cspViolations(errors)).toEqual([]);
    await context.close();
  });
});
