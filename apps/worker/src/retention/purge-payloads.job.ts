import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { poolOf } from '@vigil/persistence';
import {
  deleteExpiredStoreRows,
  JOB_OPTIONS,
  JOBS,
  MAINTENANCE_EVERY_MS,
  QUEUES,
  SCHEDULERS,
} from '@vigil/pipeline';
import { purgeExpiredPayloads } from './payload-purger.js';

/**
 * Hourly, on whichever worker takes it (one scheduler entry is shared by every worker process): raw payload
 * retention and, without Redis, the expired rows of the PostgreSQL stores.
 */
@Processor(QUEUES.maintenance)
export class PurgePayloadsJob extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(PurgePayloadsJob.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.maintenance) private readonly queue: Queue,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
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

  async process(): Promise<number> {
    const purged = await purgeExpiredPayloads(this.dataSource, this.config.payloadRetentionDays);
    if (purged > 0)
      this.logger.log(`purged ${purged} raw payloads older than ${this.config.payloadRetentionDays} days`);
    if (this.config.mode === 'postgres') await deleteExpiredStoreRows(poolOf(this.dataSource));
    return purged;
  }
}
