import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { type VigilConfig } from '@vigil/config';
import { EnvelopeIngestQueue } from './envelope-ingest-queue.js';
import { type EnqueueResult, type IngestEnvelopeData, type IngestJobData } from './ingest-queue.js';
import { markerId } from './known-duplicates.js';
import { JOB_OPTIONS, JOBS, QUEUES } from './pipeline-registry.js';
import { queueConnection } from './queue-backend.js';
import { type SqlPool } from './sql-pool.js';

const EVENTS_MAX_LEN = 100;

/**
 * Marks the acknowledged ids; returns the ones marked now (absent: a duplicate). A marker older than a day
 * is renewed and counts as new, like Redis' expiring marker; the database constraint dedupes forever.
 */
const MARK = `
INSERT INTO ingest_dedupe_markers (source_id, event_id)
SELECT * FROM unnest($1::text[], $2::text[])
ON CONFLICT (source_id, event_id) DO UPDATE SET marked_at = now()
  WHERE ingest_dedupe_markers.marked_at < now() - interval '24 hours'
RETURNING source_id, event_id`;

/** The ids among the burst's that hold a live marker (acknowledged within the day). */
const FIND_MARKED = `
SELECT m.source_id, m.event_id
FROM ingest_dedupe_markers m
JOIN unnest($1::text[], $2::text[]) AS burst(source_id, event_id) USING (source_id, event_id)
WHERE m.marked_at >= now() - interval '24 hours'`;

/**
 * The ingest queue on BullMQ's PostgreSQL backend. A burst drops the ids already marked (one read), shares one
 * envelope job (one insert in BullMQ's schema) and then one statement for its dedupe markers: a marker is only
 * written once its job is stored, so `duplicate: true` never answers for an event that was not queued.
 */
export class PostgresIngestQueue extends EnvelopeIngestQueue {
  constructor(
    config: VigilConfig,
    private readonly pool: SqlPool,
  ) {
    super(
      new Queue(QUEUES.ingest, {
        connection: queueConnection(config, 'producer', 4),
        skipWaitingForReady: true,
        // Job events only feed QueueEvents listeners (Vigil has none): keep BullMQ's event table short.
        streams: { events: { maxLen: EVENTS_MAX_LEN } },
      }),
    );
  }

  protected async findMarked(jobs: IngestJobData[]): Promise<Set<string>> {
    const result = await this.pool.query<{ source_id: string; event_id: string }>(FIND_MARKED, [
      jobs.map((job) => job.sourceId),
      jobs.map((job) => job.eventId),
    ]);
    return new Set(result.rows.map((row) => markerId(row.source_id, row.event_id)));
  }

  /** Adds the envelope, then marks its ids (one per id: `sendUnseen` drops repeats). */
  protected async addMany(jobs: IngestJobData[]): Promise<Array<EnqueueResult | Error>> {
    const envelopeId = `env.${randomUUID()}`;
    const envelope: IngestEnvelopeData = { events: jobs };
    await this.queue.add(JOBS.ingestEnvelope, envelope, { ...JOB_OPTIONS.ingest, jobId: envelopeId });
    const marked = await this.pool
      .query<{ source_id: string; event_id: string }>(MARK, [
        jobs.map((job) => job.sourceId),
        jobs.map((job) => job.eventId),
      ])
      .then(
        (result) => new Set(result.rows.map((row) => markerId(row.source_id, row.event_id))),
        // Markers that could not be written only mean a redelivery is not flagged as a duplicate.
        () => null,
      );
    // Marked meanwhile by another api process: both copies are queued; the database constraint keeps one.
    return jobs.map((job) => ({
      duplicate: marked !== null && !marked.has(markerId(job.sourceId, job.eventId)),
    }));
  }
}
