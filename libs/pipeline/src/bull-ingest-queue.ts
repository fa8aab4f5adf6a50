import { Queue } from 'bullmq';
import { type VigilConfig } from '@vigil/config';
import { INGEST_QUEUE, ingestJobId, type IngestJobData, type IngestQueue } from './ingest-queue.js';

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

export class BullIngestQueue implements IngestQueue {
  private readonly queue: Queue;

  constructor(config: Pick<VigilConfig, 'redisUrl' | 'redisPrefix'>) {
    this.queue = new Queue(INGEST_QUEUE, {
      prefix: bullPrefix(config),
      // A producer must fail fast when Redis is away so the webhook gets a 503, not a hang: one retry per
      // command, and the api bounds each enqueue with a timeout on top.
      connection: { url: config.redisUrl, maxRetriesPerRequest: 1, connectTimeout: 2_000 },
      skipWaitingForReady: true,
      streams: { events: { maxLen: 1_000 } },
    });
    this.queue.on('error', () => undefined);
  }

  async enqueue(job: IngestJobData): Promise<void> {
    await this.queue.add(job.kind, job, {
      ...INGEST_JOB_OPTIONS,
      jobId: ingestJobId(job.sourceId, job.eventId),
    });
  }

  async ready(): Promise<void> {
    await this.queue.waitUntilReady();
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
