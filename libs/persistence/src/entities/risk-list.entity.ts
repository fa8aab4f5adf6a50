import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { type ListKind } from '@vigil/contracts';

/** A named list rules refer to with `in @name` (e.g. blocked_emails); its kind decides how items normalize. */
@Entity({ name: 'lists' })
export class RiskListEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-case, unique: the `@name` of rule expressions. */
  @Column({ type: 'varchar', length: 100, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: ListKind;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
