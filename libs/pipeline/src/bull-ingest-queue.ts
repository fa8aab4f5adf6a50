import { Job, Queue } from 'bullmq';
import { type Redis } from 'ioredis';
import { type VigilConfig } from '@vigil/config';
import {
  type EnqueueResult,
  INGEST_QUEUE,
  ingestJobId,
  type IngestJobData,
  type IngestQueue,
} from './ingest-queue.js';
import { MicroBatcher } from './micro-batcher.js';

export function bullPrefix(config: Pick<VigilConfig, 'redisPrefix'>): string {
  return `${config.redisPrefix}:bull`;
}

/** Default job options: completed jobs are dropped (PostgreSQL is the record), failures stay for replay. */
export const INGEST_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: true,
  removeOnFail: false,
} as const;

/** How long an acknowledged id answers `duplicate: true`; the database constraint dedupes forever. */
const DEDUPE_MARKER_TTL_S = 24 * 3600;

/**
 * A job still waiting in this process after this long is not sent: its caller has given up (the api answers
 * 503 after 3 s and the provider retries), and a Redis outage must not pile up requests in memory.
 */
const MAX_LOCAL_WAIT_MS = 3_000;

/** Sets the marker (KEYS[2]) only when the job (KEYS[1]) is in Redis; nil when the marker was already set. */
const MARK_IF_QUEUED = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 'missing' end
return redis.call('SET', KEYS[2], '1', 'EX', ARGV[1], 'NX')`;

/** The events stream only feeds QueueEvents listeners (Vigil has none): keep it short. */
const EVENTS_STREAM_MAX_LEN = 100;

export const dedupeMarkerKey = (
  config: Pick<VigilConfig, 'redisPrefix'>,
  sourceId: string,
  eventId: string,
): string => `${config.redisPrefix}:dedupe:${sourceId}:${eventId}`;

export class BullIngestQueue implements IngestQueue {
  private readonly queue: Queue;
  private readonly batcher: MicroBatcher<{ job: IngestJobData; at: number }, EnqueueResult>;

  constructor(private readonly config: Pick<VigilConfig, 'redisUrl' | 'redisPrefix'>) {
    this.queue = new Queue(INGEST_QUEUE, {
      prefix: bullPrefix(config),
      // A producer must fail fast when Redis is away so the webhook gets a 503, not a hang: one retry per
      // command, and the api bounds each enqueue with a timeout on top.
      connection: { url: config.redisUrl, maxRetriesPerRequest: 1, connectTimeout: 2_000 },
      skipWaitingForReady: true,
      streams: { events: { maxLen: EVENTS_STREAM_MAX_LEN } },
    });
    this.queue.on('error', () => undefined);
    // Requests that arrive in the same turn of the event loop (or while the previous write is out) share
    // one pipelined addBulk and one pipelined write of their dedupe markers.
    this.batcher = new MicroBatcher((items) => this.addFresh(items), {
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

  private async addFresh(
    items: Array<{ job: IngestJobData; at: number }>,
  ): Promise<Array<EnqueueResult | Error>> {
    const now = Date.now();
    const fresh = items.filter((item) => now - item.at < MAX_LOCAL_WAIT_MS);
    const added = fresh.length > 0 ? await this.addMany(fresh.map((item) => item.job)) : [];
    let next = 0;
    return items.map((item) =>
      now - item.at < MAX_LOCAL_WAIT_MS
        ? (added[next++] ?? new Error('not queued'))
        : new Error(`not sent: waited ${now - item.at} ms for Redis`),
    );
  }

  /**
   * One pipelined write for the whole burst: per job, BullMQ's own insert, then a script that sets the
   * dedupe marker only if the job is in Redis. Commands of one connection run in order, so a marker can never
   * say `duplicate: true` for an event that was not queued, and each job succeeds or fails on its own.
   */
  private async addMany(jobs: IngestJobData[]): Promise<Array<EnqueueResult | Error>> {
    // BullMQ's client proxies its ioredis connection; addJobToTransaction is its public batching hook.
    const client = (await this.queue.backend.client) as unknown as Redis;
    const pipeline = client.pipeline();
    for (const job of jobs) {
      const jobId = ingestJobId(job.sourceId, job.eventId);
      const opts = { ...INGEST_JOB_OPTIONS, jobId };
      // Queues the insert on the pipeline (its own promise only settles after exec; results come from exec).
      this.queue.backend
        .addJobToTransaction(
          pipeline as unknown as Parameters<typeof this.queue.backend.addJobToTransaction>[0],
          new Job(this.queue, job.kind, job, opts, jobId).asJSON(),
          jobId,
        )
        .catch(() => undefined);
      pipeline.eval(
        MARK_IF_QUEUED,
        2,
        this.queue.toKey(jobId),
        dedupeMarkerKey(this.config, job.sourceId, job.eventId),
        DEDUPE_MARKER_TTL_S,
      );
    }
    const replies = await pipeline.exec();
    if (!replies || replies.length !== jobs.length * 2) throw new Error('the queue did not answer every job');
    return jobs.map((_, i) => {
      const [addError] = replies[2 * i] ?? [new Error('no reply')];
      if (addError) return addError;
      // A marker that could not be written only means a redelivery is not flagged as a duplicate.
      const [markError, marker] = replies[2 * i + 1] ?? [null, 'OK'];
      return { duplicate: !markError && marker === null };
    });
  }
}
