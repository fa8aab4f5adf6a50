import { type BeforeApplicationShutdown, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type Redis } from 'ioredis';
import { REDIS } from '../common/redis.module.js';

/** Hash (under the instance prefix) of webhook responses by status code, summed over every api node. */
export const API_METRICS_KEY = 'metrics:api';
const FLUSH_MS = 2_000;

/**
 * Webhook responses by HTTP status. Counted in memory on the hot path and added to a Redis hash every
 * couple of seconds, so /metrics on any node reports the whole cluster's totals.
 */
@Injectable()
export class IngestCounters implements OnModuleInit, BeforeApplicationShutdown {
  private pending = new Map<number, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  count(status: number): void {
    this.pending.set(status, (this.pending.get(status) ?? 0) + 1);
  }

  /** Sends what was counted since the last flush (also called before /metrics answers). */
  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const pending = this.pending;
    this.pending = new Map();
    const multi = this.redis.multi();
    for (const [status, n] of pending) multi.hincrby(API_METRICS_KEY, `status:${status}`, n);
    try {
      await multi.exec();
    } catch {
      for (const [status, n] of pending) this.pending.set(status, (this.pending.get(status) ?? 0) + n);
    }
  }
}
