import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { type AuditResult } from '@vigil/contracts';

/**
 * One entry of the audit trail (docs/security.md#audit-trail): who did what, when, from where, with what
 * result. No foreign key on the actor, so the trail outlives any change to users; `details` never holds
 * secrets or passwords.
 */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_at', ['at', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Millisecond precision, so a keyset cursor built from a JS Date names the row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at!: Date;

  // Partial: automatic decisions are audited without an actor, and a lookup by actor never matches a null
  // (docs/profile.md).
  @Index('ix_audit_events_actor_user', { where: `"actor_user_id" IS NOT NULL` })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Index('ix_audit_events_actor_email', { where: `"actor_email" IS NOT NULL` })
  @Column({ name: 'actor_email', type: 'varchar', length: 320, nullable: true })
  actorEmail!: string | null;

  @Index('ix_audit_events_action')
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 255, nullable: true })
  targetId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent!: string | null;

  @Column({ type: 'varchar', length: 16 })
  result!: AuditResult;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
