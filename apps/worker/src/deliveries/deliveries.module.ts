import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@vigil/pipeline';
import { DecisionDeliveryService } from './decision-delivery.service.js';
import { DeliverDecisionJob } from './deliver-decision.job.js';

/**
 * Outbound decision webhooks: the `deliveries` queue's consumer. Its one producer (DeliveriesProducer, shared
 * with the api) comes from the worker's SharedStoresModule.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.deliveries })],
  providers: [DeliverDecisionJob, DecisionDeliveryService],
})
export class DeliveriesModule {}
