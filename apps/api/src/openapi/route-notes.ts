import { type JsonSchema } from './json-schema.js';

/** What the decorators cannot say about a route: extra headers, a raw body, error statuses it answers. */
export interface RouteNote {
  description?: string;
  headers?: Array<{ name: string; description: string }>;
  rawJsonBody?: string;
  responses?: Record<string, string>;
  responseSchema?: JsonSchema;
}

const errorStatuses = {
  '404': 'Unknown source.',
  '415': 'Content-Type is not application/json.',
  '413': 'Body over 1 MiB.',
  '401': 'Bad or missing signature, or a stale timestamp (checked on the raw bytes).',
  '400': 'Not JSON, or not a supported shape (the message names the field).',
  '429': 'Source over its rate limit, or an IP sending bad signatures.',
  '503': 'The event could not be queued; the provider retries.',
};

/** Keyed by `METHOD /express/path`. */
export const ROUTE_NOTES: Record<string, RouteNote> = {
  'POST /webhooks/:sourceId': {
    description:
      'A provider posts its raw, signed webhook here (the `ingestUrl` of a source). The signature scheme depends ' +
      'on the source kind: Stripe `Stripe-Signature`, Shopify `X-Shopify-Hmac-Sha256` (+ `X-Shopify-Topic`, ' +
      '`X-Shopify-Event-Id`), Standard Webhooks `webhook-id` / `webhook-timestamp` / `webhook-signature`. ' +
      'Answers 202 only once the event is durably queued; a redelivery answers `duplicate: true`.',
    headers: [
      { name: 'Stripe-Signature', description: 'Stripe sources: `t=…,v1=…`.' },
      { name: 'X-Shopify-Hmac-Sha256', description: 'Shopify sources: base64 HMAC-SHA256 of the raw body.' },
      { name: 'X-Shopify-Topic', description: 'Shopify sources: e.g. `orders/create`.' },
      { name: 'X-Shopify-Event-Id', description: 'Shopify sources: the dedupe key.' },
      { name: 'webhook-id', description: 'Standard Webhooks: message id (the dedupe key).' },
      { name: 'webhook-timestamp', description: 'Standard Webhooks: Unix seconds (±300 s).' },
      { name: 'webhook-signature', description: 'Standard Webhooks: `v1,<base64>` (space-separated list).' },
    ],
    rawJsonBody: 'The provider’s event, byte for byte as signed.',
    responses: errorStatuses,
    responseSchema: {
      type: 'object',
      properties: { received: { type: 'boolean' }, duplicate: { type: 'boolean' } },
      required: ['received', 'duplicate'],
    },
  },
  'POST /api/auth/login': {
    description:
      'Signs in. Answers `{token, user}` and sets the httpOnly session cookie; scripts send the token as ' +
      '`Authorization: Bearer <token>`. When two-factor sign-in is on, answers a challenge for `/api/auth/login/2fa`.',
    responses: { '429': 'Too many attempts (see Retry-After).' },
  },
  'GET /api/transactions/:id/label': {
    description:
      'The transaction with its labels, the reviewer’s current verdict (who, when, note), whether it counts as ' +
      'fraud, and the label history (reviewers’ verdicts and provider labels with their reasons), newest first.',
  },
  'PUT /api/transactions/:id/label': {
    description:
      'A reviewer’s verdict `{label: "fraud"|"not_fraud", note?}` (staff and owners). The latest verdict wins and ' +
      'overrides provider labels for quality and calibration; `fraud` also counts like an early fraud warning in ' +
      'later orders’ history counters. Audited with before/after.',
    responses: { '400': 'label is not fraud or not_fraud, or the note is too long.', '404': 'No such transaction.' },
  },
  'DELETE /api/transactions/:id/label': {
    description: 'Clears the reviewer’s verdict (owner only); provider labels stay. Audited.',
    responses: { '404': 'No such transaction.' },
  },
  'GET /health/ready': {
    description: '200 only when PostgreSQL and Redis answer, migrations are applied and the owner exists.',
    responses: { '503': 'Not ready; the body names the failing check.' },
  },
};
