/** Upper bounds (ms) of the processing-latency histogram: webhook received → committed. */
export const PROCESSING_LATENCY_BUCKETS_MS = [
  5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000,
];
