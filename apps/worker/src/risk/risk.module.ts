import {
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type Redis } from 'ioredis';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { SQL_POOL } from '@vigil/persistence';
import { createRedisClient, type SqlPool } from '@vigil/pipeline';
import { PostgresVelocityStore } from './postgres-velocity-store.js';
import { loadHostingNetworks } from './hosting-network.js';
import { hashLegacyHistoryKeys } from './legacy-history-keys.js';
import { RedisVelocityStore } from './redis-velocity-store.js';
import { RiskSettingsCache } from './risk-settings.cache.js';
import { TransactionScorer } from './transaction-scorer.service.js';
import { VELOCITY_STORE, type VelocityStore } from './velocity-store.js';

/** The worker's Redis client for velocity (Redis mode only; null without Redis). */
const VELOCITY_REDIS = Symbol('VELOCITY_REDIS');

/** Enrichment and scoring for the ingest job (libs/risk-engine/ATTRIBUTES.md). */
@Module({
  providers: [
    {
      provide: VELOCITY_REDIS,
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig): Redis | null => {
        if (config.mode !== 'redis') return null;
        // Auto-pipelining sends the script calls of a batch (one tick) in one write.
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
      inject: [VIGIL_CONFIG, VELOCITY_REDIS, SQL_POOL],
      useFactory: async (config: VigilConfig, redis: Redis | null, pool: SqlPool): Promise<VelocityStore> => {
        if (redis) return new RedisVelocityStore(redis, config.redisPrefix);
        await PostgresVelocityStore.install(pool);
        return new PostgresVelocityStore(pool);
      },
    },
    RiskSettingsCache,
    TransactionScorer,
  ],
  exports: [TransactionScorer, VELOCITY_STORE],
})
export class RiskModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RiskModule.name);

  constructor(
    @Inject(VELOCITY_REDIS) private readonly redis: Redis | null,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  /**
   * The hosting networks' ranges are read before the first event; once per installation (Redis mode), label
   * history kept under clear subjects moves to hashed keys.
   */
  async onApplicationBootstrap(): Promise<void> {
    loadHostingNetworks();
    if (!this.redis) return;
    try {
      const moved = await hashLegacyHistoryKeys(this.redis, this.config.redisPrefix);
      if (moved > 0) this.logger.log(`moved ${moved} label-history keys to hashed names`);
    } catch (error) {
      this.logger.warn(
        `label-history keys not moved: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
