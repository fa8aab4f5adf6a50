import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { type Queue } from 'bullmq';
import { type ExpireHoldJobData, JOB_OPTIONS, JOBS, QUEUES, within } from '@vigil/pipeline';

/** Schedules each hold's expiry at its deadline; the sweep covers any schedule lost on the way. */
@Injectable()
export class HoldScheduler {
  private readonly logger = new Logger(HoldScheduler.name);

  constructor(@InjectQueue(QUEUES.holdExpiry) private readonly queue: Queue<ExpireHoldJobData>) {}

  async schedule(holds: Array<{ id: string; deadline: Date }>): Promise<void> {
    if (holds.length === 0) return;
    const now = Date.now();
    try {
      await within(
        this.queue.addBulk(
          holds.map(({ id, deadline }) => ({
            name: JOBS.expireHold,
            data: { transactionId: id },
            opts: {
              // One job per hold: a transaction held again later gets a new one.
              jobId: `${id}.${deadline.getTime()}`,
              delay: Math.max(0, deadline.getTime() - now),
              ...JOB_OPTIONS.holdExpiry,
            },
          })),
        ),
        5_000,
      );
    } catch (error) {
      this.logger.warn(`hold expiries not scheduled (the sweep applies them): ${String(error)}`);
    }
  }
}
