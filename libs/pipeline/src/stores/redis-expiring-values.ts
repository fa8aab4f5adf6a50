import { type Redis } from 'ioredis';
import { type VigilConfig } from '@vigil/config';
import { REDIS_KEYS } from '../pipeline-registry.js';
import { type ExpiringValues } from './expiring-values.js';

/** SET … PX and GETDEL: Redis expires the values itself. */
export class RedisExpiringValues implements ExpiringValues {
  constructor(
    private readonly redis: Redis,
    private readonly config: Pick<VigilConfig, 'redisPrefix'>,
  ) {}

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(REDIS_KEYS.loginChallenge(this.config, key), value, 'PX', Math.max(1, ttlMs));
  }

  take(key: string): Promise<string | null> {
    return this.redis.getdel(REDIS_KEYS.loginChallenge(this.config, key));
  }
}
