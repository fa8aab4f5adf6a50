import { timingSafeEqual } from 'node:crypto';

/** `timestamp` is the signed send time in epoch milliseconds (Shopify: `X-Shopify-Triggered-At`), if any. */
export type VerifyResult = { ok: true; timestamp: number | null } | { ok: false; reason: string };

/** Both Stripe and Standard Webhooks allow this much clock skew / delivery delay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** Constant-time comparison of two ASCII encodings (hex or base64 digests); unequal lengths never match. */
export function safeEqualAscii(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'latin1');
  const b = Buffer.from(received, 'latin1');
  return a.length === b.length && timingSafeEqual(a, b);
}
