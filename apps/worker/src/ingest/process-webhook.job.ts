import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import {
  INGEST_QUEUE_TOKEN,
  type IngestJobData,
  type IngestQueue,
  type IngestQueueJobData,
  isEnvelope,
  MicroBatcher,
  QUEUES,
  queueConnection,
  queuePrefix,
} from '@vigil/pipeline';
import { IngestBatchService } from './ingest-batch.service.js';
import { type IngestOutcome, toIngestEvent } from './ingest-event.js';
import { IngestMetrics } from './ingest-metrics.js';

/** Batches running at once: one committing while the next fills keeps PostgreSQL and this process busy. */
export const RUNNING_BATCHES = 2;
/** At low rates a job waits at most this long for company; under load batches form while others commit. */
const LINGER_MS = 2;
const MAX_BATCH = 500;

/**
 * The ingest queue's consumer: BullMQ hands over up to VIGIL_WORKER_CONCURRENCY jobs (envelopes of events
 * the api acknowledged together) at once, and a micro-batcher turns their events into a few database
 * transactions (ingest-batch.service.ts). An event that fails is queued again alone, so it completes, retries
 * or dead-letters on its own.
 */
@Injectable()
export class ProcessWebhookJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProcessWebhookJob.name);
  private readonly batcher: MicroBatcher<IngestJobData, IngestOutcome>;
  private worker: Worker<IngestQueueJobData, string> | null = null;

  constructor(
    private readonly batches: IngestBatchService,
    private readonly metrics: IngestMetrics,
    @Inject(INGEST_QUEUE_TOKEN) private readonly queue: IngestQueue,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {
    this.batcher = new MicroBatcher((jobs) => this.process(jobs), {
      maxBatch: Math.max(1, Math.min(MAX_BATCH, Math.ceil(config.workerConcurrency / RUNNING_BATCHES))),
      maxRunning: RUNNING_BATCHES,
      lingerMs: LINGER_MS,
    });
  }

  onApplicationBootstrap(): void {
    const worker = new Worker<IngestQueueJobData, string>(
      QUEUES.ingest,
      (job: Job<IngestQueueJobData>) => this.handle(job.data),
      {
        ...queuePrefix(this.config),
        connection: this.connection(),
        concurrency: this.config.workerConcurrency,
        // A killed worker's jobs go back to the queue within ~20 s (lock expiry + stalled check), not minutes.
        lockDuration: 15_000,
        stalledInterval: 5_000,
        maxStalledCount: 3,
      },
    );
    worker.on('error', (error) => this.logger.warn(`ingest consumer: ${error.message}`));
    worker.on('failed', (job, error) => {
      if (job && (error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1)))
        this.logger.warn(`job ${job.id} dead-lettered after ${job.attemptsMade} attempts: ${error.message}`);
    });
    this.worker = worker;
  }

  /**
   * One job: an envelope of events acknowledged together, or (older format, or an event requeued alone) one
   * event. The envelope's events join the micro-batches like any others; the ones that fail are queued again
   * each as a job of its own, so they retry and dead-letter alone, and the envelope completes. If even that
   * fails, the envelope fails and is retried whole: its committed events are duplicates by then, a no-op.
   */
  private async handle(data: IngestQueueJobData): Promise<string> {
    if (!isEnvelope(data)) return this.batcher.submit(data);
    const results = await Promise.allSettled(data.events.map((event) => this.batcher.submit(event)));
    const failed = data.events.filter((_, i) => results[i]?.status === 'rejected');
    if (failed.length > 0) await this.queue.requeueAlone(failed);
    return `${data.events.length - failed.length} of ${data.events.length} committed; ${failed.length} queued alone`;
  }

  private async process(jobs: IngestJobData[]): Promise<Array<IngestOutcome | Error>> {
    const started = performance.now();
    const results = await this.batches.ingest(jobs.map(toIngestEvent));
    this.metrics.processed(jobs, results, performance.now() - started);
    return results;
  }

  /**
   * The consumer waits out an outage instead of crashing. On Redis, auto-pipelining sends the completions of
   * a batch (same tick) in one write; on PostgreSQL the pool is sized so completions run side by side.
   */
  private connection() {
    const base = queueConnection(this.config, 'consumer', 8);
    return this.config.mode === 'redis' && typeof base === 'object'
      ? { ...base, enableAutoPipelining: true }
      : base;
  }

  /** SIGTERM: take no new jobs, finish the ones in hand (their batches commit), before the pools close. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.batcher.drain();
  }
}
