import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { LABELS_QUEUE, RECORD_LABEL_JOB, type RecordLabelJobData } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { bullPrefix } from '@vigil/pipeline';

/**
 * The seam between a reviewer's verdict and the label history counters (docs/detection.md "Labels"): the api
 * announces the change, the worker reads the transaction's labels and records them through its VelocityStore
 * (apps/worker/src/labels/record-label.job.ts).
 */
@Injectable()
export class LabelQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(LabelQueue.name);
  private readonly queue: Queue<RecordLabelJobData>;

  constructor(@Inject(VIGIL_CONFIG) config: VigilConfig) {
    this.queue = new Queue<RecordLabelJobData>(LABELS_QUEUE, {
      prefix: bullPrefix(config),
      connection: { url: config.redisUrl, maxRetriesPerRequest: 1, connectTimeout: 2_000 },
      skipWaitingForReady: true,
    });
    this.queue.on('error', () => undefined);
  }

  /** Never throws: the verdict is committed whatever happens here; only later orders' counters miss it. */
  async announce(transactionId: string): Promise<void> {
    try {
      await this.queue.add(
        RECORD_LABEL_JOB,
        { transactionId },
        {
          attempts: 5,
          backoff: { type: 'exponential', delay: 1_000 },
          removeOnComplete: true,
          removeOnFail: 100,
        },
      );
    } catch (error) {
      this.logger.warn(`label change of ${transactionId} not announced to the workers: ${String(error)}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}
