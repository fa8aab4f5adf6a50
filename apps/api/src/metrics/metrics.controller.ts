import { Controller, Get, Header } from '@nestjs/common';
import { Roles } from '../auth/auth.decorators.js';
import { PROMETHEUS_CONTENT_TYPE } from './prometheus-text.js';
import { MetricsService } from './metrics.service.js';

/**
 * Prometheus text. Not public: queue depth, volumes and failure counts describe the business. Owners can
 * read it with their session; scrapers use VIGIL_METRICS_TOKEN (metrics-token.middleware.ts).
 */
@Controller('metrics')
@Roles('owner')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('Content-Type', PROMETHEUS_CONTENT_TYPE)
  get(): Promise<string> {
    return this.metrics.render();
  }
}
