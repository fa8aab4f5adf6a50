import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { HOLD_MINUTES_DEFAULT, type HoldExpiryPolicy, type SourceKind } from '@vigil/contracts';

/** A webhook sender (a Stripe account, a Shopify store, any Standard Webhooks sender). */
@Entity({ name: 'sources' })
export class SourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: SourceKind;

  /** AES-256-GCM sealed secret (see secret-box.ts); never the plain value. */
  @Column({ name: 'secret_sealed', type: 'text' })
  secretSealed!: string;

  /** The secret before the last rotation; still verifies until `previousSecretExpiresAt`. */
  @Column({ name: 'previous_secret_sealed', type: 'text', nullable: true })
  previousSecretSealed!: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  @Column({ name: 'decision_url', type: 'varchar', length: 2048, nullable: true })
  decisionUrl!: string | null;

  @Column({ name: 'rate_limit_per_second', type: 'integer', default: 10000 })
  rateLimitPerSecond!: number;

  /** How long a transaction stays held before `onHoldExpiry` applies; fractional minutes are allowed. */
  @Column({ name: 'hold_minutes', type: 'double precision', default: HOLD_MINUTES_DEFAULT })
  holdMinutes!: number;

  @Column({ name: 'on_hold_expiry', type: 'varchar', length: 16, default: 'escalate' })
  onHoldExpiry!: HoldExpiryPolicy;

  /** Send `transaction.decided` for automatic approvals too (held and blocked ones are always sent). */
  @Column({ name: 'notify_auto_approvals', type: 'boolean', default: false })
  notifyAutoApprovals!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
