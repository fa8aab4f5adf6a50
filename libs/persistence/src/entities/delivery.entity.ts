import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  type DecisionWebhookJson,
  type DecisionWebhookTypeName,
  type DeliveryStatus,
} from '@vigil/contracts';
import { SourceEntity } from './source.entity.js';
import { TransactionEntity } from './transaction.entity.js';

/** One outbound decision webhook message; its id is the `webhook-id` of every attempt. */
@Entity({ name: 'deliveries' })
@Index('ix_deliveries_transaction', ['transactionId', 'createdAt'])
// The sweep re-enqueues deliveries whose job was lost before it ever ran.
@Index('ix_deliveries_pending', ['createdAt'], { where: `"status" = 'pending'` })
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId!: string;

  @ManyToOne(() => TransactionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transaction_id' })
  transaction?: TransactionEntity;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId!: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;

  @Column({ type: 'varchar', length: 32 })
  type!: DecisionWebhookTypeName;

  @Column({ type: 'varchar', length: 16 })
  decision!: DecisionWebhookJson['data']['decision'];

  /** The exact JSON body sent (text, not jsonb, so every attempt sends the same bytes). */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: DeliveryStatus;

  @Column({ name: 'attempt_count', type: 'integer', default: 0 })
  attemptCount!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
