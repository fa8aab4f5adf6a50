import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DeadLettersModule } from '../dead-letters/dead-letters.module.js';
import { CounterErasure, ExpiringCounters } from './counter-erasure.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyService } from './privacy.service.js';

@Module({
  imports: [AuditModule, DeadLettersModule],
  controllers: [PrivacyController],
  providers: [PrivacyService, { provide: CounterErasure, useClass: ExpiringCounters }],
})
export class PrivacyModule {}
