import { type SourceKind } from '@vigil/contracts';

/** What the api hands the worker: the raw body with card numbers already masked. */
export interface IngestJobData {
  sourceId: string;
  kind: SourceKind;
  /** The provider's event id (dedupe key). */
  eventId: string;
  /** ISO time the api received the webhook. */
  receivedAt: string;
  /** Masked raw JSON body, exactly as verified apart from masking. */
  body: string;
  /** The headers the normalizers read (e.g. `x-shopify-topic`), masked. */
  headers: Record<string, string>;
}

/**
 * BullMQ job ids may not contain `:`; the provider's id is kept readable but escaped, and prefixed by the
 * source because dedupe is per source.
 */
export function ingestJobId(sourceId: string, eventId: string): string {
  return `${sourceId}.${encodeURIComponent(eventId)}`;
}

export interface EnqueueResult {
  /** This provider event id of the source had been acknowledged before (within the marker's lifetime). */
  duplicate: boolean;
}

/** The queue the api writes to: RedisIngestQueue or PostgresIngestQueue, chosen at boot from the config. */
export interface IngestQueue {
  /**
   * Resolves only once the job is durably stored (concurrent calls may share one write). Rejects when it
   * could not be queued. Enqueueing an id that is already queued is a no-op.
   */
  enqueue(job: IngestJobData): Promise<EnqueueResult>;
  /** Resolves once the queue can accept jobs (called at boot; later outages fail fast instead). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export const INGEST_QUEUE_TOKEN = Symbol('INGEST_QUEUE');
