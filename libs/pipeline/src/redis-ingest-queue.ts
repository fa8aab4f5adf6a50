import { Job, Queue } from 'bullmq';
import { type Redis } from 'ioredis';
import { type VigilConfig } from '@vigil/config';
import { type EnqueueResult, ingestJobId, type IngestJobData, type IngestQueue } from './ingest-queue.js';
import { MicroBatcher } from './micro-batcher.js';
import { JOB_OPTIONS, QUEUES, REDIS_KEYS } from './pipeline-registry.js';
import { queueConnection, queuePrefix } from './queue-backend.js';

/** How long an acknowledged id answers `duplicate: true`; the database constraint dedupes forever. */
const DEDUPE_MARKER_TTL_S = 24 * 3600;

/**
 * A job still waiting in this process after this long is not sent: its caller has given up (the api answers
 * 503 after 3 s and the provider retries), and an outage must not pile up requests in memory.
 */
export const MAX_LOCAL_WAIT_MS = 3_000;

/** Sets the marker (KEYS[2]) only when the job (KEYS[1]) is in Redis; nil when the marker was already set. */
const MARK_IF_QUEUED = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 'missing' end
return redis.call('SET', KEYS[2], '1', 'EX', ARGV[1], 'NX')`;

/** The events stream only feeds QueueEvents listeners (Vigil has none): keep it short. */
const EVENTS_STREAM_MAX_LEN = 100;

/** The ingest queue on Redis: BullMQ's insert and the dedupe marker in one pipelined write per burst. */
export class RedisIngestQueue implements IngestQueue {
  private readonly queue: Queue;
  private readonly batcher: MicroBatcher<{ job: IngestJobData; at: number }, EnqueueResult>;

  constructor(private readonly config: VigilConfig) {
    this.queue = new Queue(QUEUES.ingest, {
      ...queuePrefix(config),
      // A producer must fail fast when Redis is away so the webhook gets a 503, not a hang: one retry per
      // command, and the api bounds each enqueue with a timeout on top.
      connection: queueConnection(config, 'producer'),
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

  private addFresh(items: Array<{ job: IngestJobData; at: number }>): Promise<Array<EnqueueResult | Error>> {
    return sendFresh(items, (jobs) => this.addMany(jobs));
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
      const opts = { ...JOB_OPTIONS.ingest, jobId };
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
        REDIS_KEYS.dedupeMarker(this.config, job.sourceId, job.eventId),
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

/** Sends the jobs still worth sending (see MAX_LOCAL_WAIT_MS); the others fail at once. */
export async function sendFresh(
  items: Array<{ job: IngestJobData; at: number }>,
  send: (jobs: IngestJobData[]) => Promise<Array<EnqueueResult | Error>>,
): Promise<Array<EnqueueResult | Error>> {
  const now = Date.now();
  const fresh = items.filter((item) => now - item.at < MAX_LOCAL_WAIT_MS);
  const added = fresh.length > 0 ? await send(fresh.map((item) => item.job)) : [];
  let next = 0;
  return items.map((item) =>
    now - item.at < MAX_LOCAL_WAIT_MS
      ? (added[next++] ?? new Error('not queued'))
      : new Error(`not sent: waited ${now - item.at} ms for the queue`),
  );
}
