import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { type IngestJobData, MicroBatcher, QUEUES, queueConnection, queuePrefix } from '@vigil/pipeline';
import { IngestBatchService } from './ingest-batch.service.js';
import { type IngestOutcome, toIngestEvent } from './ingest-event.js';
import { IngestMetrics } from './ingest-metrics.js';

/** Batches running at once: one committing while the next fills keeps PostgreSQL and this process busy. */
export const RUNNING_BATCHES = 2;
/** At low rates a job waits at most this long for company; under load batches form while others commit. */
const LINGER_MS = 2;
const MAX_BATCH = 500;

/**
 * The ingest queue's consumer: BullMQ hands over up to VIGIL_WORKER_CONCURRENCY jobs at once, and a
 * micro-batcher turns them into a few database transactions (ingest-batch.service.ts). Each job still
 * completes, retries or dead-letters on its own.
 */
@Injectable()
export class ProcessWebhookJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProcessWebhookJob.name);
  private readonly batcher: MicroBatcher<IngestJobData, IngestOutcome>;
  private worker: Worker<IngestJobData, IngestOutcome> | null = null;

  constructor(
    private readonly batches: IngestBatchService,
    private readonly metrics: IngestMetrics,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {
    this.batcher = new MicroBatcher((jobs) => this.process(jobs), {
      maxBatch: Math.max(1, Math.min(MAX_BATCH, Math.ceil(config.workerConcurrency / RUNNING_BATCHES))),
      maxRunning: RUNNING_BATCHES,
      lingerMs: LINGER_MS,
    });
  }

  onApplicationBootstrap(): void {
    const worker = new Worker<IngestJobData, IngestOutcome>(
      QUEUES.ingest,
      (job: Job<IngestJobData>) => this.batcher.submit(job.data),
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
