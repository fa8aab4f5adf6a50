import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module.js';
import { QUEUES } from '@vigil/pipeline';
import { DecisionHooks } from './decision-hooks.service.js';
import { DecisionSweepService } from './decision-sweep.service.js';
import { ExpireHoldJob } from './expire-hold.job.js';
import { HoldExpiryService } from './hold-expiry.service.js';
import { HoldScheduler } from './hold-scheduler.service.js';
import { SourcePolicyCache } from './source-policy.cache.js';
import { SweepDecisionsJob } from './sweep-decisions.job.js';
import { TransitionsService } from './transitions.service.js';

/**
 * The worker's side of the review queue: hold clocks and expiry policies, and decision webhooks for
 * automatic verdicts (the ingest batch calls DecisionHooks inside its commit).
 */
@Module({
  imports: [
    BullModule.registerQueue({ name: QUEUES.holdExpiry }, { name: QUEUES.decisionSweep }),
    DeliveriesModule,
  ],
  providers: [
    DecisionHooks,
    TransitionsService,
    SourcePolicyCache,
    HoldScheduler,
    HoldExpiryService,
    ExpireHoldJob,
    DecisionSweepService,
    SweepDecisionsJob,
  ],
  exports: [DecisionHooks],
})
export class DecisionsModule {}
