import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import Stripe from 'stripe';
import { type SourceKind } from './people.js';
import { type WireEvent } from './wire.js';

export { renderFollowUp, renderPurchase } from './wire.js';

export interface DemoSource {
  id: string;
  name: string;
  kind: SourceKind;
  secret: string;
}

// The official library signs exactly as Stripe does; the key is never used (no API calls are made).
const stripe = new Stripe('sk_test_vigil_demo');

/** Adds the signature headers of the source's scheme, computed over the exact bytes sent. */
function sign(source: DemoSource, event: WireEvent, at: Date): Record<string, string> {
  const headers = { 'content-type': 'application/json', ...event.headers };
  switch (source.kind) {
    case 'stripe':
      return {
        ...headers,
        'stripe-signature': stripe.webhooks.generateTestHeaderString({
          payload: event.body,
          secret: source.secret,
          timestamp: Math.floor(at.getTime() / 1000),
        }),
      };
    case 'shopify':
      return {
        ...headers,
        'x-shopify-hmac-sha256': createHmac('sha256', source.secret).update(event.body).digest('base64'),
      };
    case 'standard':
      return {
        ...headers,
        'webhook-id': event.id,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': new Webhook(source.secret).sign(event.id, at, event.body),
      };
  }
}

/** Posts one signed webhook the way the provider would; resolves with the HTTP status (0 if unreachable). */
export async function deliver(baseUrl: string, source: DemoSource, event: WireEvent): Promise<number> {
  const now = new Date(); // signed at send time, as providers do (and their timestamps are checked)
  try {
    const response = await fetch(`${baseUrl}/webhooks/${source.id}`, {
      method: 'POST',
      headers: sign(source, event, now),
      body: event.body,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
