import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { StatsModule } from '../stats/stats.module.js';
import { LiveGateway } from './live.gateway.js';

@Module({
  imports: [AuthModule, StatsModule],
  providers: [LiveGateway],
})
export class LiveModule {}
