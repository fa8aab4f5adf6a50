import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { type VigilConfig } from '@vigil/config';
import {
  type EnqueueResult,
  type IngestEnvelopeData,
  ingestJobId,
  type IngestJobData,
  type IngestQueue,
} from './ingest-queue.js';
import { MicroBatcher } from './micro-batcher.js';
import { JOB_OPTIONS, JOBS, QUEUES } from './pipeline-registry.js';
import { queueConnection } from './queue-backend.js';
import { sendFresh } from './redis-ingest-queue.js';
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

/**
 * The ingest queue on BullMQ's PostgreSQL backend. A burst shares one envelope job (one insert in BullMQ's
 * schema) and then one statement for its dedupe markers: a marker is only written once its job is stored,
 * so `duplicate: true` never answers for an event that was not queued.
 */
export class PostgresIngestQueue implements IngestQueue {
  private readonly queue: Queue;
  private readonly batcher: MicroBatcher<{ job: IngestJobData; at: number }, EnqueueResult>;

  constructor(
    config: VigilConfig,
    private readonly pool: SqlPool,
  ) {
    this.queue = new Queue(QUEUES.ingest, {
      connection: queueConnection(config, 'producer', 4),
      skipWaitingForReady: true,
      // Job events only feed QueueEvents listeners (Vigil has none): keep BullMQ's event table short.
      streams: { events: { maxLen: EVENTS_MAX_LEN } },
    });
    this.queue.on('error', () => undefined);
    this.batcher = new MicroBatcher((items) => sendFresh(items, (jobs) => this.addMany(jobs)), {
      maxBatch: 500,
      maxRunning: 2,
      lingerMs: 0,
    });
  }

  enqueue(job: IngestJobData): Promise<EnqueueResult> {
    return this.batcher.submit({ job, at: Date.now() });
  }

  async ready(): Promise<void> {
    await this.queue.waitUntilReady();
  }

  async close(): Promise<void> {
    await this.batcher.drain();
    await this.queue.close();
  }

  private async addMany(jobs: IngestJobData[]): Promise<Array<EnqueueResult | Error>> {
    const envelopeId = `env.${randomUUID()}`;
    const envelope: IngestEnvelopeData = { events: jobs };
    await this.queue.add(JOBS.ingestEnvelope, envelope, { ...JOB_OPTIONS.ingest, jobId: envelopeId });
    // One row per id: a statement may not touch the same marker twice.
    const unique = [...new Map(jobs.map((job) => [`${job.sourceId}\n${job.eventId}`, job])).values()];
    const marked = await this.pool
      .query<{ source_id: string; event_id: string }>(MARK, [
        unique.map((job) => job.sourceId),
        unique.map((job) => job.eventId),
      ])
      .then(
        (result) => new Set(result.rows.map((row) => `${row.source_id}\n${row.event_id}`)),
        // Markers that could not be written only mean a redelivery is not flagged as a duplicate.
        () => null,
      );
    const seen = new Set<string>();
    return jobs.map((job) => {
      const id = `${job.sourceId}\n${job.eventId}`;
      const repeated = seen.has(id);
      seen.add(id);
      return { duplicate: repeated || (marked !== null && !marked.has(id)) };
    });
  }

  async requeueAlone(jobs: IngestJobData[]): Promise<void> {
    await this.queue.addBulk(
      jobs.map((job) => {
        const jobId = ingestJobId(job.sourceId, job.eventId);
        return { name: job.kind, data: job, opts: { ...JOB_OPTIONS.ingest, jobId } };
      }),
    );
  }
}
