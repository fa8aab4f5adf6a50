import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module.js';
import { RiskModule } from '../risk/risk.module.js';
import { ProcessWebhookJob } from './process-webhook.job.js';
import { TransactionWriter } from './transaction-writer.service.js';

@Module({
  imports: [LiveModule, RiskModule],
  providers: [ProcessWebhookJob, TransactionWriter],
})
export class IngestModule {}
