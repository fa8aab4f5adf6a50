import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { type Role } from '@vigil/contracts';

@Entity({ name: 'users' })
// Emails are compared case-insensitively: storing them lower-case makes the unique constraint do that.
@Check('ck_users_email_lower', `"email" = lower("email")`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'varchar', length: 320, unique: true })
  email!: string;

  /** argon2id PHC string. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  /** TOTP secret sealed with a key derived for 'totp'; set by 2FA setup, active once `totpEnabledAt` is set. */
  @Column({ name: 'totp_secret_sealed', type: 'text', nullable: true })
  totpSecretSealed!: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** The last TOTP time step accepted, so a code cannot be used twice. */
  @Column({ name: 'totp_last_step', type: 'integer', nullable: true })
  totpLastStep!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
