import { type MetricHash } from '../pipeline-registry.js';

/**
 * Cluster-wide counters for /metrics: every api and worker process adds what it counted (in memory, flushed
 * every couple of seconds) and any api node reads the totals. `api` holds webhook responses by status,
 * `worker` the ingest outcomes, batches and latency histogram (field names: apps/worker ingest-metrics.ts).
 */
export interface MetricCounters {
  add(hash: MetricHash, deltas: ReadonlyMap<string, number>): Promise<void>;
  read(hash: MetricHash): Promise<Map<string, number>>;
}
