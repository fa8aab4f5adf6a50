import { Module } from '@nestjs/common';
import { QualityController } from './quality.controller.js';
import { QualityService } from './quality.service.js';

/** The quality page's numbers (docs/detection.md "Quality"). */
@Module({
  controllers: [QualityController],
  providers: [QualityService],
})
export class QualityModule {}
