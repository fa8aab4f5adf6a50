import type { SourceKind } from '@vigil/contracts';
import { headerValue, type WebhookHeaders } from './headers.js';
import { boundedEventId } from './stored-lengths.js';

/**
 * The provider's id of this delivery, used to dedupe redeliveries per source: Stripe `event.id`, Shopify
 * `X-Shopify-Event-Id` (older deliveries only carry `X-Shopify-Webhook-Id`), Standard Webhooks `webhook-id`.
 * An id longer than the column is bounded (stored-lengths.ts), the same way everywhere it is used.
 */
export function providerEventId(kind: SourceKind, headers: WebhookHeaders, body: unknown): string | null {
  switch (kind) {
    case 'stripe': {
      const id = isRecord(body) ? body['id'] : undefined;
      return nonEmpty(typeof id === 'string' ? id : undefined);
    }
    case 'shopify':
      return (
        nonEmpty(headerValue(headers, 'x-shopify-event-id')) ??
        nonEmpty(headerValue(headers, 'x-shopify-webhook-id'))
      );
    case 'standard':
      return nonEmpty(headerValue(headers, 'webhook-id'));
  }
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? boundedEventId(trimmed) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
