import { type BeforeApplicationShutdown, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { SHARED_STORES, type SharedStores } from '@vigil/pipeline';

const FLUSH_MS = 2_000;

/**
 * Webhook responses by HTTP status. Counted in memory on the hot path and added to the shared `api` metric
 * counters every couple of seconds, so /metrics on any node reports the whole cluster's totals.
 */
@Injectable()
export class IngestCounters implements OnModuleInit, BeforeApplicationShutdown {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(@Inject(SHARED_STORES) private readonly stores: SharedStores) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  count(status: number): void {
    const field = `status:${status}`;
    this.pending.set(field, (this.pending.get(field) ?? 0) + 1);
  }

  /** Sends what was counted since the last flush (also called before /metrics answers). */
  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const pending = this.pending;
    this.pending = new Map();
    try {
      await this.stores.metrics.add('api', pending);
    } catch {
      for (const [field, n] of pending) this.pending.set(field, (this.pending.get(field) ?? 0) + n);
    }
  }
}
