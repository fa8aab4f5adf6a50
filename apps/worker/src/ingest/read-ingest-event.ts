import { type FieldCutJson } from '@vigil/contracts';
import { type IngestJobData } from '@vigil/pipeline';
import { decodeNormalizedEvent, type NormalizedEvent, parseAndNormalize } from '@vigil/webhooks';
import { effectiveTime, mergeKeyOf, toTransactionRow, type TransactionRow } from './transaction-row.js';

/** One queued webhook, normalized again in the worker (the api validated it; the job keeps it masked). */
export interface IngestEvent {
  sourceId: string;
  eventId: string;
  event: NormalizedEvent;
  /** The masked payload for the timeline, as JSON text (stored as is: never parsed on the way). */
  payloadJson: string;
  /** Values cut to fit their columns, shown on the timeline (null when none was). */
  cuts: FieldCutJson[] | null;
  occurredAt: Date;
  receivedAt: Date;
  /** Null for events that belong to no order or payment (stored, shown, not merged). */
  row: TransactionRow | null;
}

/**
 * The queued webhook as the worker merges and scores it, or why it does not normalize (pure, no I/O). The
 * api's normalized event is used as it is when its version is this worker's (docs/pipeline.md "Normalize
 * once"); otherwise the masked body is normalized again.
 */
export function readIngestEvent(
  data: Pick<
    IngestJobData,
    'sourceId' | 'eventId' | 'kind' | 'body' | 'headers' | 'receivedAt' | 'normalized'
  >,
): IngestEvent | string {
  const receivedAt = new Date(data.receivedAt);
  let normalized = decodeNormalizedEvent(data.normalized);
  if (!normalized) {
    const parsed = parseAndNormalize(data.kind, Buffer.from(data.body, 'utf8'), data.headers, receivedAt);
    if (!parsed.ok) return parsed.reason;
    normalized = parsed;
  }
  const { event, cuts } = normalized;
  const occurredAt = effectiveTime(event, receivedAt);
  const mergeKey = mergeKeyOf(event);
  return {
    sourceId: data.sourceId,
    eventId: data.eventId,
    event,
    payloadJson: data.body,
    cuts: cuts.length > 0 ? cuts : null,
    occurredAt,
    receivedAt,
    row: mergeKey ? toTransactionRow(event, mergeKey, occurredAt, 'approved') : null,
  };
}
