import { type Job, Queue } from 'bullmq';
import { type SourceKind } from '@vigil/contracts';
import { type VigilConfig } from '@vigil/config';
import { type IngestJobData, type IngestQueueJobData, isEnvelope } from './ingest-queue.js';
import { QUEUES } from './pipeline-registry.js';
import { queueConnection, queuePrefix } from './queue-backend.js';

/** An ingest job that failed for good: what the owner sees (never the payload). */
export interface DeadLetter {
  id: string;
  sourceId: string;
  kind: SourceKind;
  eventId: string;
  receivedAt: string;
  failedAt: string | null;
  attempts: number;
  reason: string;
}

/** How the ingest queue is doing, for /metrics. */
export interface IngestQueueStats {
  waiting: number;
  active: number;
  delayed: number;
  /** Failed for good: the dead letters. */
  failed: number;
  /** Age of the oldest job still waiting for a worker (0 when none waits): the queue's lag. */
  oldestWaitingMs: number;
}

/**
 * The operator's side of the ingest queue: dead letters (jobs that failed for good), replaying one, and
 * depth/lag. Only BullMQ's public API: the same code serves the Redis and the PostgreSQL backend.
 */
export interface IngestQueueAdmin {
  deadLetters(limit: number): Promise<{ items: DeadLetter[]; total: number }>;
  /** Puts the failed job back in the queue with fresh attempts; false when there is no such failed job. */
  replay(id: string): Promise<boolean>;
  /**
   * Privacy erasure: rewrites every dead letter whose data `scrub` changes (it answers the new data, or null to
   * keep it as it is); returns how many were rewritten. They stay replayable, without the erased data.
   */
  scrubDeadLetters(scrub: (data: IngestJobData) => IngestJobData | null): Promise<number>;
  stats(): Promise<IngestQueueStats>;
  close(): Promise<void>;
}

export const INGEST_QUEUE_ADMIN = Symbol('INGEST_QUEUE_ADMIN');

/**
 * A failed job's events as dead letters. Usually one (events that fail are queued alone first); an envelope
 * fails whole only when that re-queueing itself failed, and then lists each of its events under its job id.
 */
function toDeadLetters(job: Job<IngestQueueJobData>): DeadLetter[] {
  const events = isEnvelope(job.data) ? job.data.events : [job.data];
  return events.map((event) => ({
    id: String(job.id),
    sourceId: event.sourceId,
    kind: event.kind,
    eventId: event.eventId,
    receivedAt: event.receivedAt,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    attempts: job.attemptsMade,
    reason: (job.failedReason ?? '').slice(0, 500),
  }));
}

/** BullMQ keeps failed ingest jobs (removeOnFail: false): they are the dead letters. */
export class BullIngestQueueAdmin implements IngestQueueAdmin {
  private readonly queue: Queue<IngestQueueJobData>;

  constructor(config: VigilConfig) {
    this.queue = new Queue<IngestQueueJobData>(QUEUES.ingest, {
      ...queuePrefix(config),
      connection: queueConnection(config, 'producer'),
      skipWaitingForReady: true,
    });
    this.queue.on('error', () => undefined);
  }

  async deadLetters(limit: number): Promise<{ items: DeadLetter[]; total: number }> {
    const [jobs, total] = await Promise.all([
      this.queue.getFailed(0, limit - 1),
      this.queue.getFailedCount(),
    ]);
    return { items: jobs.filter((job) => job?.data).flatMap(toDeadLetters), total };
  }

  async replay(id: string): Promise<boolean> {
    const job = await this.queue.getJob(id);
    if (!job || !(await job.isFailed())) return false;
    // A fresh set of attempts: the cause (a bug, a missing source) has presumably been dealt with.
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return true;
  }

  async scrubDeadLetters(scrub: (data: IngestJobData) => IngestJobData | null): Promise<number> {
    const PAGE = 500;
    let rewritten = 0;
    for (let start = 0; ; start += PAGE) {
      const jobs = await this.queue.getFailed(start, start + PAGE - 1);
      for (const job of jobs) {
        const data = job?.data ? scrubJob(job.data, scrub) : null;
        if (!job || !data) continue;
        // BullMQ's typings turn a union of job data into an intersection for updateData; it takes either.
        const update = job.updateData.bind(job) as (data: IngestQueueJobData) => Promise<void>;
        await update(data);
        rewritten += 1;
      }
      if (jobs.length < PAGE) return rewritten;
    }
  }

  async stats(): Promise<IngestQueueStats> {
    const [counts, oldest] = await Promise.all([
      this.queue.getJobCounts('wait', 'prioritized', 'active', 'delayed', 'failed'),
      this.queue.getJobs(['wait'], 0, 0, true),
    ]);
    const first = oldest[0];
    return {
      waiting: (counts['wait'] ?? 0) + (counts['prioritized'] ?? 0),
      active: counts['active'] ?? 0,
      delayed: counts['delayed'] ?? 0,
      failed: counts['failed'] ?? 0,
      oldestWaitingMs: first ? Math.max(0, Date.now() - first.timestamp) : 0,
    };
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}

/** The job's data with `scrub` applied to each of its events; null when none changed. */
function scrubJob(
  data: IngestQueueJobData,
  scrub: (data: IngestJobData) => IngestJobData | null,
): IngestQueueJobData | null {
  if (!isEnvelope(data)) return scrub(data);
  let changed = false;
  const events = data.events.map((event) => {
    const scrubbed = scrub(event);
    if (scrubbed) changed = true;
    return scrubbed ?? event;
  });
  return changed ? { events } : null;
}
