import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@vigil/pipeline';
import { RiskModule } from '../risk/risk.module.js';
import { LabelHistoryService } from './label-history.service.js';
import { RecordLabelJob } from './record-label.job.js';

/** Reviewers' verdicts into the label history counters (docs/detection.md "Labels"). */
@Module({
  imports: [RiskModule, BullModule.registerQueue({ name: QUEUES.labels })],
  providers: [RecordLabelJob, LabelHistoryService],
})
export class LabelsModule {}
