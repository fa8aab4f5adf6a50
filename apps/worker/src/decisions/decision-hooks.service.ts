import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type TransactionStatus } from '@vigil/contracts';
import { SourcePolicyCache } from './source-policy.cache.js';
import { type MarkedTransitions, TransitionsService } from './transitions.service.js';

/** A transaction as an ingest batch is about to commit it. */
export interface BatchVerdict {
  id: string;
  sourceId: string;
  status: TransactionStatus;
  /** The status before the batch (null for a new transaction). */
  previousStatus: TransactionStatus | null;
  /** The status the decision work last acted on (null for a new transaction). */
  notifiedStatus: TransactionStatus | null;
  /** Decided by a person or an expired hold (their decision sent its own webhook). */
  decided: boolean;
}

/**
 * The ingest path's one call into the review queue, inside its database transaction: holds start their
 * clock and `transaction.held` is written, automatic blocks (and automatic approvals, when the source asked)
 * write `transaction.decided`; all committed with the events that caused them (docs/pipeline.md). Cheap for
 * the common case: an approved order nobody needs to hear about costs no query.
 */
@Injectable()
export class DecisionHooks {
  private readonly logger = new Logger(DecisionHooks.name);

  constructor(
    private readonly transitions: TransitionsService,
    private readonly policies: SourcePolicyCache,
  ) {}

  async markInBatch(manager: EntityManager, verdicts: readonly BatchVerdict[]): Promise<MarkedTransitions> {
    const ids: string[] = [];
    for (const verdict of verdicts) if (await this.mayNeedAction(verdict)) ids.push(verdict.id);
    return this.transitions.mark(manager, ids);
  }

  /** After the commit: queue the webhooks and hold expiries (a miss is caught up by the decisions sweep). */
  async afterCommit(marked: MarkedTransitions): Promise<void> {
    try {
      await this.transitions.afterCommit(marked);
    } catch (error) {
      this.logger.warn(`after-commit decision work deferred to the sweep: ${String(error)}`);
    }
  }

  /** A first filter in memory; the database (`notified_status`) decides exactly once. */
  private async mayNeedAction(v: BatchVerdict): Promise<boolean> {
    if (v.notifiedStatus === v.status) return false;
    if (v.status === 'review') return true;
    if (v.decided) return false;
    if (v.status === 'blocked') return true;
    if (v.notifiedStatus === 'review') return true;
    return v.previousStatus !== 'approved' && (await this.policies.notifiesAutoApprovals(v.sourceId));
  }
}
