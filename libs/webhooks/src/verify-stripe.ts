import { createHmac } from 'node:crypto';
import { headerValue, type WebhookHeaders } from './headers.js';
import { safeEqualAscii, SIGNATURE_TOLERANCE_SECONDS, type VerifyResult } from './signature-common.js';

/** `Stripe-Signature: t=<seconds>,v1=<hex>[,v1=<hex>…]`, signed over `${t}.${rawBody}` keyed by the whole secret. */
export function verifyStripe(
  rawBody: Buffer,
  headers: WebhookHeaders,
  secrets: readonly string[],
  nowMs: number,
): VerifyResult {
  const header = headerValue(headers, 'stripe-signature');
  if (!header) return { ok: false, reason: 'missing Stripe-Signature header' };

  let timestampText: string | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') timestampText ??= value;
    else if (key === 'v1' && value) signatures.push(value.toLowerCase());
  }
  if (timestampText === undefined || !/^\d{1,12}$/.test(timestampText)) {
    return { ok: false, reason: 'Stripe-Signature has no valid t= timestamp' };
  }
  if (signatures.length === 0) return { ok: false, reason: 'Stripe-Signature has no v1 signature' };

  const prefix = Buffer.from(`${timestampText}.`, 'utf8');
  const matched = secrets.some((secret) => {
    // Stripe keys the HMAC with the secret string itself, `whsec_` prefix included.
    const expected = createHmac('sha256', secret).update(prefix).update(rawBody).digest('hex');
    return signatures.some((signature) => safeEqualAscii(expected, signature));
  });
  if (!matched) return { ok: false, reason: 'no signature in Stripe-Signature matches' };

  // Checked after the signature, as Stripe's library does, so only authentic deliveries learn they are late.
  const timestamp = Number(timestampText);
  const ageSeconds = Math.floor(nowMs / 1000) - timestamp;
  if (Math.abs(ageSeconds) > SIGNATURE_TOLERANCE_SECONDS) {
    return {
      ok: false,
      reason: `Stripe-Signature timestamp is outside the ${SIGNATURE_TOLERANCE_SECONDS} s tolerance`,
    };
  }
  return { ok: true, timestamp: timestamp * 1000 };
}
