import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeliveriesProducer } from '@vigil/pipeline';
import { HoldExpiryService } from './hold-expiry.service.js';
import { TransitionsService } from './transitions.service.js';

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
 * Ends holds whose delayed job was lost, acts on transitions a crash left behind, and queues deliveries that
 * never got a job. The normal path does all of this right away; this only makes "never lost" hold across
 * crashes and queue-store outages.
 */
@Injectable()
export class DecisionSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly expiry: HoldExpiryService,
    private readonly transitions: TransitionsService,
    private readonly deliveries: DeliveriesProducer,
  ) {}

  /** Answers what it did (BullMQ keeps it as the job's result). */
  async sweep(): Promise<string> {
    const unnotified = (await this.dataSource.query(UNNOTIFIED, [BATCH])) as Array<{ id: string }>;
    await this.transitions.apply(unnotified.map((row) => row.id));
    const expired = await this.expiry.expire(await this.expiry.dueIds(BATCH));
    const unsent = (await this.dataSource.query(UNSENT, [BATCH])) as Array<{ id: string }>;
    await this.deliveries.enqueue(unsent.map((row) => row.id));
    return `transitions ${unnotified.length}, holds ended ${expired}, deliveries queued ${unsent.length}`;
  }
}
