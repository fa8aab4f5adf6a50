import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { poolOf } from '@vigil/persistence';
import { deleteExpiredStoreRows } from '@vigil/pipeline';
import { purgeExpiredPayloads } from './payload-purger.js';

/** What is kept only for a while: raw payloads, and without Redis the expired rows of the PostgreSQL stores. */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  /** Answers how many payloads it emptied (BullMQ keeps it as the job's result). */
  async purge(): Promise<number> {
    const purged = await purgeExpiredPayloads(this.dataSource, this.config.payloadRetentionDays);
    if (purged > 0)
      this.logger.log(`purged ${purged} raw payloads older than ${this.config.payloadRetentionDays} days`);
    if (this.config.mode === 'postgres') await deleteExpiredStoreRows(poolOf(this.dataSource));
    return purged;
  }
}
