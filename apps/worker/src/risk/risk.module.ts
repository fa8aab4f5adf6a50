import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { type Redis } from 'ioredis';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { createRedisClient } from '@vigil/pipeline';
import { RedisVelocityStore } from './redis-velocity-store.js';
import { RISK_REDIS, RiskSettingsCache } from './risk-settings.cache.js';
import { TransactionScorer } from './transaction-scorer.service.js';
import { VELOCITY_STORE } from './velocity-store.js';

/** Enrichment and scoring for the ingest job (spec §3). */
@Module({
  providers: [
    {
      provide: RISK_REDIS,
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig): Redis => {
        // Auto-pipelining sends the commands of concurrent jobs (and of one job's same tick) in one write.
        const client = createRedisClient(config, 'worker-risk', {
          enableAutoPipelining: true,
          maxRetriesPerRequest: 3,
        });
        client.on('error', () => undefined);
        return client;
      },
    },
    {
      provide: VELOCITY_STORE,
      inject: [RISK_REDIS, VIGIL_CONFIG],
      useFactory: (redis: Redis, config: VigilConfig) => new RedisVelocityStore(redis, config.redisPrefix),
    },
    RiskSettingsCache,
    TransactionScorer,
  ],
  exports: [TransactionScorer, VELOCITY_STORE],
})
export class RiskModule implements OnApplicationShutdown {
  constructor(@Inject(RISK_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
