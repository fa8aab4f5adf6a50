import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { type FieldCutJson, STORED_LENGTH } from '@vigil/contracts';
import { SourceEntity } from './source.entity.js';
import { TransactionEntity } from './transaction.entity.js';

/**
 * One accepted webhook. The unique (source, provider event id) pair is what makes a redelivered or
 * concurrent duplicate have no effect, whatever happened in Redis.
 */
@Entity({ name: 'webhook_events' })
@Unique('uq_webhook_events_source_event', ['sourceId', 'eventId'])
export class WebhookEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId!: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;

  @Column({ name: 'event_id', type: 'varchar', length: STORED_LENGTH.eventId })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: STORED_LENGTH.eventType })
  eventType!: string;

  @Index()
  @Column({ name: 'transaction_id', type: 'uuid', nullable: true })
  transactionId!: string | null;

  @ManyToOne(() => TransactionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'transaction_id' })
  transaction?: TransactionEntity | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** Labels this event put on its transaction (disputes, refunds, fraud warnings); kept after the purge. */
  @Column({ type: 'text', array: true, nullable: true })
  labels!: string[] | null;

  /** The provider's reason for a dispute or refund (`fraudulent`, `product_not_received`, …). */
  @Column({ name: 'label_reason', type: 'varchar', length: 100, nullable: true })
  labelReason!: string | null;

  /** The provider's payload with card numbers masked; purged after the retention period. */
  @Column({ type: 'jsonb', nullable: true })
  payload!: unknown;

  /** Values of this event that were longer than their columns and were cut to fit; null when none was. */
  @Column({ type: 'jsonb', nullable: true })
  cuts!: FieldCutJson[] | null;
}
