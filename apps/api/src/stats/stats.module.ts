import { Module } from '@nestjs/common';
import { LiveStatsService } from './live-stats.service.js';
import { StatsController } from './stats.controller.js';
import { StatsService } from './stats.service.js';

@Module({
  controllers: [StatsController],
  providers: [StatsService, LiveStatsService],
  exports: [LiveStatsService],
})
export class StatsModule {}
