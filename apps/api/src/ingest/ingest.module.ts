import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { IngestRateLimiter } from './ingest-rate-limiter.js';
import { WebhookController } from './webhook.controller.js';
import { WebhookIngestService } from './webhook-ingest.service.js';

@Module({
  imports: [SourcesModule],
  controllers: [WebhookController],
  providers: [WebhookIngestService, IngestRateLimiter],
})
export class IngestModule {}
