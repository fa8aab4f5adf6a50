import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  type IngestJobData,
  PROCESSING_LATENCY_BUCKETS_MS,
  SHARED_STORES,
  type SharedStores,
} from '@vigil/pipeline';
import { type CommittedTransaction } from './committed-transactions.js';
import { type IngestOutcome } from './ingest-event.js';

const FLUSH_MS = 2_000;

/**
 * Counts in memory and adds them to the shared `worker` metric counters every couple of seconds (one round
 * trip), so metrics cost the hot path nothing; the api's /metrics serves them. Lost on a crash: only
 * counters. Field names: outcome:<created|updated|duplicate|stored-without-transaction>, job_errors,
 * batch_failures, batches, batch_ms_sum, verdict:<approved|review|blocked>, latency_le:<ms>|latency_le:+Inf,
 * latency_sum_ms, latency_count.
 */
@Injectable()
export class IngestMetrics implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(IngestMetrics.name);
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(@Inject(SHARED_STORES) private readonly stores: SharedStores) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
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
    if (this.pending.size === 0) return;
    const pending = this.pending;
    this.pending = new Map();
    try {
      await this.stores.metrics.add('worker', pending);
    } catch (error) {
      // Keep the counts for the next flush rather than lose them to a blip of the store.
      for (const [field, value] of pending) this.add(field, value);
      this.logger.debug(`metrics flush deferred: ${String(error)}`);
    }
  }
}
