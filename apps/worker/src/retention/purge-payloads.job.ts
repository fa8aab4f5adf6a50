import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { type OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JOB_OPTIONS, JOBS, MAINTENANCE_EVERY_MS, QUEUES, SCHEDULERS } from '@vigil/pipeline';
import { RetentionService } from './retention.service.js';

/**
 * Hourly, on whichever worker takes it (one scheduler entry is shared by every worker process): hands the
 * purge to RetentionService.
 */
@Processor(QUEUES.maintenance)
export class PurgePayloadsJob extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.maintenance) private readonly queue: Queue,
    private readonly retention: RetentionService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SCHEDULERS.purgePayloads,
      { every: MAINTENANCE_EVERY_MS },
      { name: JOBS.purgePayloads, opts: JOB_OPTIONS.maintenance },
    );
  }

  process(): Promise<number> {
    return this.retention.purge();
  }
}
