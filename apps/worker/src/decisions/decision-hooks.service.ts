import { Injectable, Logger } from '@nestjs/common';
import { type TransactionStatus } from '@vigil/contracts';
import { type TransactionEntity } from '@vigil/persistence';
import { SourcePolicyCache } from './source-policy.cache.js';
import { TransitionsService } from './transitions.service.js';

export interface CommittedTransaction {
  transaction: TransactionEntity;
  /** The status before this commit; null for a new transaction (or when unknown). */
  previousStatus: TransactionStatus | null;
}

/**
 * The ingest path's one call into the review queue, after its database commit: holds start their clock and
 * `transaction.held` goes out, automatic blocks (and automatic approvals, when the source asked) send
 * `transaction.decided`. Cheap for the common case: an approved order nobody needs to hear about costs no
 * query. Never throws (the event is committed; a missed transition is picked up by the decisions sweep).
 */
@Injectable()
export class DecisionHooks {
  private readonly logger = new Logger(DecisionHooks.name);

  constructor(
    private readonly transitions: TransitionsService,
    private readonly policies: SourcePolicyCache,
  ) {}

  async afterCommit(committed: readonly CommittedTransaction[]): Promise<void> {
    try {
      const ids: string[] = [];
      for (const { transaction, previousStatus } of committed) {
        if (await this.mayNeedAction(transaction, previousStatus)) ids.push(transaction.id);
      }
      await this.transitions.apply([...new Set(ids)]);
    } catch (error) {
      this.logger.warn(`after-commit decision work deferred to the sweep: ${String(error)}`);
    }
  }

  /** A first filter in memory; the database (notified_status) decides exactly once. */
  private async mayNeedAction(t: TransactionEntity, previous: TransactionStatus | null): Promise<boolean> {
    // `notifiedStatus` is undefined when the caller's entity did not load it: let the database decide.
    const notified = t.notifiedStatus;
    if (notified !== undefined && notified === t.status) return false;
    if (t.status === 'review') return true;
    if (t.decidedAt) return false;
    if (t.status === 'blocked') return true;
    if (notified === 'review' || (notified === undefined && previous === 'review')) return true;
    return previous !== 'approved' && (await this.policies.notifiesAutoApprovals(t.sourceId));
  }
}
