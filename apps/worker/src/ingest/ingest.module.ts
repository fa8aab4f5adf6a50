import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { RiskModule } from '../risk/risk.module.js';
import { CommittedTransactions } from './committed-transactions.js';
import { IngestBatchService } from './ingest-batch.service.js';
import { IngestMetrics } from './ingest-metrics.js';
import { ProcessWebhookJob } from './process-webhook.job.js';
import { SuppressedSubjects } from './suppressed-subjects.js';

@Module({
  imports: [DecisionsModule, RiskModule],
  providers: [
    ProcessWebhookJob,
    IngestBatchService,
    CommittedTransactions,
    IngestMetrics,
    SuppressedSubjects,
  ],
})
export class IngestModule {}
