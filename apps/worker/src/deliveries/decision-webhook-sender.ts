import { createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DELIVERY_TIMEOUT_MS } from '@vigil/contracts';

export interface SendResult {
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  ok: boolean;
}

/**
 * Standard Webhooks signing key: the base64 part of a `whsec_` secret (standard and Stripe sources), else the
 * secret's own bytes (Shopify; receivers verify with `new Webhook(secret, { format: 'raw' })`).
 */
export function signingKey(secret: string): Buffer {
  return secret.startsWith('whsec_')
    ? Buffer.from(secret.slice('whsec_'.length), 'base64')
    : Buffer.from(secret, 'utf8');
}

/** `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>`. */
export function signedHeaders(
  secret: string,
  messageId: string,
  body: string,
  now: Date,
): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const signature = createHmac('sha256', signingKey(secret))
    .update(`${messageId}.${timestamp}.${body}`)
    .digest('base64');
  return {
    'content-type': 'application/json',
    'user-agent': 'Vigil-Webhooks/1',
    'webhook-id': messageId,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature}`,
  };
}

const describeError = (error: unknown): string => {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no response within ${DELIVERY_TIMEOUT_MS / 1000} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return (cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))).slice(
    0,
    500,
  );
};

/** Enough of a response body to let a well-behaved endpoint finish; nothing of it is used. */
const MAX_RESPONSE_BODY_BYTES = 64 * 1024;

/**
 * Reads and discards at most MAX_RESPONSE_BODY_BYTES, then cancels the rest: an endpoint answering with an
 * endless body must not make the worker read it (16 deliveries run at once).
 */
async function discardBody(response: Response): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  try {
    for (let read = 0; read < MAX_RESPONSE_BODY_BYTES;) {
      const chunk = await reader.read();
      if (chunk.done) return;
      read += chunk.value.byteLength;
    }
  } catch {
    // a broken or timed-out body does not change the status already received
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * One POST of a decision webhook. Redirects are not followed (a store's endpoint answers itself), so a 3xx
 * counts as a failure; only the status counts, and at most 64 KiB of the body is read (docs/security.md).
 */
export async function sendDecisionWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<SendResult> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await discardBody(response);
    const ok = response.status >= 200 && response.status < 300;
    return {
      statusCode: response.status,
      latencyMs: Math.round(performance.now() - started),
      error: ok ? null : `HTTP ${response.status}`,
      ok,
    };
  } catch (error) {
    return {
      statusCode: null,
      latencyMs: Math.round(performance.now() - started),
      error: describeError(error),
      ok: false,
    };
  }
}
