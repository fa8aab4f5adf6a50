import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { HoldExpiryService } from './hold-expiry.service.js';
import { TransitionsService } from './transitions.service.js';
import {
  DECISION_SWEEP_EVERY_MS,
  DeliveriesProducer,
  JOB_OPTIONS,
  JOBS,
  QUEUES,
  SCHEDULERS,
} from '@vigil/pipeline';

const BATCH = 500;

/** Status changes nobody acted on (a process died between its commit and its after-commit work). */
const UNNOTIFIED = `
SELECT id FROM transactions
WHERE notified_status IS DISTINCT FROM status AND (status <> 'approved' OR notified_status IS NOT NULL)
  AND updated_at < now() - interval '30 seconds'
ORDER BY updated_at LIMIT $1`;

/** Deliveries whose job never ran (lost enqueue); re-adding one whose job exists does nothing. */
const UNSENT = `
SELECT id FROM deliveries
WHERE status = 'pending' AND attempt_count = 0 AND created_at < now() - interval '2 minutes'
ORDER BY created_at LIMIT $1`;

/**
 * Every 30 s on one worker: ends holds whose delayed job was lost, acts on transitions a crash left behind,
 * and queues deliveries that never got a job. The normal path does all of this right away; this only makes
 * "never lost" hold across crashes and queue-store outages.
 */
@Processor(QUEUES.decisionSweep)
export class SweepDecisionsJob extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SweepDecisionsJob.name);

  constructor(
    @InjectQueue(QUEUES.decisionSweep) private readonly queue: Queue,
    private readonly dataSource: DataSource,
    private readonly expiry: HoldExpiryService,
    private readonly transitions: TransitionsService,
    private readonly deliveries: DeliveriesProducer,
  ) {
    super();
  }

  /** Idempotent across workers: one scheduler id, upserted. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue
      .upsertJobScheduler(
        SCHEDULERS.decisionSweep,
        { every: DECISION_SWEEP_EVERY_MS },
        { name: JOBS.sweep, opts: JOB_OPTIONS.decisionSweep },
      )
      .catch((error: unknown) => this.logger.warn(`decision sweep not scheduled: ${String(error)}`));
  }

  async process(): Promise<string> {
    const unnotified = (await this.dataSource.query(UNNOTIFIED, [BATCH])) as Array<{ id: string }>;
    await this.transitions.apply(unnotified.map((row) => row.id));
    const expired = await this.expiry.expire(await this.expiry.dueIds(BATCH));
    const unsent = (await this.dataSource.query(UNSENT, [BATCH])) as Array<{ id: string }>;
    await this.deliveries.enqueue(unsent.map((row) => row.id));
    return `transitions ${unnotified.length}, holds ended ${expired}, deliveries queued ${unsent.length}`;
  }
}
