import { type VigilConfig } from '@vigil/config';

/**
 * Workers have no HTTP port: they add their counters to one Redis hash (cluster-wide totals that survive
 * worker restarts), and the api's /metrics reads it. Field names:
 *   outcome:<created|updated|duplicate|stored-without-transaction>, job_errors, batch_failures, batches,
 *   batch_ms_sum (time spent in batches: divided by `batches`, the mean batch duration),
 *   verdict:<approved|review|blocked>, latency_le:<ms>|latency_le:+Inf, latency_sum_ms, latency_count
 */
export const workerMetricsKey = (config: Pick<VigilConfig, 'redisPrefix'>): string =>
  `${config.redisPrefix}:metrics:worker`;

/** Upper bounds (ms) of the processing-latency histogram: webhook received → committed. */
export const PROCESSING_LATENCY_BUCKETS_MS = [
  5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000,
];
