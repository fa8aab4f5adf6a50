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
 * What the worker shares with other processes, on Redis or on PostgreSQL as the config says (chosen in
 * libs/pipeline shared-stores.ts): live fan-out, the deliveries producer, metric counters and settings-change
 * notices. The velocity store is chosen in risk.module.ts. Global on purpose: with config and persistence it is
 * the app-wide base every module of the worker stands on.
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
      // The worker queues again, alone, the events of an envelope that failed (process-webhook.job.ts).
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
    @Inject(INGEST_QUEUE_TOKEN) private readonly ingest: IngestQueue,
    private readonly deliveries: DeliveriesProducer,
    private readonly live: LiveBatcher,
  ) {}

  /** The shared client fails fast instead of queueing while offline, so it must be connected first. */
  async onModuleInit(): Promise<void> {
    await this.stores.ready();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.ingest.close(), this.deliveries.close(), this.live.close(), this.stores.close()]);
  }
}
