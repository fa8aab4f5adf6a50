import { type MetricHash } from '../pipeline-registry.js';
import { type MetricCounters } from './metric-counters.js';

/** How often a process adds what it counted to the shared counters. */
export const METRIC_FLUSH_MS = 2_000;

/**
 * One process's counts for one shared counter hash: counted in memory, so counting costs the hot path nothing,
 * and added to the shared counters every couple of seconds in one round trip (then any api node's /metrics
 * reports the cluster's totals). A flush the store refuses keeps its counts for the next one; a crash loses
 * only counters. `onDeferred` hears about a refused flush.
 */
export class PendingMetricCounts {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly counters: MetricCounters,
    private readonly hash: MetricHash,
    private readonly onDeferred: (error: unknown) => void = () => undefined,
  ) {}

  /** Flushes every METRIC_FLUSH_MS; the timer never keeps the process alive. */
  start(): void {
    this.timer = setInterval(() => void this.flush(), METRIC_FLUSH_MS);
    this.timer.unref();
  }

  /** Stops the timer and flushes what is left. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  add(field: string, value: number): void {
    this.pending.set(field, (this.pending.get(field) ?? 0) + value);
  }

  /** Sends what was counted since the last flush. */
  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const pending = this.pending;
    this.pending = new Map();
    try {
      await this.counters.add(this.hash, pending);
    } catch (error) {
      for (const [field, value] of pending) this.add(field, value);
      this.onDeferred(error);
    }
  }
}
