import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { LiveEvent } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { toTransactionJson } from '@vigil/persistence';
import { INGEST_QUEUE, type IngestJobData } from '@vigil/pipeline';
import { parseAndNormalize } from '@vigil/webhooks';
import { LiveBatcher } from '../live/live-batcher.js';
import { TransactionScorer } from '../risk/transaction-scorer.service.js';
import { effectiveTime, mergeKeyOf, toTransactionRow } from './transaction-row.js';
import { TransactionWriter } from './transaction-writer.service.js';

/** normalize → merge → enrich and score (in the same database transaction) → commit → publish, per webhook. */
@Processor(INGEST_QUEUE)
export class ProcessWebhookJob extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(ProcessWebhookJob.name);

  constructor(
    private readonly writer: TransactionWriter,
    private readonly live: LiveBatcher,
    private readonly scorer: TransactionScorer,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.workerConcurrency;
  }

  async process(job: Job<IngestJobData>): Promise<string> {
    const data = job.data;
    const receivedAt = new Date(data.receivedAt);
    const parsed = parseAndNormalize(data.kind, Buffer.from(data.body, 'utf8'), data.headers, receivedAt);
    if (!parsed.ok) {
      // The api validated this payload; if it no longer parses, retrying cannot help: dead-letter it.
      throw new UnrecoverableError(`payload no longer normalizes: ${parsed.reason}`);
    }
    const event = parsed.event;
    const occurredAt = effectiveTime(event, receivedAt);
    const mergeKey = mergeKeyOf(event);
    const result = await this.writer.write(
      {
        sourceId: data.sourceId,
        eventId: data.eventId,
        eventType: event.providerType,
        occurredAt,
        receivedAt,
        payload: parsed.body,
      },
      mergeKey ? toTransactionRow(event, mergeKey, occurredAt, 'approved') : null,
      (manager, merged) =>
        this.scorer.apply(manager, merged, event, {
          sourceId: data.sourceId,
          eventId: data.eventId,
          occurredAt,
        }),
    );
    if (result.outcome === 'created' || result.outcome === 'updated') {
      const name = result.outcome === 'created' ? LiveEvent.TransactionCreated : LiveEvent.TransactionUpdated;
      this.live.push(name, toTransactionJson(result.transaction));
    }
    if (result.outcome === 'duplicate')
      this.logger.debug(`duplicate ${data.sourceId}/${data.eventId} ignored`);
    return result.outcome;
  }
}
