import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Real provider payloads nobody on this project wrote (Stripe's API fixtures and test-mode events, Shopify's
 * library examples), with what must come back for each; sources in fixtures/realworld/README.md.
 */

/** A value that must match exactly, or one of several accepted values. */
export type Accepted<T> = T | T[];

export interface RealworldExpectation {
  amount?: number;
  currency?: string;
  email?: Accepted<string>;
  billing?: string;
  shipping?: string;
  labels?: string[];
  /**
   * `last4Soft`: Shopify's last4 may be null (docs/security.md#card-numbers lets the api drop the masked
   * number), never wrong.
   */
  card?: Partial<Record<'bin' | 'last4' | 'last4Soft' | 'brand' | 'country' | 'fingerprint', string>>;
  checks?: Partial<Record<'avs' | 'cvc', Accepted<string | null>>>;
  /** Exactly one transaction carries the id. */
  single?: boolean;
}

export interface RealworldPayload {
  id: string;
  provider: 'stripe' | 'shopify';
  /** Stripe event type or Shopify topic. */
  type: string;
  /** The order or payment id the transaction is found by (`?q=`); absent when only a 202 is required. */
  find?: string;
  expect: RealworldExpectation | null;
  acceptOnly?: boolean;
  /** Shopify `X-Shopify-API-Version` the payload was published for. */
  apiVersion?: string;
  /** The body exactly as the provider sends it. */
  body: string;
}

interface ManifestEntry extends Omit<RealworldPayload, 'body'> {
  file: string;
}

const corpusDir = fileURLToPath(new URL('../fixtures/realworld/', import.meta.url));

/** All payloads, in the order the outside check posts them. */
export function loadRealworldCorpus(): RealworldPayload[] {
  const manifest = JSON.parse(readFileSync(`${corpusDir}manifest.json`, 'utf8')) as {
    payloads: ManifestEntry[];
  };
  return manifest.payloads.map(({ file, ...entry }) => ({
    ...entry,
    body:
      entry.provider === 'stripe'
        ? readFileSync(`${corpusDir}${file}`, 'utf8') // Stripe sends pretty-printed JSON, as stored
        : JSON.stringify(JSON.parse(readFileSync(`${corpusDir}${file}`, 'utf8'))), // Shopify sends it compact
  }));
}

/** The `X-Shopify-*` headers Shopify sends with a payload (fresh event and webhook ids). */
export function shopifyHeaders(payload: RealworldPayload): Record<string, string> {
  return {
    'x-shopify-topic': payload.type,
    'x-shopify-event-id': randomUUID(),
    'x-shopify-webhook-id': randomUUID(),
    'x-shopify-triggered-at': new Date().toISOString(),
    'x-shopify-shop-domain': 'vigil-test.myshopify.com',
    'x-shopify-api-version': payload.apiVersion ?? '2026-07',
  };
}

/** Whether a value is the accepted one (or one of them). */
export function isAccepted<T>(actual: T, accepted: Accepted<T>): boolean {
  return Array.isArray(accepted) ? accepted.includes(actual) : actual === accepted;
}

/** What the corpus checks of one transaction, however it was read (merged state or the API's JSON). */
export interface RealworldView {
  amount: number | null;
  currency: string | null;
  email: string | null;
  billingCountry: string | null;
  shippingCountry: string | null;
  labels: readonly string[];
  card: Partial<Record<'bin' | 'last4' | 'brand' | 'country' | 'fingerprint', string | null>> | null;
  checks: Partial<Record<'avs' | 'cvc', string | null>> | null;
}

/** Every way the transaction differs from what must come back for the payload (empty when it is right). */
export function realworldMismatches(expected: RealworldExpectation, view: RealworldView): string[] {
  const problems: string[] = [];
  const check = (what: string, actual: unknown, ok: boolean): void => {
    if (!ok) problems.push(`${what}: got ${JSON.stringify(actual)}`);
  };
  if (expected.amount !== undefined) check('amount', view.amount, view.amount === expected.amount);
  if (expected.currency !== undefined) check('currency', view.currency, view.currency === expected.currency);
  if (expected.email !== undefined)
    check('email', view.email, view.email !== null && isAccepted(view.email, expected.email));
  if (expected.billing !== undefined)
    check('billing country', view.billingCountry, view.billingCountry === expected.billing);
  if (expected.shipping !== undefined)
    check('shipping country', view.shippingCountry, view.shippingCountry === expected.shipping);
  for (const label of expected.labels ?? [])
    check(`label ${label}`, view.labels, view.labels.includes(label));
  for (const [field, value] of Object.entries(expected.card ?? {})) {
    if (field === 'last4Soft') {
      const last4 = view.card?.last4 ?? null;
      check('card.last4 (may be null)', last4, last4 === null || last4 === value);
    } else {
      const actual = view.card?.[field as keyof NonNullable<RealworldView['card']>] ?? null;
      check(`card.${field}`, actual, actual === value);
    }
  }
  for (const [field, accepted] of Object.entries(expected.checks ?? {})) {
    const actual = view.checks?.[field as 'avs' | 'cvc'] ?? null;
    check(`checks.${field}`, actual, isAccepted(actual, accepted ?? null));
  }
  return problems;
}
