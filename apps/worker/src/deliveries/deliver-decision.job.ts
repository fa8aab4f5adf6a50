import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job } from 'bullmq';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { type DeliverDecisionJobData, QUEUES } from '@vigil/pipeline';
import { DecisionDeliveryService } from './decision-delivery.service.js';
import { deliveryBackoffStrategy } from './delivery-backoff.js';

/** The `deliveries` queue's consumer: each job is one attempt of DecisionDeliveryService. */
@Processor(QUEUES.deliveries, { autorun: false, concurrency: 16 })
export class DeliverDecisionJob extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeliverDecisionJob.name);

  constructor(
    private readonly deliveries: DecisionDeliveryService,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {
    super();
  }

  /** The backoff needs the configured scale, so the worker starts only once it is set. */
  onApplicationBootstrap(): void {
    this.worker.opts.settings = {
      ...this.worker.opts.settings,
      backoffStrategy: deliveryBackoffStrategy(this.config.deliveryBackoffScale),
    };
    this.worker
      .run()
      .catch((error: unknown) => this.logger.error(`deliveries worker stopped: ${String(error)}`));
  }

  process(job: Job<DeliverDecisionJobData>): Promise<string> {
    return this.deliveries.attempt(job.data, {
      attemptsMade: job.attemptsMade,
      attempts: job.opts.attempts ?? 1,
    });
  }
}
