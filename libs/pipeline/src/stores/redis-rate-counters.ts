import { type Redis } from 'ioredis';
import { type VigilConfig } from '@vigil/config';
import { REDIS_KEYS } from '../pipeline-registry.js';
import { type RateCounters, type RateWindow } from './rate-counters.js';

/** KEYS[1] counter; ARGV limit (0: none), window ms. Returns {counted 0|1, count, pttl}. */
const TAKE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
local limit = tonumber(ARGV[1])
if limit > 0 and count >= limit then return {0, count, redis.call('PTTL', KEYS[1])} end
count = redis.call('INCR', KEYS[1])
if count == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {1, count, redis.call('PTTL', KEYS[1])}`;

const RELEASE = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

type ScriptedRedis = Redis & {
  vigilRateTake(key: string, limit: number, windowMs: number): Promise<[number, number, number]>;
  vigilRateRelease(key: string): Promise<number>;
};

const windowOf = (count: number, pttl: number): RateWindow => ({ count, resetMs: Math.max(1, pttl) });

/** One Lua script per operation: atomic on the Redis server, shared by every api node. */
export class RedisRateCounters implements RateCounters {
  private readonly redis: ScriptedRedis;

  constructor(
    redis: Redis,
    private readonly config: Pick<VigilConfig, 'redisPrefix'>,
  ) {
    redis.defineCommand('vigilRateTake', { numberOfKeys: 1, lua: TAKE });
    redis.defineCommand('vigilRateRelease', { numberOfKeys: 1, lua: RELEASE });
    this.redis = redis as ScriptedRedis;
  }

  async hit(key: string, windowMs: number): Promise<RateWindow> {
    const [, count, pttl] = await this.redis.vigilRateTake(this.key(key), 0, windowMs);
    return windowOf(count, pttl);
  }

  async take(key: string, limit: number, windowMs: number): Promise<RateWindow | null> {
    const [counted, count, pttl] = await this.redis.vigilRateTake(this.key(key), limit, windowMs);
    return counted === 1 ? windowOf(count, pttl) : null;
  }

  async peek(key: string): Promise<RateWindow> {
    const [count, pttl] = await Promise.all([this.redis.get(this.key(key)), this.redis.pttl(this.key(key))]);
    return windowOf(Number(count ?? 0), pttl);
  }

  async release(key: string): Promise<void> {
    await this.redis.vigilRateRelease(this.key(key));
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }

  private key(name: string): string {
    return REDIS_KEYS.rateCounter(this.config, name);
  }
}
