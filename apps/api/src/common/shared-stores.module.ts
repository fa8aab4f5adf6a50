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
import {
  createIngestQueue,
  createLivePublisher,
  createSharedStores,
  DeliveriesProducer,
  INGEST_QUEUE_TOKEN,
  type IngestQueue,
  LiveBatcher,
  SHARED_STORES,
  type SharedStores,
  type SqlPool,
} from '@vigil/pipeline';

/**
 * What the api shares with other processes, on Redis or on PostgreSQL as the config says (chosen in
 * libs/pipeline shared-stores.ts): the ingest queue, the deliveries producer, live fan-out, and the stores
 * behind throttles, two-factor challenges, metrics and settings-change notices. Global on purpose: with config
 * and persistence it is the app-wide base every feature stands on (the medium tests boot the same three).
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
    private readonly live: LiveBatcher,
    private readonly deliveries: DeliveriesProducer,
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
