import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';

/** The signature headers of the three schemes (docs/operations.md "Connecting Stripe", "Connecting Shopify"). */
const HEADERS: Array<[name: string, description: string]> = [
  ['Stripe-Signature', 'Stripe sources: `t=…,v1=…`.'],
  ['X-Shopify-Hmac-Sha256', 'Shopify sources: base64 HMAC-SHA256 of the raw body.'],
  ['X-Shopify-Topic', 'Shopify sources: e.g. `orders/create`.'],
  ['X-Shopify-Event-Id', 'Shopify sources: the dedupe key.'],
  ['webhook-id', 'Standard Webhooks: message id (the dedupe key).'],
  ['webhook-timestamp', 'Standard Webhooks: Unix seconds (±300 s).'],
  ['webhook-signature', 'Standard Webhooks: `v1,<base64>` (space-separated list).'],
];

/** Documents the headers POST /webhooks/:sourceId reads; which ones apply depends on the source's kind. */
export const WebhookSignatureHeaders = (): MethodDecorator =>
  applyDecorators(...HEADERS.map(([name, description]) => ApiHeader({ name, description, required: false })));
