import { type Redis } from 'ioredis';
import { type VigilConfig } from '@vigil/config';
import { REDIS_KEYS, type RiskChange } from '../pipeline-registry.js';
import { createRedisClient } from '../redis-connection.js';
import { type RiskChangeBus } from './risk-change-bus.js';

/** INCR of the revision key, PUBLISH on a channel per kind of change. */
export class RedisRiskChangeBus implements RiskChangeBus {
  private subscriber: Redis | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly config: Pick<VigilConfig, 'redisUrl' | 'redisPrefix'>,
  ) {}

  async announce(what: RiskChange): Promise<void> {
    await this.redis.incr(REDIS_KEYS.riskRevision(this.config));
    await this.redis.publish(REDIS_KEYS.riskChanged(this.config, what), String(Date.now()));
  }

  async revision(): Promise<number | null> {
    const value = await this.redis.get(REDIS_KEYS.riskRevision(this.config));
    return value === null ? null : Number(value);
  }

  async subscribe(onChange: () => void): Promise<void> {
    const subscriber = createRedisClient(this.config, 'risk-subscriber');
    subscriber.on('error', () => undefined);
    subscriber.on('message', onChange);
    this.subscriber = subscriber;
    await subscriber.subscribe(
      REDIS_KEYS.riskChanged(this.config, 'lists'),
      REDIS_KEYS.riskChanged(this.config, 'rules'),
    );
  }

  async close(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
  }
}
