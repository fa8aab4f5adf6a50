import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job } from 'bullmq';
import { type ExpireHoldJobData, QUEUES } from '@vigil/pipeline';
import { HoldExpiryService } from './hold-expiry.service.js';

/** Due at one held transaction's deadline: applies its source's hold policy (if it is still held by then). */
@Processor(QUEUES.holdExpiry)
export class ExpireHoldJob extends WorkerHost {
  constructor(private readonly expiry: HoldExpiryService) {
    super();
  }

  async process(job: Job<ExpireHoldJobData>): Promise<string> {
    const expired = await this.expiry.expire([job.data.transactionId]);
    return expired > 0 ? 'expired' : 'not due or no longer held';
  }
}
