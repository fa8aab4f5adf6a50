import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type VigilConfig, VigilConfigModule } from '@vigil/config';
import { PersistenceModule } from '@vigil/persistence';
import { bullPrefix, INGEST_QUEUE } from '@vigil/pipeline';
import { IngestModule } from './ingest/ingest.module.js';
import { RetentionModule } from './retention/retention.module.js';

@Module({})
export class WorkerModule {
  static forRoot(config: VigilConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        VigilConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        PersistenceModule.forRoot({
          poolSize: Math.min(20, Math.max(4, Math.ceil(config.workerConcurrency / 4))),
        }),
        BullModule.forRoot({
          prefix: bullPrefix(config),
          // Workers block on Redis; null retries lets them wait out a Redis restart instead of crashing.
          connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        }),
        BullModule.registerQueue({ name: INGEST_QUEUE }),
        IngestModule,
        RetentionModule,
      ],
    };
  }
}
