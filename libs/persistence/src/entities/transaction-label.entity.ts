import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { type ReviewerVerdict } from '@vigil/contracts';
import { TransactionEntity } from './transaction.entity.js';

/**
 * A reviewer's verdict on a transaction, append-only: the newest row is the current verdict (`verdict` null
 * when the owner cleared it). Provider labels live on their webhook_events rows (docs/detection.md "Labels").
 */
@Entity({ name: 'transaction_labels' })
@Index('ix_transaction_labels_transaction', ['transactionId', 'createdAt'])
export class TransactionLabelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId!: string;

  @ManyToOne(() => TransactionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transaction_id' })
  transaction?: TransactionEntity;

  @Column({ type: 'varchar', length: 16, nullable: true })
  verdict!: ReviewerVerdict | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  /** No foreign key: the history outlives changes to users. */
  @Column({ name: 'set_by', type: 'uuid' })
  setBy!: string;

  @Column({ name: 'set_by_email', type: 'varchar', length: 320, nullable: true })
  setByEmail!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
