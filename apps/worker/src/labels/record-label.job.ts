import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUES, type RecordLabelJobData } from '@vigil/pipeline';
import { TransactionEntity } from '@vigil/persistence';
import { VELOCITY_STORE, type VelocityStore } from '../risk/velocity-store.js';
import { verdictObservation } from './verdict-observation.js';

/**
 * The worker's side of a reviewer's verdict (the api enqueues it, apps/api/src/labels/label-queue.ts): a
 * `fraud` verdict goes into the label history through the VelocityStore, like an early fraud warning.
 * Reading the transaction's labels now (not the job's) makes a late or repeated job harmless.
 */
@Processor(QUEUES.labels, { concurrency: 4 })
export class RecordLabelJob extends WorkerHost {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(VELOCITY_STORE) private readonly velocity: VelocityStore,
  ) {
    super();
  }

  async process(job: Job<RecordLabelJobData>): Promise<string> {
    const tx = await this.dataSource
      .getRepository(TransactionEntity)
      .findOneBy({ id: job.data.transactionId });
    if (!tx) return 'gone';
    const observation = verdictObservation(tx);
    if (!observation) return 'not fraud: nothing to record';
    await this.velocity.observe(observation);
    return 'recorded as fraud';
  }
}
