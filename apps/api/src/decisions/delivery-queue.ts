import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import {
  DELIVER_DECISION_JOB,
  type DeliverDecisionJobData,
  DELIVERIES_QUEUE,
  DELIVERY_BACKOFF_TYPE,
  DELIVERY_JOB_ATTEMPTS,
} from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { bullPrefix } from '@vigil/pipeline';

/**
 * The api's producer side of the worker's `deliveries` queue (decision webhooks of people's decisions).
 * The delivery row is committed with the decision first, so a failed enqueue loses nothing: the worker's
 * sweep enqueues pending deliveries whose job never started.
 */
@Injectable()
export class DeliveryQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryQueue.name);
  private readonly queue: Queue<DeliverDecisionJobData>;

  constructor(@Inject(VIGIL_CONFIG) config: VigilConfig) {
    this.queue = new Queue<DeliverDecisionJobData>(DELIVERIES_QUEUE, {
      prefix: bullPrefix(config),
      // Fail fast when Redis is away: a decision must not hang on its webhook.
      connection: { url: config.redisUrl, maxRetriesPerRequest: 1, connectTimeout: 2_000 },
      skipWaitingForReady: true,
    });
    this.queue.on('error', () => undefined);
  }

  /** Never throws: the decision is committed whatever happens here. */
  async enqueue(deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    try {
      await this.queue.addBulk(
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
      );
    } catch (error) {
      this.logger.warn(`decision webhooks ${deliveryIds.join(', ')} not queued yet: ${String(error)}`);
    }
  }

  /** One extra attempt asked for by the owner; throws so the owner learns it was not queued. */
  async redeliver(deliveryId: string): Promise<void> {
    await this.queue.add(
      DELIVER_DECISION_JOB,
      { deliveryId, manual: true },
      {
        jobId: `${deliveryId}-manual-${Date.now()}`,
        attempts: 1,
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}
