import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { type Queue } from 'bullmq';
import { within } from '../deliveries/within.js';
import { type ExpireHoldJobData, HOLD_EXPIRY_QUEUE } from './decision-queues.js';

/** Schedules each hold's expiry at its deadline; the sweep covers any schedule lost on the way. */
@Injectable()
export class HoldScheduler {
  private readonly logger = new Logger(HoldScheduler.name);

  constructor(@InjectQueue(HOLD_EXPIRY_QUEUE) private readonly queue: Queue<ExpireHoldJobData>) {}

  async schedule(holds: Array<{ id: string; deadline: Date }>): Promise<void> {
    if (holds.length === 0) return;
    const now = Date.now();
    try {
      await within(
        this.queue.addBulk(
          holds.map(({ id, deadline }) => ({
            name: 'expire-hold',
            data: { transactionId: id },
            opts: {
              // One job per hold: a transaction held again later gets a new one.
              jobId: `${id}.${deadline.getTime()}`,
              delay: Math.max(0, deadline.getTime() - now),
              attempts: 5,
              backoff: { type: 'exponential', delay: 1_000 },
              removeOnComplete: true,
              removeOnFail: true,
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
