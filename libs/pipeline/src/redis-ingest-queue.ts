import { randomUUID } from 'node:crypto';
import { Job, Queue } from 'bullmq';
import { type Redis } from 'ioredis';
import { type VigilConfig } from '@vigil/config';
import { EnvelopeIngestQueue } from './envelope-ingest-queue.js';
import { type EnqueueResult, type IngestEnvelopeData, type IngestJobData } from './ingest-queue.js';
import { markerId } from './known-duplicates.js';
import { JOB_OPTIONS, JOBS, QUEUES, REDIS_KEYS } from './pipeline-registry.js';
import { queueConnection, queuePrefix } from './queue-backend.js';

/** How long an acknowledged id answers `duplicate: true`; the database constraint dedupes forever. */
const DEDUPE_MARKER_TTL_S = 24 * 3600;

/**
 * Sets the dedupe markers (KEYS[2..]) only when the envelope job (KEYS[1]) is in Redis: per marker 1 when set
 * now, 0 when it was already set (a duplicate).
 */
const MARK_IF_QUEUED = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 'missing' end
local out = {}
for i = 2, #KEYS do
  out[#out + 1] = redis.call('SET', KEYS[i], '1', 'EX', ARGV[1], 'NX') and 1 or 0
end
return out`;

/** The events stream only feeds QueueEvents listeners (Vigil has none): keep it short. */
const EVENTS_STREAM_MAX_LEN = 100;

/** The ingest queue on Redis: one envelope job and the dedupe markers in one pipelined write per burst. */
export class RedisIngestQueue extends EnvelopeIngestQueue {
  constructor(private readonly config: VigilConfig) {
    super(
      new Queue(QUEUES.ingest, {
        ...queuePrefix(config),
        // A producer must fail fast when Redis is away so the webhook gets a 503, not a hang: one retry per
        // command, and the api bounds each enqueue with a timeout on top.
        connection: queueConnection(config, 'producer'),
        skipWaitingForReady: true,
        streams: { events: { maxLen: EVENTS_STREAM_MAX_LEN } },
      }),
    );
  }

  /** The ids among the burst's whose dedupe marker is set (one MGET). */
  protected async findMarked(jobs: IngestJobData[]): Promise<Set<string>> {
    const client = (await this.queue.backend.client) as unknown as Redis;
    const values = await client.mget(
      jobs.map((job) => REDIS_KEYS.dedupeMarker(this.config, job.sourceId, job.eventId)),
    );
    return new Set(
      jobs.flatMap((job, i) => (values[i] === null ? [] : [markerId(job.sourceId, job.eventId)])),
    );
  }

  /**
   * One pipelined write for the whole burst: BullMQ's insert of ONE envelope job holding every event, then a
   * script that sets the events' dedupe markers only if the envelope is in Redis. Commands of one connection
   * run in order, so a marker can never say `duplicate: true` for an event that was not queued.
   */
  protected async addMany(jobs: IngestJobData[]): Promise<Array<EnqueueResult | Error>> {
    // BullMQ's client proxies its ioredis connection; addJobToTransaction is its public batching hook.
    const client = (await this.queue.backend.client) as unknown as Redis;
    const pipeline = client.pipeline();
    const envelopeId = `env.${randomUUID()}`;
    const envelope: IngestEnvelopeData = { events: jobs };
    const opts = { ...JOB_OPTIONS.ingest, jobId: envelopeId };
    // Queues the insert on the pipeline (its own promise only settles after exec; results come from exec).
    this.queue.backend
      .addJobToTransaction(
        pipeline as unknown as Parameters<typeof this.queue.backend.addJobToTransaction>[0],
        new Job(this.queue, JOBS.ingestEnvelope, envelope, opts, envelopeId).asJSON(),
        envelopeId,
      )
      .catch(() => undefined);
    pipeline.eval(
      MARK_IF_QUEUED,
      1 + jobs.length,
      this.queue.toKey(envelopeId),
      ...jobs.map((job) => REDIS_KEYS.dedupeMarker(this.config, job.sourceId, job.eventId)),
      DEDUPE_MARKER_TTL_S,
    );
    const replies = await pipeline.exec();
    if (!replies || replies.length !== 2) throw new Error('the queue did not answer');
    const [addError] = replies[0] ?? [new Error('no reply')];
    if (addError) throw addError;
    // Markers that could not be written only mean a redelivery is not flagged as a duplicate.
    const [markError, marks] = replies[1] ?? [null, null];
    const marked = !markError && Array.isArray(marks) ? (marks as number[]) : null;
    return jobs.map((_, i) => ({ duplicate: marked !== null && marked[i] === 0 }));
  }
}
