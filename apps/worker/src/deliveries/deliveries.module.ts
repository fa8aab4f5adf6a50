import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DELIVERIES_QUEUE } from '@vigil/contracts';
import { DeliverDecisionJob } from './deliver-decision.job.js';
import { DeliveryEnqueuer } from './delivery-enqueuer.service.js';

/** Outbound decision webhooks: the `deliveries` queue, its sender, and the producer the worker uses. */
@Module({
  imports: [BullModule.registerQueue({ name: DELIVERIES_QUEUE })],
  providers: [DeliverDecisionJob, DeliveryEnqueuer],
  exports: [DeliveryEnqueuer],
})
export class DeliveriesModule {}
