import type { CheckResult } from '@vigil/contracts';
import { asObject, str } from './read.js';

/** Stripe's per-check values: `pass | fail | unavailable | unchecked` (or null when not performed). */
type StripeCheck = 'pass' | 'fail' | 'unavailable' | 'unchecked' | null;

function stripeCheck(value: unknown): StripeCheck {
  const text = str(value);
  if (text === null) return null;
  return text === 'pass' || text === 'fail' || text === 'unchecked' ? text : 'unavailable';
}

/**
 * AVS from Stripe's street and postal-code checks: both pass → pass, one passes and the other fails →
 * partial, only failures → fail. One pass with the other not performed counts as pass (most Stripe checkouts
 * collect only the postal code, so nothing disagrees).
 */
export function stripeAvs(line1Check: unknown, postalCheck: unknown): CheckResult {
  const results = [stripeCheck(line1Check), stripeCheck(postalCheck)];
  const passed = results.includes('pass');
  const failed = results.includes('fail');
  if (passed && failed) return 'partial';
  if (passed) return 'pass';
  if (failed) return 'fail';
  return results.includes('unavailable') ? 'unavailable' : 'unchecked';
}

export function stripeCvc(cvcCheck: unknown): CheckResult {
  return stripeCheck(cvcCheck) ?? 'unchecked';
}

/** `payment_method_details.card.checks`; nulls when the card object carried no checks at all. */
export function stripeChecks(checks: unknown): { avs: CheckResult | null; cvc: CheckResult | null } {
  const c = asObject(checks);
  if (!c) return { avs: null, cvc: null };
  return {
    avs: stripeAvs(c['address_line1_check'], c['address_postal_code_check']),
    cvc: stripeCvc(c['cvc_check']),
  };
}

const SHOPIFY_AVS: Readonly<Record<string, CheckResult>> = {
  Y: 'pass',
  X: 'pass',
  D: 'pass',
  M: 'pass',
  A: 'partial',
  Z: 'partial',
  W: 'partial',
  P: 'partial',
  N: 'fail',
};

/**
 * Shopify's AVS letters (docs/api.md#webhook-sources-and-ingestion): Y/X/D/M pass, A/Z/W/P partial, N fail,
 * other letters unavailable.
 */
export function shopifyAvs(code: unknown): CheckResult {
  const letter = str(code)?.toUpperCase();
  if (letter === undefined) return 'unchecked';
  return Object.hasOwn(SHOPIFY_AVS, letter) ? (SHOPIFY_AVS[letter] ?? 'unavailable') : 'unavailable';
}

/** Shopify's CVV letters: M pass, N fail, other letters unavailable. */
export function shopifyCvv(code: unknown): CheckResult {
  const letter = str(code)?.toUpperCase();
  if (letter === undefined) return 'unchecked';
  return letter === 'M' ? 'pass' : letter === 'N' ? 'fail' : 'unavailable';
}
