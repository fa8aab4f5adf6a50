import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { type DecisionAction, type TransactionStatus } from '@vigil/contracts';
import { TransactionEntity } from './transaction.entity.js';

/** One decision on a held transaction: a person's, or the source's hold policy when the hold ran out. */
@Entity({ name: 'decisions' })
@Index('ix_decisions_transaction', ['transactionId', 'createdAt'])
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId!: string;

  @ManyToOne(() => TransactionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transaction_id' })
  transaction?: TransactionEntity;

  @Column({ type: 'varchar', length: 16 })
  action!: DecisionAction;

  @Column({ name: 'from_status', type: 'varchar', length: 16 })
  fromStatus!: TransactionStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  /** Why an automatic decision was taken; null for a person's. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;

  /** No foreign key: the history outlives changes to users. Null for automatic decisions. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_by_email', type: 'varchar', length: 320, nullable: true })
  decidedByEmail!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
