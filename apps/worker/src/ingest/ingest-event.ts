import { UnrecoverableError } from 'bullmq';
import { type IngestJobData } from '@vigil/pipeline';
import { type IngestEvent, readIngestEvent } from './read-ingest-event.js';

export { type IngestEvent } from './read-ingest-event.js';

/** What became of one job: the value a completed BullMQ job returns. */
export type IngestOutcome = 'duplicate' | 'stored-without-transaction' | 'created' | 'updated';

/** A payload that no longer normalizes cannot be helped by retries: it goes straight to the dead letters. */
export function toIngestEvent(data: IngestJobData): IngestEvent | UnrecoverableError {
  const input = readIngestEvent(data);
  return typeof input === 'string' ? new UnrecoverableError(`payload no longer normalizes: ${input}`) : input;
}
