import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { RiskListEntity } from './risk-list.entity.js';

/** One value of a list, stored normalized for the list's kind (the risk engine's normalizeListItem). */
@Entity({ name: 'list_items' })
@Unique('uq_list_items_list_value', ['listId', 'value'])
export class ListItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'list_id', type: 'uuid' })
  listId!: string;

  @ManyToOne(() => RiskListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: RiskListEntity;

  @Column({ type: 'varchar', length: 320 })
  value!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  /** Who added it; null for items added by the system. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
