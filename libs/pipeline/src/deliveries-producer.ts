import { Queue } from 'bullmq';
import { type VigilConfig } from '@vigil/config';
import { type DeliverDecisionJobData, JOB_OPTIONS, JOBS, QUEUES } from './pipeline-registry.js';
import { queueConnection, queuePrefix } from './queue-backend.js';
import { within } from './within.js';

const ENQUEUE_TIMEOUT_MS = 5_000;

/**
 * The one producer of the `deliveries` queue, used by the api (people's decisions, manual redelivery) and the
 * worker (automatic verdicts, expired holds, the sweep), on either backend. The job id is the delivery id,
 * so queueing a delivery twice (the sweep re-queues stragglers) sends it once.
 */
export class DeliveriesProducer {
  private readonly queue: Queue<DeliverDecisionJobData>;

  constructor(
    config: VigilConfig,
    private readonly warn: (message: string) => void,
  ) {
    this.queue = new Queue<DeliverDecisionJobData>(QUEUES.deliveries, {
      ...queuePrefix(config),
      connection: queueConnection(config, 'producer'),
      skipWaitingForReady: true,
    });
    this.queue.on('error', () => undefined);
  }

  /**
   * Never throws and never waits long: the delivery rows are committed first, and one not queued now stays
   * pending until the worker's sweep queues it.
   */
  async enqueue(deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    try {
      await within(
        this.queue.addBulk(
          deliveryIds.map((deliveryId) => ({
            name: JOBS.deliverDecision,
            data: { deliveryId },
            opts: { ...JOB_OPTIONS.delivery, jobId: deliveryId },
          })),
        ),
        ENQUEUE_TIMEOUT_MS,
      );
    } catch (error) {
      this.warn(`decision webhooks not queued yet (the sweep retries): ${String(error)}`);
    }
  }

  /** One extra attempt asked for by the owner; throws so the owner learns it was not queued. */
  async redeliver(deliveryId: string): Promise<void> {
    await within(
      this.queue.add(
        JOBS.deliverDecision,
        { deliveryId, manual: true },
        { ...JOB_OPTIONS.manualRedelivery, jobId: `${deliveryId}-manual-${Date.now()}` },
      ),
      ENQUEUE_TIMEOUT_MS,
    );
  }

  async close(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}
