import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BacktestService } from './backtest.service.js';
import { RunSlots } from '../common/run-slots.js';
import { RiskChangeNotifier } from './risk-change-notifier.service.js';
import { RiskDefaultsService } from './risk-defaults.service.js';
import { RulesController } from './rules.controller.js';
import { RulesService } from './rules.service.js';
import { ThresholdsService } from './thresholds.service.js';

/** Rules, thresholds and backtests; installs the default rules and lists on first start. */
@Module({
  imports: [AuditModule],
  controllers: [RulesController],
  providers: [
    RulesService,
    ThresholdsService,
    BacktestService,
    RunSlots,
    RiskDefaultsService,
    RiskChangeNotifier,
  ],
  exports: [RiskChangeNotifier, RulesService, ThresholdsService],
})
export class RulesModule {}
