import type { SourceKind } from '@vigil/contracts';
import type { WebhookHeaders } from './headers.js';
import type { VerifyResult } from './signature-common.js';
import { verifyShopify } from './verify-shopify.js';
import { verifyStandard } from './verify-standard.js';
import { verifyStripe } from './verify-stripe.js';

/**
 * Checks a webhook's signature on the exact bytes received, before anything parses them. Every candidate
 * secret is tried (the old one keeps working during a rotation's grace period) against every signature the
 * header carries (providers send several while they rotate on their side).
 */
export function verifyWebhookSignature(
  kind: SourceKind,
  rawBody: Buffer,
  headers: WebhookHeaders,
  secrets: readonly string[],
  nowMs: number,
): VerifyResult {
  const usable = secrets.filter((secret) => secret.length > 0);
  if (usable.length === 0) return { ok: false, reason: 'no webhook secret is configured for this source' };
  switch (kind) {
    case 'stripe':
      return verifyStripe(rawBody, headers, usable, nowMs);
    case 'shopify':
      return verifyShopify(rawBody, headers, usable);
    case 'standard':
      return verifyStandard(rawBody, headers, usable, nowMs);
  }
}
