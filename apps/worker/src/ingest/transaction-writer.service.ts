import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TransactionEntity } from '@vigil/persistence';
import { type TransactionRow } from './transaction-row.js';

export interface AcceptedEvent {
  sourceId: string;
  eventId: string;
  eventType: string;
  occurredAt: Date;
  receivedAt: Date;
  /** Masked payload for the timeline. */
  payload: unknown;
}

export type WriteResult =
  | { outcome: 'duplicate' }
  | { outcome: 'stored-without-transaction' }
  | { outcome: 'created' | 'updated'; transaction: TransactionEntity };

/** Values from the newest-arriving event win where it says something; labels accumulate. */
const UPSERT_TRANSACTION = `
INSERT INTO transactions (source_id, merge_key, order_id, payment_id, status, amount, currency, labels,
  customer_id, customer_email, customer_name, billing, shipping, ip, device_id, card, checks, occurred_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12::jsonb, $13::jsonb, $14, $15, $16::jsonb, $17::jsonb, $18)
ON CONFLICT (source_id, merge_key) DO UPDATE SET
  order_id = COALESCE(EXCLUDED.order_id, transactions.order_id),
  payment_id = COALESCE(EXCLUDED.payment_id, transactions.payment_id),
  amount = COALESCE(EXCLUDED.amount, transactions.amount),
  currency = COALESCE(EXCLUDED.currency, transactions.currency),
  labels = ARRAY(SELECT DISTINCT l FROM unnest(transactions.labels || EXCLUDED.labels) AS l ORDER BY l),
  customer_id = COALESCE(EXCLUDED.customer_id, transactions.customer_id),
  customer_email = COALESCE(EXCLUDED.customer_email, transactions.customer_email),
  customer_name = COALESCE(EXCLUDED.customer_name, transactions.customer_name),
  billing = COALESCE(EXCLUDED.billing, transactions.billing),
  shipping = COALESCE(EXCLUDED.shipping, transactions.shipping),
  ip = COALESCE(EXCLUDED.ip, transactions.ip),
  device_id = COALESCE(EXCLUDED.device_id, transactions.device_id),
  card = COALESCE(EXCLUDED.card, transactions.card),
  checks = COALESCE(EXCLUDED.checks, transactions.checks),
  occurred_at = LEAST(EXCLUDED.occurred_at, transactions.occurred_at),
  version = transactions.version + 1,
  updated_at = now()
RETURNING id, (xmax = 0) AS inserted`;

/**
 * Commits one accepted event: the webhook_events row (unique per source + provider id, so a duplicate stops
 * here with no effect) and the merged transaction, in one database transaction.
 */
@Injectable()
export class TransactionWriter {
  constructor(private readonly dataSource: DataSource) {}

  write(event: AcceptedEvent, row: TransactionRow | null): Promise<WriteResult> {
    return this.dataSource.transaction(async (manager) => {
      const eventRowId = await this.insertEvent(manager, event);
      if (!eventRowId) return { outcome: 'duplicate' };
      if (!row) return { outcome: 'stored-without-transaction' };
      const [upserted] = (await manager.query(UPSERT_TRANSACTION, [
        event.sourceId,
        row.merge_key,
        row.order_id,
        row.payment_id,
        row.status,
        row.amount,
        row.currency,
        row.labels,
        row.customer_id,
        row.customer_email,
        row.customer_name,
        row.billing,
        row.shipping,
        row.ip,
        row.device_id,
        row.card,
        row.checks,
        row.occurred_at,
      ])) as Array<{ id: string; inserted: boolean }>;
      if (!upserted) throw new Error('transaction upsert returned no row');
      await manager.query('UPDATE webhook_events SET transaction_id = $1 WHERE id = $2', [
        upserted.id,
        eventRowId,
      ]);
      const transaction = await manager.findOneByOrFail(TransactionEntity, { id: upserted.id });
      return { outcome: upserted.inserted ? 'created' : 'updated', transaction };
    });
  }

  private async insertEvent(manager: EntityManager, event: AcceptedEvent): Promise<string | null> {
    const rows = (await manager.query(
      `INSERT INTO webhook_events (source_id, event_id, event_type, occurred_at, received_at, payload)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       ON CONFLICT (source_id, event_id) DO NOTHING RETURNING id`,
      [
        event.sourceId,
        event.eventId,
        event.eventType.slice(0, 100),
        event.occurredAt,
        event.receivedAt,
        JSON.stringify(event.payload),
      ],
    )) as Array<{ id: string }>;
    return rows[0]?.id ?? null;
  }
}
