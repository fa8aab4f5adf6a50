import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type VigilConfig, VigilConfigModule } from '@vigil/config';
import { PersistenceModule } from '@vigil/persistence';
import { queueConnection, queuePrefix, SharedStoresModule } from '@vigil/pipeline';
import { DecisionsModule } from './decisions/decisions.module.js';
import { IngestModule } from './ingest/ingest.module.js';
import { LabelsModule } from './labels/labels.module.js';
import { RUNNING_BATCHES } from './ingest/process-webhook.job.js';
import { RetentionModule } from './retention/retention.module.js';

@Module({})
export class WorkerModule {
  static forRoot(config: VigilConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        VigilConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        // Sized on purpose: each running ingest batch holds one connection for its transaction; the rest
        // serve settings reloads, after-commit decision work, deliveries and maintenance. Batching, not
        // connections, is what scales: more would only contend on the same rows and CPU.
        PersistenceModule.forRoot({ poolSize: RUNNING_BATCHES + 6 }),
        // Redis or BullMQ's PostgreSQL backend (createWorkerApp picks it); consumers wait out an outage. On
        // PostgreSQL the queues and processors registered through Nest share this one pool, and each of the
        // four processors holds one of its connections for LISTEN.
        BullModule.forRoot({ ...queuePrefix(config), connection: queueConnection(config, 'consumer', 8) }),
        SharedStoresModule,
        DecisionsModule,
        IngestModule,
        LabelsModule,
        RetentionModule,
      ],
    };
  }
}
