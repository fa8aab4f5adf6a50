import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  DecisionWebhookType,
  decisionWebhookBody,
  LiveEvent,
  type TransactionStatus,
} from '@vigil/contracts';
import { DeliveryEntity, toTransactionJson, TransactionEntity } from '@vigil/persistence';
import { DeliveriesProducer, LiveBatcher } from '@vigil/pipeline';
import { HoldScheduler } from './hold-scheduler.service.js';

/**
 * Marks each transaction's current status as acted on, once (`notified_status`), and says which changes the
 * store hears about: every hold, automatic blocks, the automatic end of a hold, and automatic approvals when
 * the source opted in. Newly held transactions get their hold clock from the source's `hold_minutes`.
 * Decisions by people or by an expired hold set `notified_status` themselves (and `decided_at`).
 */
const MARK_TRANSITIONS = `
WITH old AS (SELECT id, notified_status FROM transactions WHERE id = ANY($1::uuid[]))
UPDATE transactions t SET
  notified_status = t.status,
  held_at = CASE WHEN t.status = 'review' THEN now() ELSE t.held_at END,
  hold_deadline = CASE WHEN t.status = 'review'
    THEN now() + make_interval(secs => s.hold_minutes * 60) ELSE t.hold_deadline END,
  escalated = CASE WHEN t.status = 'review' THEN false ELSE t.escalated END,
  updated_at = CASE WHEN t.status = 'review' THEN now() ELSE t.updated_at END
FROM old, sources s
WHERE t.id = old.id AND s.id = t.source_id AND t.notified_status IS DISTINCT FROM t.status
RETURNING t.id, t.source_id, t.status, t.order_id, t.payment_id, t.risk_reason, t.held_at, t.hold_deadline,
  t.escalated, t.updated_at, s.decision_url,
  (t.status = 'review' OR (t.decided_at IS NULL
    AND (t.status = 'blocked' OR old.notified_status = 'review' OR s.notify_auto_approvals))) AS notify`;

export interface TransitionRow {
  id: string;
  source_id: string;
  status: TransactionStatus;
  order_id: string | null;
  payment_id: string | null;
  risk_reason: string | null;
  held_at: Date | null;
  hold_deadline: Date | null;
  escalated: boolean;
  updated_at: Date;
  decision_url: string | null;
  notify: boolean;
}

const DECISION_BY_STATUS = { review: 'review', approved: 'approved', blocked: 'blocked' } as const;

/** What marking left to do once its database transaction has committed. */
export interface MarkedTransitions {
  /** Transactions whose status was acted on, with the hold clock the mark set. */
  rows: TransitionRow[];
  deliveryIds: string[];
}

/** Held columns the mark sets, for callers that publish the transaction afterwards. */
export interface HoldState {
  heldAt: Date | null;
  holdDeadline: Date | null;
  escalated: boolean;
  notifiedStatus: TransactionStatus;
  updatedAt: Date;
}

@Injectable()
export class TransitionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveriesProducer,
    private readonly holds: HoldScheduler,
    private readonly live: LiveBatcher,
  ) {}

  /**
   * Marks the status changes of these transactions inside the caller's database transaction (the ingest
   * batch commits them with the events that caused them) and writes the decision webhooks they call for.
   */
  async mark(manager: EntityManager, ids: string[]): Promise<MarkedTransitions> {
    if (ids.length === 0) return { rows: [], deliveryIds: [] };
    const [changed] = (await manager.query(MARK_TRANSITIONS, [ids])) as [TransitionRow[], number];
    const deliveries = changed
      .filter((row) => row.notify && row.decision_url)
      .map((row) => {
        const type = row.status === 'review' ? DecisionWebhookType.Held : DecisionWebhookType.Decided;
        const decision = DECISION_BY_STATUS[row.status];
        return {
          transactionId: row.id,
          sourceId: row.source_id,
          type,
          decision,
          body: decisionWebhookBody(type, new Date(), {
            transactionId: row.id,
            orderId: row.order_id,
            paymentId: row.payment_id,
            decision,
            reason: row.risk_reason,
            decidedBy: null,
          }),
        };
      });
    const inserted = deliveries.length > 0 ? await manager.insert(DeliveryEntity, deliveries) : null;
    return { rows: changed, deliveryIds: (inserted?.identifiers ?? []).map((row) => String(row['id'])) };
  }

  /** The queue work of committed marks: decision webhooks go out, hold clocks start. Never throws. */
  async afterCommit(marked: MarkedTransitions): Promise<void> {
    const held = marked.rows.filter((row) => row.status === 'review' && row.hold_deadline);
    await Promise.all([
      this.deliveries.enqueue(marked.deliveryIds),
      this.holds.schedule(held.map((row) => ({ id: row.id, deadline: row.hold_deadline as Date }))),
    ]);
  }

  /** The sweep's path: marks transitions a crash left behind in a transaction of its own, then publishes. */
  async apply(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const marked = await this.dataSource.transaction((manager) => this.mark(manager, ids));
    await this.afterCommit(marked);
    if (marked.rows.length > 0) {
      const fresh = await this.dataSource
        .getRepository(TransactionEntity)
        .findBy({ id: In(marked.rows.map((row) => row.id)) });
      for (const t of fresh) this.live.push(LiveEvent.TransactionUpdated, toTransactionJson(t));
    }
  }
}

/** The hold columns a mark set on one transaction. */
export function holdStateOf(row: TransitionRow): HoldState {
  return {
    heldAt: row.held_at,
    holdDeadline: row.hold_deadline,
    escalated: row.escalated,
    notifiedStatus: row.status,
    updatedAt: row.updated_at,
  };
}
