import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { LabelQueue } from './label-queue.js';
import { LabelsController } from './labels.controller.js';
import { LabelsService } from './labels.service.js';

/** Reviewers' verdicts on transactions and the label history (docs/detection.md "Labels"). */
@Module({
  imports: [AuditModule],
  controllers: [LabelsController],
  providers: [LabelsService, LabelQueue],
})
export class LabelsModule {}
