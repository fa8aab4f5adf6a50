import { createHmac } from 'node:crypto';
import { headerValue, type WebhookHeaders } from './headers.js';
import { safeEqualAscii, type VerifyResult } from './signature-common.js';

/**
 * Shopify: `X-Shopify-Hmac-Sha256` is the base64 HMAC-SHA256 of the raw body keyed by the secret as UTF-8.
 * Shopify signs no timestamp; `X-Shopify-Triggered-At` is reported so it can be stored.
 */
export function verifyShopify(
  rawBody: Buffer,
  headers: WebhookHeaders,
  secrets: readonly string[],
): VerifyResult {
  const signature = headerValue(headers, 'x-shopify-hmac-sha256')?.trim();
  if (!signature) return { ok: false, reason: 'missing X-Shopify-Hmac-Sha256 header' };

  const matched = secrets.some((secret) =>
    safeEqualAscii(createHmac('sha256', secret).update(rawBody).digest('base64'), signature),
  );
  if (!matched) return { ok: false, reason: 'X-Shopify-Hmac-Sha256 does not match the body' };

  const triggeredAt = Date.parse(headerValue(headers, 'x-shopify-triggered-at') ?? '');
  return { ok: true, timestamp: Number.isNaN(triggeredAt) ? null : triggeredAt };
}
