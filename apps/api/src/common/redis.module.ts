import { Global, Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { type Redis } from 'ioredis';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { BullIngestQueue, createRedisClient, INGEST_QUEUE_TOKEN, type IngestQueue } from '@vigil/pipeline';

/** General-purpose Redis client of the api (throttling counters, caches); keys carry the instance prefix. */
export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig) => {
        const client = createRedisClient(config, 'api', {
          keyPrefix: `${config.redisPrefix}:`,
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
        });
        client.on('error', () => undefined);
        return client;
      },
    },
    {
      provide: INGEST_QUEUE_TOKEN,
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig): IngestQueue => new BullIngestQueue(config),
    },
  ],
  exports: [REDIS, INGEST_QUEUE_TOKEN],
})
export class RedisModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(INGEST_QUEUE_TOKEN) private readonly queue: IngestQueue,
  ) {}

  /** The producer connection does not queue commands while offline, so it must be connected before serving. */
  async onModuleInit(): Promise<void> {
    await this.queue.ready();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    await this.redis.quit().catch(() => undefined);
  }
}
