import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { LABELS_QUEUE } from '@vigil/contracts';
import { RiskModule } from '../risk/risk.module.js';
import { RecordLabelJob } from './record-label.job.js';

/** Reviewers' verdicts into the label history counters (docs/detection.md "Labels"). */
@Module({
  imports: [RiskModule, BullModule.registerQueue({ name: LABELS_QUEUE })],
  providers: [RecordLabelJob],
})
export class LabelsModule {}
