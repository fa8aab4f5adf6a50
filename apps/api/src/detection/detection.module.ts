import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { CalibrationService } from './calibration.service.js';
import { DetectionController } from './detection.controller.js';
import { RuleSetSource } from './rule-set-source.js';
import { RunSlots } from '../common/run-slots.js';
import { SimulationService } from './simulation.service.js';

/** Rule-set simulation and calibration on labelled history (docs/detection.md). */
@Module({
  imports: [AuditModule, RulesModule],
  controllers: [DetectionController],
  providers: [RuleSetSource, RunSlots, SimulationService, CalibrationService],
})
export class DetectionModule {}
