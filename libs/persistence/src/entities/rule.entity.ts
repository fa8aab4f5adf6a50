import { Column, CreateDateColumn, DeleteDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { type RuleActionName } from '@vigil/contracts';

/**
 * A risk rule (docs/api.md#rules-and-lists). The id doubles as the signal code a match produces, so it is a
 * readable slug ('cvc_fail'); every change is also kept as a row of rule_versions.
 */
@Entity({ name: 'rules' })
export class RuleEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text' })
  expression!: string;

  @Column({ type: 'varchar', length: 16 })
  action!: RuleActionName;

  @Column({ type: 'smallint', default: 0 })
  points!: number;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  /** Evaluation and display order: signals are listed in this order. */
  @Column({ type: 'integer' })
  position!: number;

  /** Bumped by every change; the matching rule_versions row holds that version's values. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Soft delete: the rule stops scoring but its history (and old signals' codes) stay explainable. */
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
