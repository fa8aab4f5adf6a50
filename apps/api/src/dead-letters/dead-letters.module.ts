import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { BullIngestQueueAdmin, INGEST_QUEUE_ADMIN, type IngestQueueAdmin } from '@vigil/pipeline';
import { DeadLettersController } from './dead-letters.controller.js';
import { DeadLettersService } from './dead-letters.service.js';

@Module({
  imports: [AuditModule],
  controllers: [DeadLettersController],
  providers: [
    {
      provide: INGEST_QUEUE_ADMIN,
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig): IngestQueueAdmin => new BullIngestQueueAdmin(config),
    },
    DeadLettersService,
  ],
  exports: [INGEST_QUEUE_ADMIN],
})
export class DeadLettersModule {}
