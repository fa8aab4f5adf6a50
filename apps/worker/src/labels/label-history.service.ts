import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionEntity } from '@vigil/persistence';
import { VELOCITY_STORE, type VelocityStore } from '../risk/velocity-store.js';
import { verdictObservation } from './verdict-observation.js';

/**
 * The worker's side of a reviewer's verdict (the api enqueues it, apps/api/src/labels/label-queue.ts): a
 * `fraud` verdict goes into the label history through the VelocityStore, like an early fraud warning.
 * Reading the transaction's labels now (not the job's) makes a late or repeated job harmless.
 */
@Injectable()
export class LabelHistoryService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(VELOCITY_STORE) private readonly velocity: VelocityStore,
  ) {}

  /** Answers what happened (BullMQ keeps it as the job's result). */
  async record(transactionId: string): Promise<string> {
    const tx = await this.dataSource.getRepository(TransactionEntity).findOneBy({ id: transactionId });
    if (!tx) return 'gone';
    const observation = verdictObservation(tx);
    if (!observation) return 'not fraud: nothing to record';
    await this.velocity.observe(observation);
    return 'recorded as fraud';
  }
}
