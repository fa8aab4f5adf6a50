import { Inject, Injectable } from '@nestjs/common';
import { type Redis } from 'ioredis';
import { REDIS } from '../common/redis.module.js';
import { DetectionError } from './detection.errors.js';

/** Longer than any run may take; a crashed node's slot frees itself after it. */
const SLOT_TTL_MS = 15 * 60_000;

/**
 * One simulation or calibration per user at a time, across api nodes (a Redis key per user; when Redis is
 * away, this node's own record still holds the line).
 */
@Injectable()
export class RunSlots {
  private readonly local = new Set<string>();

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async acquire(userId: string): Promise<() => Promise<void>> {
    if (this.local.has(userId)) throw DetectionError.busy();
    const key = `detection:run:${userId}`;
    const taken = await this.redis.set(key, '1', 'PX', SLOT_TTL_MS, 'NX').catch(() => 'OK' as const);
    if (taken !== 'OK') throw DetectionError.busy();
    this.local.add(userId);
    return async () => {
      this.local.delete(userId);
      await this.redis.del(key).catch(() => undefined);
    };
  }
}
