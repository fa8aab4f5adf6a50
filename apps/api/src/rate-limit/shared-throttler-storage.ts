import { type ThrottlerStorage } from '@nestjs/throttler';
import { type RateCounters } from '@vigil/pipeline';

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/**
 * @nestjs/throttler's storage over the shared rate counters (Redis or PostgreSQL, as the mode says), so
 * every api process counts against the same budget. A fixed window that starts at the first request: once
 * over the limit a caller waits for the window to end (`blockDuration` is the window itself).
 */
export class SharedThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly counters: RateCounters) {}

  async increment(
    key: string,
    ttlMs: number,
    limit: number,
    _blockDurationMs: number,
    throttlerName: string,
  ): Promise<ThrottlerRecord> {
    const window = await this.counters.hit(`api-${throttlerName}:${key}`, ttlMs);
    const isBlocked = window.count > limit;
    const timeToExpire = seconds(window.resetMs);
    return {
      totalHits: window.count,
      timeToExpire,
      isBlocked,
      timeToBlockExpire: isBlocked ? timeToExpire : 0,
    };
  }
}
