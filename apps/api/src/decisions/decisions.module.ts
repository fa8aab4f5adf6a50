import { Module } from '@nestjs/common';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { LIVE_PUBLISHER, RedisLivePublisher } from '@vigil/pipeline';
import { ListsModule } from '../lists/lists.module.js';
import { TransactionsModule } from '../transactions/transactions.module.js';
import { ClaimsService } from './claims.service.js';
import { DecisionWriter } from './decision-writer.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';
import { DeliveriesController } from './deliveries.controller.js';
import { DeliveryQueue } from './delivery-queue.js';
import { LiveUpdates } from './live-updates.js';
import { RedeliveryService } from './redelivery.service.js';

/** The review queue's writes: claims, decisions (single and bulk), manual redelivery of decision webhooks. */
@Module({
  imports: [ListsModule, TransactionsModule],
  controllers: [DecisionsController, DeliveriesController],
  providers: [
    {
      provide: LIVE_PUBLISHER,
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig) => new RedisLivePublisher(config),
    },
    LiveUpdates,
    DeliveryQueue,
    DecisionWriter,
    DecisionsService,
    ClaimsService,
    RedeliveryService,
  ],
  exports: [LiveUpdates],
})
export class DecisionsModule {}
