import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ListsModule } from '../lists/lists.module.js';
import { TransactionsModule } from '../transactions/transactions.module.js';
import { ClaimsService } from './claims.service.js';
import { DecisionWriter } from './decision-writer.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';
import { DeliveriesController } from './deliveries.controller.js';
import { RedeliveryService } from './redelivery.service.js';

/** The review queue's writes: claims, decisions (single and bulk), manual redelivery of decision webhooks. */
@Module({
  imports: [AuditModule, ListsModule, TransactionsModule],
  controllers: [DecisionsController, DeliveriesController],
  providers: [DecisionWriter, DecisionsService, ClaimsService, RedeliveryService],
})
export class DecisionsModule {}
