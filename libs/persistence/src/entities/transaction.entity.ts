import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  STORED_LENGTH,
  type AddressJson,
  type CardJson,
  type ChecksJson,
  type SignalJson,
  type TransactionLabel,
  type TransactionStatus,
} from '@vigil/contracts';
import { SourceEntity } from './source.entity.js';

/**
 * One order/payment as the store sees it, merged from all its events
 * (docs/api.md#transactions-and-decisions).
 */
@Entity({ name: 'transactions' })
@Unique('uq_transactions_source_merge_key', ['sourceId', 'mergeKey'])
@Index('ix_transactions_created', ['createdAt', 'id'])
// The worker finds a transaction's earlier events by order id or payment id (either may come first).
@Index('ix_transactions_source_order', ['sourceId', 'orderId'])
@Index('ix_transactions_source_payment', ['sourceId', 'paymentId'])
// The review queue and the hold-expiry job only ever look at held transactions.
@Index('ix_transactions_review_deadline', ['holdDeadline'], { where: `"status" = 'review'` })
// Transitions nobody acted on yet (a worker died between commit and its after-commit work): the sweep's input.
@Index('ix_transactions_unnotified', ['updatedAt'], {
  where: `"notified_status" IS DISTINCT FROM "status" AND ("status" <> 'approved' OR "notified_status" IS NOT NULL)`,
})
export class TransactionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId!: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;

  /** `order:<orderId>` or `payment:<paymentId>`: how events of one order find each other. */
  @Column({ name: 'merge_key', type: 'varchar', length: 300 })
  mergeKey!: string;

  @Column({ name: 'order_id', type: 'varchar', length: STORED_LENGTH.orderId, nullable: true })
  orderId!: string | null;

  @Column({ name: 'payment_id', type: 'varchar', length: STORED_LENGTH.paymentId, nullable: true })
  paymentId!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  status!: TransactionStatus;

  @VersionColumn({ default: 1 })
  version!: number;

  /** Minor units; bigint comes back from pg as a string, so it is converted explicitly. */
  @Column({
    type: 'bigint',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  amount!: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency!: string | null;

  @Column({ type: 'smallint', default: 0 })
  score!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  signals!: SignalJson[];

  /** The risk-engine attributes (non-missing ones) the current score was computed from: backtests re-run on it. */
  @Column({ name: 'risk_snapshot', type: 'jsonb', nullable: true })
  riskSnapshot!: Record<string, string | number | boolean> | null;

  /** One sentence saying what decided the automatic verdict (the risk engine's `reason`). */
  @Column({ name: 'risk_reason', type: 'text', nullable: true })
  riskReason!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  labels!: TransactionLabel[];

  @Column({ name: 'customer_id', type: 'varchar', length: STORED_LENGTH.customerId, nullable: true })
  customerId!: string | null;

  @Index()
  @Column({ name: 'customer_email', type: 'varchar', length: STORED_LENGTH.customerEmail, nullable: true })
  customerEmail!: string | null;

  @Column({ name: 'customer_name', type: 'varchar', length: STORED_LENGTH.customerName, nullable: true })
  customerName!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  billing!: AddressJson | null;

  @Column({ type: 'jsonb', nullable: true })
  shipping!: AddressJson | null;

  @Column({ type: 'varchar', length: STORED_LENGTH.ip, nullable: true })
  ip!: string | null;

  @Column({ name: 'ip_country', type: 'char', length: 2, nullable: true })
  ipCountry!: string | null;

  @Column({ name: 'device_id', type: 'varchar', length: STORED_LENGTH.deviceId, nullable: true })
  deviceId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  card!: CardJson | null;

  @Column({ type: 'jsonb', nullable: true })
  checks!: ChecksJson | null;

  @Column({ name: 'claimed_by', type: 'uuid', nullable: true })
  claimedBy!: string | null;

  /** Kept with the claim so list items and live events show who holds it without a join. */
  @Column({ name: 'claimed_by_email', type: 'varchar', length: 320, nullable: true })
  claimedByEmail!: string | null;

  /** A claim is a soft lock: past this instant it no longer counts. */
  @Column({ name: 'claim_expires_at', type: 'timestamptz', nullable: true })
  claimExpiresAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  /** Set by a person's decision and by an expired hold; null for automatic verdicts. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** When it was last held for review (millisecond precision: the review queue's cursor carries it). */
  @Column({ name: 'held_at', type: 'timestamptz', precision: 3, nullable: true })
  heldAt!: Date | null;

  /** While held: when the source's hold policy applies. */
  @Column({ name: 'hold_deadline', type: 'timestamptz', nullable: true })
  holdDeadline!: Date | null;

  /** The hold ran out under an `escalate` policy. */
  @Column({ type: 'boolean', default: false })
  escalated!: boolean;

  /**
   * The status the outside world (decision webhooks, hold bookkeeping) last acted on; comparing it with
   * `status` finds transitions exactly once, whichever process sees them.
   */
  @Column({ name: 'notified_status', type: 'varchar', length: 16, nullable: true })
  notifiedStatus!: TransactionStatus | null;

  /** The first event's own time (provider clock, clamped to receipt). */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** The newest event's own time merged so far (same clock as `occurredAt`). */
  @Column({ name: 'last_event_at', type: 'timestamptz' })
  lastEventAt!: Date;

  /**
   * For each merged column, the `[event time ms, event id]` its value came from: a value only yields to one
   * from a later event, so any arrival order of the same events ends in the same state.
   */
  @Column({ name: 'field_times', type: 'jsonb', default: () => "'{}'" })
  fieldTimes!: Record<string, [number, string]>;

  /** Millisecond precision, like JavaScript dates, so keyset cursors on (created_at, id) are exact. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
