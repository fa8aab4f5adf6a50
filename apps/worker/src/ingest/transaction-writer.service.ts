import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type FieldCutJson, type TransactionStatus } from '@vigil/contracts';
import { TransactionEntity } from '@vigil/persistence';
import { identityKeys } from './batch-plan.js';
import { combine, eventState, MERGED_FIELDS, type MergeState } from './merge-transaction.js';
import { transactionIdFor } from './transaction-id.js';
import { type TransactionRow } from './transaction-row.js';

export interface AcceptedEvent {
  sourceId: string;
  eventId: string;
  eventType: string;
  occurredAt: Date;
  receivedAt: Date;
  /** Masked payload for the timeline. */
  payload: unknown;
  /** Values cut to fit their columns (null when none was). */
  cuts: FieldCutJson[] | null;
}

/** Work on the merged transaction inside the write's database transaction; returns the row as stored. */
export type AfterMerge = (
  manager: EntityManager,
  transaction: TransactionEntity,
) => Promise<TransactionEntity>;

export type WriteResult =
  | { outcome: 'duplicate' }
  | { outcome: 'stored-without-transaction' }
  | {
      outcome: 'created' | 'updated';
      transaction: TransactionEntity;
      /** The status before this event (null for a new transaction). */
      previousStatus: TransactionStatus | null;
    };

/** A transaction of the same order or payment, locked for this merge. */
interface StoredTransaction extends MergeState {
  id: string;
  merge_key: string;
  status: TransactionStatus;
  score: number;
  signals: string;
  claimed_by: string | null;
  decided_by: string | null;
}

const JSONB_FIELDS: ReadonlySet<string> = new Set(['billing', 'shipping', 'card', 'checks']);
const SEVERITY: Record<TransactionStatus, number> = { approved: 0, review: 1, blocked: 2 };
const MAX_INSERT_ATTEMPTS = 3;

/** `$first::cast, …` for the merged columns, in MERGED_FIELDS order. */
const fieldPlaceholders = (first: number): string[] =>
  MERGED_FIELDS.map((field, i) => `$${first + i}${JSONB_FIELDS.has(field) ? '::jsonb' : ''}`);

/**
 * The event row is the dedupe guard (unique per source + provider id). Advisory locks on the event's order
 * and payment ids serialize every event that could touch the same transaction, even one not created yet.
 */
const INSERT_EVENT_AND_LOCK = `
WITH ev AS (
  INSERT INTO webhook_events (source_id, event_id, event_type, occurred_at, received_at, payload, cuts, labels,
    label_reason)
  VALUES ($1, $2, $3, $4, $5, $6::jsonb, $8::jsonb, $9::text[], $10)
  ON CONFLICT (source_id, event_id) DO NOTHING RETURNING id
), locked AS (
  SELECT pg_advisory_xact_lock(h)
  FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($7::text[]) AS k ORDER BY h) AS keys
)
SELECT (SELECT id FROM ev) AS id, (SELECT count(*) FROM locked) AS locks`;

const SELECT_RELATED = `
SELECT id, merge_key, status, score, signals::text AS signals, claimed_by, decided_by,
  order_id, payment_id, amount::text AS amount, currency, customer_id, customer_email, customer_name,
  billing::text AS billing, shipping::text AS shipping, ip, device_id, card::text AS card,
  checks::text AS checks, labels, occurred_at, last_event_at, field_times
FROM transactions
WHERE source_id = $1 AND (order_id = $2 OR payment_id = $3 OR merge_key = ANY($4::text[]))
ORDER BY created_at, id
FOR UPDATE`;

const INSERT_TRANSACTION = `
WITH t AS (
  INSERT INTO transactions (id, source_id, merge_key, status, labels, occurred_at, last_event_at, field_times,
    ${MERGED_FIELDS.join(', ')})
  VALUES ($${9 + MERGED_FIELDS.length}, $1, $2, $3, $4::text[], $5, $6, $7::jsonb, ${fieldPlaceholders(9).join(', ')})
  ON CONFLICT (source_id, merge_key) DO NOTHING RETURNING id
), linked AS (
  UPDATE webhook_events SET transaction_id = (SELECT id FROM t) WHERE id = $8 AND EXISTS (SELECT 1 FROM t)
)
SELECT id FROM t`;

const UPDATE_TRANSACTION = `
WITH t AS (
  UPDATE transactions SET labels = $2::text[], occurred_at = $3, last_event_at = $4, field_times = $5::jsonb,
    ${MERGED_FIELDS.map((field, i) => `${field} = ${fieldPlaceholders(7)[i]}`).join(', ')},
    version = version + 1, updated_at = now()
  WHERE id = $1 RETURNING id
)
UPDATE webhook_events SET transaction_id = $1 WHERE id = $6 AND EXISTS (SELECT 1 FROM t)`;

/** A linking event showed two transactions are one: the survivor takes the others' events, then they go. */
const ABSORB = `
WITH moved AS (UPDATE webhook_events SET transaction_id = $1 WHERE transaction_id = ANY($2::uuid[]))
DELETE FROM transactions WHERE id = ANY($2::uuid[])`;

const UPDATE_VERDICT = `
UPDATE transactions SET status = $2, score = $3, signals = $4::jsonb, claimed_by = $5, decided_by = $6
WHERE id = $1`;

/**
 * Commits one accepted event: the webhook_events row (a duplicate stops there with no effect) and its merge
 * into the transaction of the same order or payment, in one database transaction. Field values converge by
 * event time (merge-transaction.ts), so duplicates and any arrival order end in the same state.
 */
