import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job } from 'bullmq';
import { QUEUES, type RecordLabelJobData } from '@vigil/pipeline';
import { LabelHistoryService } from './label-history.service.js';

/** The `labels` queue's consumer: each job hands one reviewer's verdict to LabelHistoryService. */
@Processor(QUEUES.labels, { concurrency: 4 })
export class RecordLabelJob extends WorkerHost {
  constructor(private readonly history: LabelHistoryService) {
    super();
  }

  process(job: Job<RecordLabelJobData>): Promise<string> {
    return this.history.record(job.data.transactionId);
  }
}
