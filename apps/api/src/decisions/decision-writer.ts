import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type DecisionAction,
  DecisionWebhookType,
  decisionWebhookBody,
  STATUS_BY_DECISION,
} from '@vigil/contracts';
import { DecisionEntity, DeliveryEntity, TransactionEntity, type UserEntity } from '@vigil/persistence';

export type DecisionOutcome =
  | { ok: true; transaction: TransactionEntity; deliveryIds: string[] }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'stale' | 'not-held'; current: TransactionEntity };

/**
 * The decision itself is ONE conditional UPDATE: of two reviewers deciding the same version at once, the
 * second finds the row changed when the first commits and matches nothing (PostgreSQL re-checks the WHERE
 * on the row it waited for), so exactly one wins. The decision record and its outbound webhook row commit
 * with it.
 */
const DECIDE = `
UPDATE transactions SET status = $3, notified_status = $3, decided_by = $4, decided_at = now(),
  claimed_by = NULL, claimed_by_email = NULL, claim_expires_at = NULL,
  version = version + 1, updated_at = now()
WHERE id = $1 AND version = $2 AND status = 'review'
RETURNING id`;

const DECISION_URL = `
SELECT s.decision_url FROM sources s JOIN transactions t ON t.source_id = s.id WHERE t.id = $1`;

export interface Decider {
  user: Pick<UserEntity, 'id' | 'email'>;
  action: DecisionAction;
  note: string | null;
}

@Injectable()
export class DecisionWriter {
  constructor(private readonly dataSource: DataSource) {}

  decide(id: string, version: number, decider: Decider): Promise<DecisionOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const updated = (await manager.query(DECIDE, [
        id,
        version,
        STATUS_BY_DECISION[decider.action],
        decider.user.id,
      ])) as [Array<{ id: string }>, number];
      if (updated[0].length === 0) {
        const current = await manager.findOneBy(TransactionEntity, { id });
        if (!current) return { ok: false, reason: 'not-found' };
        return { ok: false, reason: current.status === 'review' ? 'stale' : 'not-held', current };
      }
      await manager.insert(DecisionEntity, {
        transactionId: id,
        action: decider.action,
        fromStatus: 'review',
        note: decider.note,
        reason: null,
        decidedBy: decider.user.id,
        decidedByEmail: decider.user.email,
      });
      const transaction = await manager.findOneByOrFail(TransactionEntity, { id });
      const deliveryIds = await this.recordDelivery(manager, transaction, decider);
      return { ok: true, transaction, deliveryIds };
    });
  }

  /** The `transaction.decided` webhook row, when the source wants decisions (sent after commit). */
  private async recordDelivery(
    manager: EntityManager,
    transaction: TransactionEntity,
    decider: Decider,
  ): Promise<string[]> {
    const [source] = (await manager.query(DECISION_URL, [transaction.id])) as Array<{
      decision_url: string | null;
    }>;
    if (!source?.decision_url) return [];
    const decision = decider.action === 'approve' ? 'approved' : 'blocked';
    const inserted = await manager.insert(DeliveryEntity, {
      transactionId: transaction.id,
      sourceId: transaction.sourceId,
      type: DecisionWebhookType.Decided,
      decision,
      body: decisionWebhookBody(DecisionWebhookType.Decided, new Date(), {
        transactionId: transaction.id,
        orderId: transaction.orderId,
        paymentId: transaction.paymentId,
        decision,
        // The reviewer's note stays inside Vigil: it may say things not meant for the store's systems.
        reason: `${decision} by a reviewer`,
        decidedBy: decider.user.email,
      }),
    });
    return inserted.identifiers.map((row) => String(row['id']));
  }
}
