import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { DeadLettersModule } from '../dead-letters/dead-letters.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsRegistry } from './metrics-registry.js';
import { MetricsService } from './metrics.service.js';
import { MetricsTokenMiddleware } from './metrics-token.middleware.js';
import { ScrapeSnapshotReader } from './scrape-snapshot.js';

@Module({
  imports: [IngestModule, DeadLettersModule],
  controllers: [MetricsController],
  providers: [MetricsRegistry, MetricsService, ScrapeSnapshotReader, MetricsTokenMiddleware],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(MetricsTokenMiddleware).forRoutes({ path: 'metrics', method: RequestMethod.GET });
  }
}
