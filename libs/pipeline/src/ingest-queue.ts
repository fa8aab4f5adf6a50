import { type SourceKind } from '@vigil/contracts';
import { type EncodedNormalizedEvent } from '@vigil/webhooks';

/**
 * One acknowledged webhook as the api hands it to the worker: the body with card numbers already masked,
 * and the event the api normalized from it (versioned; absent in jobs queued by older versions).
 */
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
  /** What the api's normalizers made of it; the worker normalizes `body` again only on a version mismatch. */
  normalized?: EncodedNormalizedEvent;
}

/**
 * One queue job for the webhooks the api acknowledged together (a burst shares one write to the queue and one
 * job; docs/pipeline.md "Envelopes"). Jobs in the older one-event format are still processed.
 */
export interface IngestEnvelopeData {
  events: IngestJobData[];
}

export type IngestQueueJobData = IngestEnvelopeData | IngestJobData;

export function isEnvelope(data: IngestQueueJobData): data is IngestEnvelopeData {
  return Array.isArray((data as Partial<IngestEnvelopeData>).events);
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
  /**
   * Queues events each as a job of its own (id `ingestJobId`, so queueing one twice is a no-op): the worker
   * does this for the events of an envelope that failed, so a poison event retries and dead-letters alone.
   */
  requeueAlone(jobs: IngestJobData[]): Promise<void>;
  /** Resolves once the queue can accept jobs (called at boot; later outages fail fast instead). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export const INGEST_QUEUE_TOKEN = Symbol('INGEST_QUEUE');
