import { type Redis } from 'ioredis';
import { type VigilConfig } from '@vigil/config';
import { type MetricHash, REDIS_KEYS } from '../pipeline-registry.js';
import { type MetricCounters } from './metric-counters.js';

/** One Redis hash per writer role, HINCRBY per field in one MULTI. */
export class RedisMetricCounters implements MetricCounters {
  constructor(
    private readonly redis: Redis,
    private readonly config: Pick<VigilConfig, 'redisPrefix'>,
  ) {}

  async add(hash: MetricHash, deltas: ReadonlyMap<string, number>): Promise<void> {
    const key = REDIS_KEYS.metrics(this.config, hash);
    const multi = this.redis.multi();
    for (const [field, value] of deltas) multi.hincrby(key, field, Math.round(value));
    await multi.exec();
  }

  async read(hash: MetricHash): Promise<Map<string, number>> {
    const raw = await this.redis.hgetall(REDIS_KEYS.metrics(this.config, hash));
    return new Map(Object.entries(raw).map(([field, value]) => [field, Number(value)]));
  }
}
