import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators.js';
import { MetricsService } from './metrics.service.js';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { prometheusText } from '../openapi/responses/operations.js';

/**
 * Prometheus text. Not public: queue depth, volumes and failure counts describe the business. Owners can
 * read it with their session; scrapers use VIGIL_METRICS_TOKEN (metrics-token.middleware.ts).
 */
@Controller('metrics')
@Roles('owner')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @ApiOkResponse({ standardSchema: prometheusText })
  @ApiProduces('text/plain')
  @Get()
  async get(@Res({ passthrough: true }) response: Response): Promise<string> {
    response.type(this.metrics.contentType);
    return this.metrics.render();
  }
}
