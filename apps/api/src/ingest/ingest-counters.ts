import { type BeforeApplicationShutdown, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { PendingMetricCounts, SHARED_STORES, type SharedStores } from '@vigil/pipeline';

/**
 * Webhook responses by HTTP status. Counted in memory on the hot path and added to the shared `api` metric
 * counters every couple of seconds, so /metrics on any node reports the whole cluster's totals.
 */
@Injectable()
export class IngestCounters implements OnModuleInit, BeforeApplicationShutdown {
  private readonly counts: PendingMetricCounts;

  constructor(@Inject(SHARED_STORES) stores: SharedStores) {
    this.counts = new PendingMetricCounts(stores.metrics, 'api');
  }

  onModuleInit(): void {
    this.counts.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.counts.stop();
  }

  count(status: number): void {
    this.counts.add(`status:${status}`, 1);
  }

  /** Sends what was counted since the last flush (also called before /metrics answers). */
  flush(): Promise<void> {
    return this.counts.flush();
  }
}
