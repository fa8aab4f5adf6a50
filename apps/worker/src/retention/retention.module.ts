import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { MAINTENANCE_QUEUE, PurgePayloadsJob } from './purge-payloads.job.js';

@Module({
  imports: [BullModule.registerQueue({ name: MAINTENANCE_QUEUE })],
  providers: [PurgePayloadsJob],
})
export class RetentionModule {}
