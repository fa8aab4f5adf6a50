import { createHmac } from 'node:crypto';
import { headerValue, type WebhookHeaders } from './headers.js';
import { safeEqualAscii, SIGNATURE_TOLERANCE_SECONDS, type VerifyResult } from './signature-common.js';

/** Decoded key bytes per secret: a source's secret is decoded once, not on every webhook (bounded). */
const KEYS = new Map<string, Buffer>();
const MAX_KEYS = 1_024;

function decodedKey(secret: string): Buffer {
  let key = KEYS.get(secret);
  if (key === undefined) {
    key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(secret, key);
  }
  return key;
}

/**
 * Standard Webhooks: HMAC-SHA256 over `${webhook-id}.${webhook-timestamp}.${rawBody}` keyed by the base64-decoded
 * secret (after `whsec_`); `webhook-signature` is a space-separated list of `v1,<base64>` entries.
 */
export function verifyStandard(
  rawBody: Buffer,
  headers: WebhookHeaders,
  secrets: readonly string[],
  nowMs: number,
): VerifyResult {
  const id = headerValue(headers, 'webhook-id');
  const timestampText = headerValue(headers, 'webhook-timestamp');
  const signatureHeader = headerValue(headers, 'webhook-signature');
  if (!id) return { ok: false, reason: 'missing webhook-id header' };
  if (!timestampText) return { ok: false, reason: 'missing webhook-timestamp header' };
  if (!signatureHeader) return { ok: false, reason: 'missing webhook-signature header' };

  if (!/^\d{1,12}$/.test(timestampText.trim())) {
    return { ok: false, reason: 'webhook-timestamp must be whole seconds since the epoch' };
  }
  // Checked before the signature, as the reference library does: replays are refused without any HMAC work.
  const timestamp = Number(timestampText.trim());
  if (Math.abs(Math.floor(nowMs / 1000) - timestamp) > SIGNATURE_TOLERANCE_SECONDS) {
    return {
      ok: false,
      reason: `webhook-timestamp is outside the ${SIGNATURE_TOLERANCE_SECONDS} s tolerance`,
    };
  }

  const signatures: string[] = [];
  for (const entry of signatureHeader.split(' ')) {
    const comma = entry.indexOf(',');
    // Other versions (e.g. `v1a` asymmetric signatures) are not ours to check.
    if (comma > 0 && entry.slice(0, comma) === 'v1') signatures.push(entry.slice(comma + 1));
  }
  if (signatures.length === 0) return { ok: false, reason: 'webhook-signature has no v1 signature' };

  const prefix = Buffer.from(`${id}.${timestampText.trim()}.`, 'utf8');
  for (const secret of secrets) {
    const key = decodedKey(secret);
    if (key.length === 0) continue;
    const expected = createHmac('sha256', key).update(prefix).update(rawBody).digest('base64');
    if (signatures.some((signature) => safeEqualAscii(expected, signature))) {
      return { ok: true, timestamp: timestamp * 1000 };
    }
  }
  return { ok: false, reason: 'no signature in webhook-signature matches' };
}
