import { Injectable, Logger } from '@nestjs/common';
import { LiveEvent, type TransactionStatus } from '@vigil/contracts';
import { toTransactionJson, type TransactionEntity } from '@vigil/persistence';
import { LiveBatcher } from '@vigil/pipeline';
import { IngestMetrics } from './ingest-metrics.js';

/** A transaction as one commit left it. */
export interface CommittedTransaction {
  transaction: TransactionEntity;
  /** The status before the commit; null for a transaction the commit created. */
  previousStatus: TransactionStatus | null;
  created: boolean;
}

/**
 * Publishes what an ingest commit left (metrics, live updates), the whole list at once. Never throws: the
 * events are committed, and a dashboard that missed an update resyncs.
 */
@Injectable()
export class CommittedTransactions {
  private readonly logger = new Logger(CommittedTransactions.name);

  constructor(
    private readonly live: LiveBatcher,
    private readonly metrics: IngestMetrics,
  ) {}

  afterCommit(committed: CommittedTransaction[]): void {
    if (committed.length === 0) return;
    this.metrics.committed(committed);
    try {
      for (const { transaction, created } of committed) {
        const name = created ? LiveEvent.TransactionCreated : LiveEvent.TransactionUpdated;
        this.live.push(name, toTransactionJson(transaction));
      }
      // A batch is already a batch: publish it now rather than wait for the live batcher's timer.
      this.live.flush();
    } catch (error) {
      this.logger.warn(`after-commit work failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
