import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import Stripe from 'stripe';

/**
 * The one place tests (and `npm run demo`) sign webhooks, the way each provider does: Stripe and Standard
 * Webhooks with the providers' official libraries, Shopify as its documentation describes (an HMAC).
 */

export type SignedSourceKind = 'stripe' | 'shopify' | 'standard';

export interface SignedRequest {
  headers: Record<string, string>;
  body: string;
}

/** Secrets in each provider's format, for tests that need no source of their own. */
export const TEST_SECRETS: Readonly<Record<SignedSourceKind, string>> = {
  stripe: 'whsec_test_5mXq8RzT2vLk9NpWc4Yb7Hd3Fg6Js1Ae',
  standard: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  shopify: '3c9f1a7e5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e',
};

// The library signs exactly as Stripe does; the API key is never used (no API calls are made).
const stripe = new Stripe('sk_test_vigil');

const seconds = (at: Date): number => Math.floor(at.getTime() / 1000);

/** `Stripe-Signature: t=…,v1=…` from the official `stripe` package. */
export function stripeSignature(secret: string, body: string, at = new Date()): string {
  return stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: seconds(at) });
}

/** `X-Shopify-Hmac-Sha256`: base64 HMAC-SHA256 of the raw body keyed by the app secret. */
export function shopifySignature(secret: string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

/** `webhook-id`, `webhook-timestamp` and `webhook-signature` from the official `standardwebhooks` package. */
export function standardSignatureHeaders(
  secret: string,
  id: string,
  body: string,
  at = new Date(),
): { 'webhook-id': string; 'webhook-timestamp': string; 'webhook-signature': string } {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(seconds(at)),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  };
}

/** The signature headers of a source's scheme over `body` (`id` is the Standard Webhooks message id). */
export function signatureHeaders(
  kind: SignedSourceKind,
  secret: string,
  body: string,
  { id, at = new Date() }: { id: string; at?: Date },
): Record<string, string> {
  switch (kind) {
    case 'stripe':
      return { 'stripe-signature': stripeSignature(secret, body, at) };
    case 'shopify':
      return { 'x-shopify-hmac-sha256': shopifySignature(secret, body) };
    case 'standard':
      return standardSignatureHeaders(secret, id, body, at);
  }
}

/** Signs a body exactly as a Standard Webhooks sender does. */
export function signStandard(secret: string, id: string, payload: unknown, at = new Date()): SignedRequest {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return {
    body,
    headers: { 'content-type': 'application/json', ...standardSignatureHeaders(secret, id, body, at) },
  };
}

/** Signs a body as Stripe does. */
export function signStripe(secret: string, body: string, at = new Date()): SignedRequest {
  return {
    body,
    headers: { 'content-type': 'application/json', 'stripe-signature': stripeSignature(secret, body, at) },
  };
}

/** Signs a body as Shopify does, with the given `X-Shopify-*` headers. */
export function signShopify(secret: string, body: string, headers: Record<string, string>): SignedRequest {
  return {
    body,
    headers: {
      ...headers,
      'content-type': 'application/json',
      'x-shopify-hmac-sha256': shopifySignature(secret, body),
    },
  };
}
