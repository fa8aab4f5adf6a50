import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { type Redis } from 'ioredis';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import {
  createRedisClient,
  type IngestJobData,
  PROCESSING_LATENCY_BUCKETS_MS,
  workerMetricsKey,
} from '@vigil/pipeline';
import { type CommittedTransaction } from './committed-transactions.js';
import { type IngestOutcome } from './ingest-event.js';

const FLUSH_MS = 2_000;

/**
 * Counts in memory and adds them to the shared Redis hash every couple of seconds (one round trip), so
 * metrics cost the hot path nothing; the api's /metrics serves them. Lost on a crash: only counters.
 */
@Injectable()
export class IngestMetrics implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(IngestMetrics.name);
  private pending = new Map<string, number>();
  private client: Redis | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(@Inject(VIGIL_CONFIG) private readonly config: VigilConfig) {}

  onModuleInit(): void {
    this.client = createRedisClient(this.config, 'worker-metrics', { maxRetriesPerRequest: 1 });
    this.client.on('error', () => undefined);
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
    await this.client?.quit().catch(() => undefined);
  }

  processed(jobs: IngestJobData[], results: Array<IngestOutcome | Error>, batchMs: number): void {
    const now = Date.now();
    this.add('batches', 1);
    this.add('batch_ms_sum', batchMs);
    jobs.forEach((job, i) => {
      const result = results[i];
      if (result instanceof Error || result === undefined) {
        this.add('job_errors', 1);
        return;
      }
      this.add(`outcome:${result}`, 1);
      const latency = Math.max(0, now - Date.parse(job.receivedAt));
      const bucket = PROCESSING_LATENCY_BUCKETS_MS.find((le) => latency <= le);
      this.add(`latency_le:${bucket ?? '+Inf'}`, 1);
      this.add('latency_sum_ms', latency);
      this.add('latency_count', 1);
    });
  }

  committed(list: CommittedTransaction[]): void {
    for (const { transaction, previousStatus } of list)
      if (transaction.status !== previousStatus) this.add(`verdict:${transaction.status}`, 1);
  }

  batchFailed(): void {
    this.add('batch_failures', 1);
  }

  private add(field: string, value: number): void {
    this.pending.set(field, (this.pending.get(field) ?? 0) + value);
  }

  private async flush(): Promise<void> {
    if (!this.client || this.pending.size === 0) return;
    const pending = this.pending;
    this.pending = new Map();
    const multi = this.client.multi();
    for (const [field, value] of pending)
      multi.hincrby(workerMetricsKey(this.config), field, Math.round(value));
    try {
      await multi.exec();
    } catch (error) {
      // Keep the counts for the next flush rather than lose them to a Redis blip.
      for (const [field, value] of pending) this.add(field, value);
      this.logger.debug(`metrics flush deferred: ${String(error)}`);
    }
  }
}
