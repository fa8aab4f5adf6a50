import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  type IngestJobData,
  PendingMetricCounts,
  PROCESSING_LATENCY_BUCKETS_MS,
  SHARED_STORES,
  type SharedStores,
} from '@vigil/pipeline';
import { type CommittedTransaction } from './committed-transactions.js';
import { type IngestOutcome } from './ingest-event.js';

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
  private readonly counts: PendingMetricCounts;

  constructor(@Inject(SHARED_STORES) stores: SharedStores) {
    // A flush the store refuses is retried with the next one: worth a debug line, no more.
    this.counts = new PendingMetricCounts(stores.metrics, 'worker', (error) =>
      this.logger.debug(`metrics flush deferred: ${String(error)}`),
    );
  }

  onModuleInit(): void {
    this.counts.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.counts.stop();
  }

  processed(jobs: IngestJobData[], results: Array<IngestOutcome | Error>, batchMs: number): void {
    const now = Date.now();
    this.counts.add('batches', 1);
    this.counts.add('batch_ms_sum', batchMs);
    jobs.forEach((job, i) => {
      const result = results[i];
      if (result instanceof Error || result === undefined) {
        this.counts.add('job_errors', 1);
        return;
      }
      this.counts.add(`outcome:${result}`, 1);
      const latency = Math.max(0, now - Date.parse(job.receivedAt));
      const bucket = PROCESSING_LATENCY_BUCKETS_MS.find((le) => latency <= le);
      this.counts.add(`latency_le:${bucket ?? '+Inf'}`, 1);
      this.counts.add('latency_sum_ms', latency);
      this.counts.add('latency_count', 1);
    });
  }

  committed(list: CommittedTransaction[]): void {
    for (const { transaction, previousStatus } of list)
      if (transaction.status !== previousStatus) this.counts.add(`verdict:${transaction.status}`, 1);
  }

  batchFailed(): void {
    this.counts.add('batch_failures', 1);
  }
}
