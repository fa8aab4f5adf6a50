import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { type RuleActionName, type RuleChange } from '@vigil/contracts';
import { RuleEntity } from './rule.entity.js';

/** One version of a rule as it was after a change: who changed what, and when. */
@Entity({ name: 'rule_versions' })
@Unique('uq_rule_versions_rule_version', ['ruleId', 'version'])
export class RuleVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'rule_id', type: 'varchar', length: 100 })
  ruleId!: string;

  @ManyToOne(() => RuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id' })
  rule?: RuleEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 16 })
  change!: RuleChange;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text' })
  expression!: string;

  @Column({ type: 'varchar', length: 16 })
  action!: RuleActionName;

  @Column({ type: 'smallint' })
  points!: number;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  /** The user who made the change; null for the defaults installed on first start. */
  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
