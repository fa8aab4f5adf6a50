import type { FieldCutJson, SourceKind } from '@vigil/contracts';
import { providerEventId } from './event-id.js';
import type { WebhookHeaders } from './headers.js';
import { parseJsonBody } from './json-body.js';
import { maskCardData } from './mask-card-data.js';
import type { NormalizedEvent } from './normalized-event.js';
import type { NormalizeResult } from './normalize/read.js';
import { normalizeShopify } from './normalize/shopify.js';
import { normalizeStandard } from './normalize/standard.js';
import { normalizeStripe } from './normalize/stripe.js';
import { boundedEventId, cutToStoredLengths } from './stored-lengths.js';

/** No webhook happened before 1970, and PostgreSQL cannot store years before 4713 BC, which JSON dates reach. */
const EARLIEST_EVENT_TIME_MS = 0;

export type ParseResult =
  { ok: true; event: NormalizedEvent; body: unknown; cuts: FieldCutJson[] } | { ok: false; reason: string };

/**
 * Turns a verified webhook body into Vigil's event model, or a reason for a 400 that says what is wrong.
 * The returned `body` is already card-masked (docs/security.md#card-numbers) and the event is read from that
 * masked copy, so neither can carry a card number onwards. `occurredAt` is clamped to `receivedAt` (late
 * retries and replays keep their own time; clock skew cannot put an event in the future; a time before 1970
 * is unknown). Invalid Unicode is replaced and values longer than Vigil stores are cut (`cuts` says which),
 * so no acknowledged event can fail to be stored.
 */
export function parseAndNormalize(
  kind: SourceKind,
  rawBody: Buffer,
  headers: WebhookHeaders,
  receivedAt: Date,
): ParseResult {
  const parsed = parseJsonBody(rawBody);
  if (!parsed.ok) return parsed;
  const body = maskCardData(parsed.value);

  const result = normalize(kind, body, headers);
  if (!result.ok) return result;
  const { event } = result;
  if (event.occurredAt && event.occurredAt.getTime() > receivedAt.getTime()) {
    event.occurredAt = new Date(receivedAt.getTime());
  }
  if (event.occurredAt && event.occurredAt.getTime() < EARLIEST_EVENT_TIME_MS) event.occurredAt = null;
  event.eventId = boundedEventId(event.eventId);
  return { ok: true, event, body, cuts: cutToStoredLengths(event) };
}

function normalize(kind: SourceKind, body: unknown, headers: WebhookHeaders): NormalizeResult {
  switch (kind) {
    case 'stripe':
      return normalizeStripe(body);
    case 'shopify':
      return normalizeShopify(body, headers);
    case 'standard': {
      const eventId = providerEventId('standard', headers, body);
      if (eventId === null) return { ok: false, reason: 'missing webhook-id header' };
      return normalizeStandard(body, eventId);
    }
  }
}
