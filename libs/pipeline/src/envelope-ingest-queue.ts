import { type Queue } from 'bullmq';
import { type EnqueueResult, ingestJobId, type IngestJobData, type IngestQueue } from './ingest-queue.js';
import { sendUnseen } from './known-duplicates.js';
import { MicroBatcher } from './micro-batcher.js';
import { JOB_OPTIONS } from './pipeline-registry.js';

/**
 * A job still waiting in this process after this long is not sent: its caller has given up (the api answers
 * 503 after 3 s and the provider retries), and an outage must not pile up requests in memory.
 */
export const MAX_LOCAL_WAIT_MS = 3_000;

interface PendingJob {
  job: IngestJobData;
  at: number;
}

/**
 * The part of the ingest queue both backends share: requests that arrive in the same turn of the event loop
 * (or while the previous write is out) form one burst, which drops the stale and already-acknowledged events
 * and hands the rest to the backend's `addMany` (one envelope job plus its dedupe markers).
 */
export abstract class EnvelopeIngestQueue implements IngestQueue {
  private readonly batcher: MicroBatcher<PendingJob, EnqueueResult>;

  protected constructor(protected readonly queue: Queue) {
    this.queue.on('error', () => undefined);
    this.batcher = new MicroBatcher(
      (items) =>
        sendFresh(items, (jobs) =>
          sendUnseen(
            jobs,
            (unique) => this.findMarked(unique),
            (unseen) => this.addMany(unseen),
          ),
        ),
      {
        maxBatch: 500,
        maxRunning: 2,
        lingerMs: 0,
      },
    );
  }

  /** The ids (`markerId`) among the burst's whose dedupe marker is live; only reads. */
  protected abstract findMarked(jobs: IngestJobData[]): Promise<Set<string>>;

  /** Stores one envelope job for the burst, then its dedupe markers (a marker never precedes its job). */
  protected abstract addMany(jobs: IngestJobData[]): Promise<Array<EnqueueResult | Error>>;

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

  async requeueAlone(jobs: IngestJobData[]): Promise<void> {
    await this.queue.addBulk(
      jobs.map((job) => {
        const jobId = ingestJobId(job.sourceId, job.eventId);
        return { name: job.kind, data: job, opts: { ...JOB_OPTIONS.ingest, jobId } };
      }),
    );
  }
}

/** Sends the jobs still worth sending (see MAX_LOCAL_WAIT_MS); the others fail at once. */
export async function sendFresh(
  items: PendingJob[],
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
