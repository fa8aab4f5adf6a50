import { Module } from '@nestjs/common';
import { DeadLettersModule } from '../dead-letters/dead-letters.module.js';
import { CounterErasure, ExpiringCounters } from './counter-erasure.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyService } from './privacy.service.js';

@Module({
  imports: [DeadLettersModule],
  controllers: [PrivacyController],
  providers: [PrivacyService, { provide: CounterErasure, useClass: ExpiringCounters }],
})
export class PrivacyModule {}
