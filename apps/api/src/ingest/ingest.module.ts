import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { IngestCounters } from './ingest-counters.js';
import { IngestRateLimiter } from './ingest-rate-limiter.js';
import { WebhookController } from './webhook.controller.js';
import { WebhookFastPath } from './webhook-fast-path.js';
import { WebhookIngestService } from './webhook-ingest.service.js';

@Module({
  imports: [SourcesModule],
  controllers: [WebhookController],
  providers: [WebhookIngestService, IngestRateLimiter, IngestCounters, WebhookFastPath],
  exports: [IngestCounters],
})
export class IngestModule {}
