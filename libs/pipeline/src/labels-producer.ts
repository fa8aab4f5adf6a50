import { Queue } from 'bullmq';
import { type VigilConfig } from '@vigil/config';
import { JOB_OPTIONS, JOBS, QUEUES, type RecordLabelJobData } from './pipeline-registry.js';
import { queueConnection, queuePrefix } from './queue-backend.js';
import { within } from './within.js';

const ENQUEUE_TIMEOUT_MS = 5_000;

/**
 * The one producer of the `labels` queue (the api announces a reviewer's verdict; the worker records it in
 * the label history counters, apps/worker/src/labels/record-label.job.ts), on either backend.
 */
export class LabelsProducer {
  private readonly queue: Queue<RecordLabelJobData>;

  constructor(
    config: VigilConfig,
    private readonly warn: (message: string) => void,
  ) {
    this.queue = new Queue<RecordLabelJobData>(QUEUES.labels, {
      ...queuePrefix(config),
      connection: queueConnection(config, 'producer'),
      skipWaitingForReady: true,
    });
    this.queue.on('error', () => undefined);
  }

  /** Never throws: the verdict is committed whatever happens here; only later orders' counters miss it. */
  async announce(transactionId: string): Promise<void> {
    try {
      await within(
        this.queue.add(JOBS.recordLabel, { transactionId }, JOB_OPTIONS.recordLabel),
        ENQUEUE_TIMEOUT_MS,
      );
    } catch (error) {
      this.warn(`label change of ${transactionId} not announced to the workers: ${String(error)}`);
    }
  }

  async close(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}
