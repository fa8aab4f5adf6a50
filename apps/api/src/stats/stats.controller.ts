import { Controller, Get, Query } from '@nestjs/common';
import { type StatsJson } from '@vigil/contracts';
import { ANY_ROLE, Roles } from '../auth/auth.decorators.js';
import { type StatsQuery, statsQuerySchema } from './stats-query.js';
import { StatsService } from './stats.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { statsJson } from '../openapi/responses/detection.js';

@Controller('api/stats')
@Roles(...ANY_ROLE)
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  /** `?window=15m|1h|24h|7d` (default 1h). Amounts are minor units per currency: `{"EUR": 12999}`. */
  @ApiOkResponse({ standardSchema: statsJson })
  @Get()
  get(@Query({ schema: statsQuerySchema }) query: StatsQuery): Promise<StatsJson> {
    return this.stats.stats(query.window);
  }
}
