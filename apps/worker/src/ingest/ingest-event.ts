import { UnrecoverableError } from 'bullmq';
import { type FieldCutJson } from '@vigil/contracts';
import { type IngestJobData } from '@vigil/pipeline';
import { type NormalizedEvent, parseAndNormalize } from '@vigil/webhooks';
import { effectiveTime, mergeKeyOf, toTransactionRow, type TransactionRow } from './transaction-row.js';

/** What became of one job: the value a completed BullMQ job returns. */
export type IngestOutcome = 'duplicate' | 'stored-without-transaction' | 'created' | 'updated';

/** One queued webhook, normalized again in the worker (the api validated it; the job keeps it masked). */
export interface IngestEvent {
  sourceId: string;
  eventId: string;
  event: NormalizedEvent;
  /** Masked payload for the timeline. */
  payload: unknown;
  /** Values cut to fit their columns, shown on the timeline (null when none was). */
  cuts: FieldCutJson[] | null;
  occurredAt: Date;
  receivedAt: Date;
  /** Null for events that belong to no order or payment (stored, shown, not merged). */
  row: TransactionRow | null;
}

/** A payload that no longer normalizes cannot be helped by retries: it goes straight to the dead letters. */
export function toIngestEvent(data: IngestJobData): IngestEvent | UnrecoverableError {
  const receivedAt = new Date(data.receivedAt);
  const parsed = parseAndNormalize(data.kind, Buffer.from(data.body, 'utf8'), data.headers, receivedAt);
  if (!parsed.ok) return new UnrecoverableError(`payload no longer normalizes: ${parsed.reason}`);
  const event = parsed.event;
  const occurredAt = effectiveTime(event, receivedAt);
  const mergeKey = mergeKeyOf(event);
  return {
    sourceId: data.sourceId,
    eventId: data.eventId,
    event,
    payload: parsed.body,
    cuts: parsed.cuts.length > 0 ? parsed.cuts : null,
    occurredAt,
    receivedAt,
    row: mergeKey ? toTransactionRow(event, mergeKey, occurredAt, 'approved') : null,
  };
}
