import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { purgeExpiredPayloads } from './payload-purger.js';

export const MAINTENANCE_QUEUE = 'maintenance';
const PURGE_PAYLOADS = 'purge-payloads';

/** Hourly, on whichever worker takes it: one scheduler entry is shared by every worker process. */
@Processor(MAINTENANCE_QUEUE)
export class PurgePayloadsJob extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(PurgePayloadsJob.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      PURGE_PAYLOADS,
      { every: 3_600_000 },
      { name: PURGE_PAYLOADS, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async process(): Promise<number> {
    const purged = await purgeExpiredPayloads(this.dataSource, this.config.payloadRetentionDays);
    if (purged > 0)
      this.logger.log(`purged ${purged} raw payloads older than ${this.config.payloadRetentionDays} days`);
    return purged;
  }
}
