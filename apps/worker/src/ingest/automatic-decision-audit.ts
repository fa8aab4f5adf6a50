import { type EntityManager } from 'typeorm';
import { DecisionAuditAction, type TransactionStatus } from '@vigil/contracts';
import { type PlannedTransaction } from './batch-plan.js';

/** One automatic verdict that set or changed a transaction's status. */
export interface AutomaticDecision {
  transactionId: string;
  status: TransactionStatus;
  /** Null when the verdict created the transaction. */
  fromStatus: TransactionStatus | null;
  score: number;
  reason: string | null;
}

/** Many entries in one statement, so a batch of 500 costs one round trip. */
const INSERT_AUDIT = `
INSERT INTO audit_events (action, target_type, target_id, result, details)
SELECT $1, 'transaction', r.transaction_id, 'success', r.details
FROM json_to_recordset($2::json) AS r(transaction_id text, details jsonb)`;

/**
 * docs/security.md#audit-trail: every decision is audited, automatic ones included. The worker writes these
 * entries in the database transaction that commits the verdict (docs/security.md#audit-trail), with no actor
 * (the risk engine decided).
 */
export async function auditAutomaticDecisions(
  manager: EntityManager,
  decisions: readonly AutomaticDecision[],
): Promise<void> {
  if (decisions.length === 0) return;
  const rows = decisions.map((d) => ({
    transaction_id: d.transactionId,
    details: {
      status: d.status,
      fromStatus: d.fromStatus,
      score: d.score,
      reason: d.reason,
      automatic: true,
    },
  }));
  await manager.query(INSERT_AUDIT, [DecisionAuditAction.Automatic, JSON.stringify(rows)]);
}

/**
 * The automatic decision a planned transaction carries, if any: scored in this batch, not decided (by a person
 * or an expired hold), and either new or with a status other than before.
 */
export function automaticDecisionOf(t: PlannedTransaction): AutomaticDecision[] {
  const { verdict } = t;
  if (!verdict.scored || verdict.decided) return [];
  if (!t.isNew && verdict.status === t.previousStatus) return [];
  return [
    {
      transactionId: t.id,
      status: verdict.status,
      fromStatus: t.isNew ? null : t.previousStatus,
      score: verdict.score,
      reason: verdict.risk_reason,
    },
  ];
}
