import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Queue } from 'bullmq';
import { DECISION_SWEEP_EVERY_MS, JOB_OPTIONS, JOBS, QUEUES, SCHEDULERS } from '@vigil/pipeline';
import { DecisionSweepService } from './decision-sweep.service.js';

/** Every 30 s on one worker (one scheduler entry shared by all): hands the sweep to DecisionSweepService. */
@Processor(QUEUES.decisionSweep)
export class SweepDecisionsJob extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SweepDecisionsJob.name);

  constructor(
    @InjectQueue(QUEUES.decisionSweep) private readonly queue: Queue,
    private readonly sweeper: DecisionSweepService,
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

  process(): Promise<string> {
    return this.sweeper.sweep();
  }
}
