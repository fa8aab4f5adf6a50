import {
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { SQL_POOL } from '@vigil/persistence';
import { DeliveriesProducer } from './deliveries-producer.js';
import { INGEST_QUEUE_TOKEN, type IngestQueue } from './ingest-queue.js';
import { LiveBatcher } from './live-batcher.js';
import {
  createIngestQueue,
  createLivePublisher,
  createSharedStores,
  SHARED_STORES,
  type SharedStores,
} from './shared-stores.js';
import { type SqlPool } from './sql-pool.js';

/**
 * What an api or worker process shares with the others, on Redis or on PostgreSQL as the config says (chosen
 * in shared-stores.ts): the ingest queue (the api queues webhooks; the worker queues again, alone, the events
 * of an envelope that failed), the deliveries producer, live fan-out, and the stores behind throttles,
 * two-factor challenges, metrics and settings-change notices. Global on purpose: with config and persistence
 * it is the base every feature module stands on (the medium tests boot the same three).
 */
@Global()
@Module({
  providers: [
    {
      provide: SHARED_STORES,
      inject: [VIGIL_CONFIG, SQL_POOL],
      useFactory: (config: VigilConfig, pool: SqlPool): SharedStores => createSharedStores(config, pool),
    },
    {
      provide: INGEST_QUEUE_TOKEN,
      inject: [VIGIL_CONFIG, SQL_POOL],
      useFactory: (config: VigilConfig, pool: SqlPool): IngestQueue => createIngestQueue(config, pool),
    },
    {
      provide: LiveBatcher,
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig): LiveBatcher => new LiveBatcher(createLivePublisher(config)),
    },
    {
      provide: DeliveriesProducer,
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig) => {
        const logger = new Logger(DeliveriesProducer.name);
        return new DeliveriesProducer(config, (message) => logger.warn(message));
      },
    },
  ],
  exports: [SHARED_STORES, INGEST_QUEUE_TOKEN, LiveBatcher, DeliveriesProducer],
})
export class SharedStoresModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(SHARED_STORES) private readonly stores: SharedStores,
    @Inject(INGEST_QUEUE_TOKEN) private readonly queue: IngestQueue,
    private readonly deliveries: DeliveriesProducer,
    private readonly live: LiveBatcher,
  ) {}

  /** Producers fail fast instead of queueing while offline, so they must be connected before serving. */
  async onModuleInit(): Promise<void> {
    await Promise.all([this.queue.ready(), this.stores.ready()]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    await Promise.all([this.deliveries.close(), this.live.close(), this.stores.close()]);
  }
}
