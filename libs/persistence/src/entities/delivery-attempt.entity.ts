import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DeliveryEntity } from './delivery.entity.js';

/** One HTTP attempt of a delivery, successful or not (spec: every attempt is logged and visible). */
@Entity({ name: 'delivery_attempts' })
@Index('ix_delivery_attempts_delivery', ['deliveryId', 'attempt'])
export class DeliveryAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId!: string;

  @ManyToOne(() => DeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: DeliveryEntity;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ type: 'varchar', length: 2048 })
  url!: string;

  /** Null when no response came (timeout, connection refused). */
  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ name: 'latency_ms', type: 'integer' })
  latencyMs!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Column({ type: 'boolean', default: false })
  manual!: boolean;
}