@Injectable()
export class TransactionWriter {
  constructor(private readonly dataSource: DataSource) {}

  /** `afterMerge` runs in the same database transaction on the merged row (the worker scores there). */
  write(event: AcceptedEvent, row: TransactionRow | null, afterMerge?: AfterMerge): Promise<WriteResult> {
    return this.dataSource.transaction(async (manager) => {
      const eventRowId = await this.insertEventAndLock(manager, event, row);
      if (!eventRowId) return { outcome: 'duplicate' };
      if (!row) return { outcome: 'stored-without-transaction' };
      const incoming = eventState(row);
      for (let attempt = 1; ; attempt += 1) {
        const related = await this.selectRelated(manager, event.sourceId, row);
        if (related.length > 0) {
          const { id, previousStatus } = await this.mergeInto(
            manager,
            related,
            row.merge_key,
            incoming,
            eventRowId,
          );
          const transaction = await this.load(manager, id, afterMerge);
          return { outcome: 'updated', transaction, previousStatus };
        }
        const id = await this.insert(manager, event.sourceId, row, incoming, eventRowId);
        if (id) {
          const transaction = await this.load(manager, id, afterMerge);
          return { outcome: 'created', transaction, previousStatus: null };
        }
        // Only a transaction whose ids changed after it was keyed can collide here; look again.
        if (attempt >= MAX_INSERT_ATTEMPTS) throw new Error(`merge key ${row.merge_key} keeps colliding`);
      }
    });
  }

  private async load(
    manager: EntityManager,
    id: string,
    afterMerge?: AfterMerge,
  ): Promise<TransactionEntity> {
    const transaction = await manager.findOneByOrFail(TransactionEntity, { id });
    return afterMerge ? afterMerge(manager, transaction) : transaction;
  }

  private async insertEventAndLock(
    manager: EntityManager,
    event: AcceptedEvent,
    row: TransactionRow | null,
  ): Promise<string | null> {
    const lockKeys = row ? identityKeys(row).map((key) => `${event.sourceId}|${key}`) : [];
    const rows = (await manager.query(INSERT_EVENT_AND_LOCK, [
      event.sourceId,
      event.eventId,
      event.eventType.slice(0, 100),
      event.occurredAt,
      event.receivedAt,
      JSON.stringify(event.payload),
      lockKeys,
      event.cuts === null ? null : JSON.stringify(event.cuts),
      row && row.labels.length > 0 ? row.labels : null,
      row?.label_reason ?? null,
    ])) as Array<{ id: string | null }>;
    return rows[0]?.id ?? null;
  }

  private async selectRelated(
    manager: EntityManager,
    sourceId: string,
    row: TransactionRow,
  ): Promise<StoredTransaction[]> {
    const rows = (await manager.query(SELECT_RELATED, [
      sourceId,
      row.order_id,
      row.payment_id,
      identityKeys(row),
    ])) as Array<Omit<StoredTransaction, 'amount'> & { amount: string | null }>;
    return rows.map((stored) => ({
      ...stored,
      amount: stored.amount === null ? null : Number(stored.amount),
      field_times: stored.field_times ?? {},
    }));
  }

  private async insert(
    manager: EntityManager,
    sourceId: string,
    row: TransactionRow,
    state: MergeState,
    eventRowId: string,
  ): Promise<string | null> {
    const rows = (await manager.query(INSERT_TRANSACTION, [
      sourceId,
      row.merge_key,
      row.status,
      state.labels,
      state.occurred_at,
      state.last_event_at,
      JSON.stringify(state.field_times),
      eventRowId,
      ...MERGED_FIELDS.map((field) => state[field]),
      transactionIdFor(sourceId, row.merge_key),
    ])) as Array<{ id: string }>;
    return rows[0]?.id ?? null;
  }

  /**
   * Merges the event into the transaction keyed like it (else the oldest). More than one related row means
   * this event links an order and a payment that arrived separately: they become one transaction.
   */
  private async mergeInto(
    manager: EntityManager,
    related: StoredTransaction[],
    mergeKey: string,
    incoming: MergeState,
    eventRowId: string,
  ): Promise<{ id: string; previousStatus: TransactionStatus }> {
    const survivor = related.find((t) => t.merge_key === mergeKey) ?? (related[0] as StoredTransaction);
    const others = related.filter((t) => t !== survivor);
    const state = [...others, incoming].reduce<MergeState>(combine, survivor);
    if (others.length > 0) {
      await manager.query(ABSORB, [survivor.id, others.map((t) => t.id)]);
      // The strictest verdict so far stands until the transaction is scored again.
      const strictest = [survivor, ...others].reduce((a, b) =>
        SEVERITY[b.status] > SEVERITY[a.status] || (b.status === a.status && b.score > a.score) ? b : a,
      );
      await manager.query(UPDATE_VERDICT, [
        survivor.id,
        strictest.status,
        strictest.score,
        strictest.signals,
        survivor.claimed_by ?? others.find((t) => t.claimed_by)?.claimed_by ?? null,
        survivor.decided_by ?? others.find((t) => t.decided_by)?.decided_by ?? null,
      ]);
    }
    await manager.query(UPDATE_TRANSACTION, [
      survivor.id,
      state.labels,
      state.occurred_at,
      state.last_event_at,
      JSON.stringify(state.field_times),
      eventRowId,
      ...MERGED_FIELDS.map((field) => state[field]),
    ]);
    return { id: survivor.id, previousStatus: survivor.status };
  }
}
