import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { type Queue } from 'bullmq';
import {
  DELIVER_DECISION_JOB,
  type DeliverDecisionJobData,
  DELIVERIES_QUEUE,
  DELIVERY_BACKOFF_TYPE,
  DELIVERY_JOB_ATTEMPTS,
} from '@vigil/contracts';
import { within } from './within.js';

const ENQUEUE_TIMEOUT_MS = 5_000;

/**
 * Queues decision webhooks whose rows are already committed. The job id is the delivery id, so queueing a
 * delivery twice (the sweep re-queues stragglers) sends it once.
 */
@Injectable()
export class DeliveryEnqueuer {
  private readonly logger = new Logger(DeliveryEnqueuer.name);

  constructor(@InjectQueue(DELIVERIES_QUEUE) private readonly queue: Queue<DeliverDecisionJobData>) {}

  /** Never throws and never waits long: a delivery not queued now stays pending and the sweep queues it. */
  async enqueue(deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    try {
      await within(
        this.queue.addBulk(
          deliveryIds.map((deliveryId) => ({
            name: DELIVER_DECISION_JOB,
            data: { deliveryId },
            opts: {
              jobId: deliveryId,
              attempts: DELIVERY_JOB_ATTEMPTS,
              backoff: { type: DELIVERY_BACKOFF_TYPE },
              removeOnComplete: true,
              removeOnFail: true,
            },
          })),
        ),
        ENQUEUE_TIMEOUT_MS,
      );
    } catch (error) {
      this.logger.warn(`decision webhooks not queued yet (the sweep retries): ${String(error)}`);
    }
  }
}
