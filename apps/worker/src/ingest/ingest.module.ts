import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module.js';
import { RiskModule } from '../risk/risk.module.js';
import { CommittedTransactions } from './committed-transactions.js';
import { IngestMetrics } from './ingest-metrics.js';
import { ProcessWebhookJob } from './process-webhook.job.js';
import { SingleWebhookProcessor } from './single-webhook.processor.js';
import { SuppressedSubjects } from './suppressed-subjects.js';
import { TransactionWriter } from './transaction-writer.service.js';
import { WebhookBatchProcessor } from './webhook-batch.processor.js';

@Module({
  imports: [LiveModule, RiskModule],
  providers: [
    ProcessWebhookJob,
    WebhookBatchProcessor,
    SingleWebhookProcessor,
    TransactionWriter,
    CommittedTransactions,
    IngestMetrics,
    SuppressedSubjects,
  ],
})
export class IngestModule {}
