import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  DecisionAuditAction,
  DecisionWebhookType,
  decisionWebhookBody,
  HOLD_EXPIRED_REASON,
  type HoldExpiryPolicy,
  LiveEvent,
} from '@vigil/contracts';
import {
  AuditEventEntity,
  DecisionEntity,
  DeliveryEntity,
  toTransactionJson,
  TransactionEntity,
} from '@vigil/persistence';
import { DeliveriesProducer, LiveBatcher } from '@vigil/pipeline';

/**
 * Applies the source's policy to held transactions past their deadline, in one statement: approve or block
 * (a decision by nobody, reason "hold expired"), or escalate (stays held, flagged). SKIP LOCKED: a person
 * deciding the same transaction right now wins. Escalation keeps `version`, so a reviewer's open decision
 * does not turn stale.
 */
const EXPIRE = `
WITH due AS (
  SELECT t.id, s.on_hold_expiry AS policy, s.decision_url
  FROM transactions t JOIN sources s ON s.id = t.source_id
  WHERE t.id = ANY($1::uuid[]) AND t.status = 'review' AND NOT t.escalated AND t.hold_deadline <= now()
  FOR UPDATE OF t SKIP LOCKED
)
UPDATE transactions t SET
  status = CASE due.policy WHEN 'approve' THEN 'approved' WHEN 'block' THEN 'blocked' ELSE t.status END,
  notified_status = CASE due.policy WHEN 'approve' THEN 'approved' WHEN 'block' THEN 'blocked'
    ELSE t.notified_status END,
  escalated = (due.policy = 'escalate'),
  decided_at = CASE WHEN due.policy = 'escalate' THEN t.decided_at ELSE now() END,
  claimed_by = CASE WHEN due.policy = 'escalate' THEN t.claimed_by END,
  claimed_by_email = CASE WHEN due.policy = 'escalate' THEN t.claimed_by_email END,
  claim_expires_at = CASE WHEN due.policy = 'escalate' THEN t.claim_expires_at END,
  version = CASE WHEN due.policy = 'escalate' THEN t.version ELSE t.version + 1 END,
  updated_at = now()
FROM due WHERE t.id = due.id
RETURNING t.id, t.source_id, t.order_id, t.payment_id, due.policy, due.decision_url`;

/** Held transactions past their deadline (the sweep's query; the partial index covers it). */
const DUE = `
SELECT id FROM transactions
WHERE status = 'review' AND NOT escalated AND hold_deadline <= now()
ORDER BY hold_deadline LIMIT $1`;

interface ExpiredRow {
  id: string;
  source_id: string;
  order_id: string | null;
  payment_id: string | null;
  policy: HoldExpiryPolicy;
  decision_url: string | null;
}

@Injectable()
export class HoldExpiryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveriesProducer,
    private readonly live: LiveBatcher,
  ) {}

  async dueIds(limit: number): Promise<string[]> {
    const rows = (await this.dataSource.query(DUE, [limit])) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  /** Returns how many holds it ended or escalated; ones not due (or decided meanwhile) are left alone. */
  async expire(ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const { rows, deliveryIds } = await this.dataSource.transaction(async (manager) => {
      const [expired] = (await manager.query(EXPIRE, [ids])) as [ExpiredRow[], number];
      const decided = expired.filter((row) => row.policy !== 'escalate');
      if (decided.length > 0) {
        await manager.insert(
          DecisionEntity,
          decided.map((row) => ({
            transactionId: row.id,
            action: row.policy as 'approve' | 'block',
            fromStatus: 'review' as const,
            note: null,
            reason: HOLD_EXPIRED_REASON,
            decidedBy: null,
            decidedByEmail: null,
          })),
        );
      }
      if (expired.length > 0) {
        await manager.insert(
          AuditEventEntity,
          expired.map((row) => ({
            actorUserId: null,
            actorEmail: null,
            action: DecisionAuditAction.Expire,
            targetType: 'transaction',
            targetId: row.id,
            ip: null,
            userAgent: null,
            result: 'success' as const,
            details: { policy: row.policy, reason: HOLD_EXPIRED_REASON },
          })),
        );
      }
      const webhooks = decided
        .filter((row) => row.decision_url)
        .map((row) => {
          const decision = row.policy === 'approve' ? ('approved' as const) : ('blocked' as const);
          return {
            transactionId: row.id,
            sourceId: row.source_id,
            type: DecisionWebhookType.Decided,
            decision,
            body: decisionWebhookBody(DecisionWebhookType.Decided, new Date(), {
              transactionId: row.id,
              orderId: row.order_id,
              paymentId: row.payment_id,
              decision,
              reason: HOLD_EXPIRED_REASON,
              decidedBy: null,
            }),
          };
        });
      const inserted = webhooks.length > 0 ? await manager.insert(DeliveryEntity, webhooks) : null;
      return {
        rows: expired,
        deliveryIds: (inserted?.identifiers ?? []).map((row) => String(row['id'])),
      };
    });
    await this.deliveries.enqueue(deliveryIds);
    if (rows.length > 0) {
      const fresh = await this.dataSource
        .getRepository(TransactionEntity)
        .findBy({ id: In(rows.map((row) => row.id)) });
      for (const t of fresh) this.live.push(LiveEvent.TransactionUpdated, toTransactionJson(t));
    }
    return rows.length;
  }
}
