import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@vigil/pipeline';
import { PurgePayloadsJob } from './purge-payloads.job.js';
import { RetentionService } from './retention.service.js';

@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.maintenance })],
  providers: [PurgePayloadsJob, RetentionService],
})
export class RetentionModule {}
