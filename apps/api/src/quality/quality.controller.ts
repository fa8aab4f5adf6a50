import { Controller, Get, Query } from '@nestjs/common';
import { type QualityJson } from '@vigil/contracts';
import { ANY_ROLE, Roles } from '../auth/auth.decorators.js';
import { type QualityQuery, qualityQuerySchema } from './quality-query.js';
import { QualityService } from './quality.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { qualityJson } from '../openapi/responses/detection.js';

@Controller('api/quality')
@Roles(...ANY_ROLE)
export class QualityController {
  constructor(private readonly quality: QualityService) {}

  /** `?window=24h|7d|30d|90d` (default 7d). */
  @ApiOkResponse({ standardSchema: qualityJson })
  @Get()
  get(@Query({ schema: qualityQuerySchema }) query: QualityQuery): Promise<QualityJson> {
    return this.quality.quality(query.window);
  }
}
