import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { LabelsProducer } from '@vigil/pipeline';

/**
 * The seam between a reviewer's verdict and the label history counters (docs/detection.md "Labels"): the api
 * announces the change, the worker reads the transaction's labels and records them through its VelocityStore
 * (apps/worker/src/labels/record-label.job.ts).
 */
@Injectable()
export class LabelQueue implements OnApplicationShutdown {
  private readonly producer: LabelsProducer;

  constructor(@Inject(VIGIL_CONFIG) config: VigilConfig) {
    const logger = new Logger(LabelQueue.name);
    this.producer = new LabelsProducer(config, (message) => logger.warn(message));
  }

  announce(transactionId: string): Promise<void> {
    return this.producer.announce(transactionId);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close();
  }
}
