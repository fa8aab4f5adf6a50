import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A customer whose personal data was erased, known only by a keyed hash of an identifier (their e-mail, or a
 * store's customer id): later events of that customer are scrubbed before they are stored
 * (docs/security.md#customer-data).
 */
@Entity({ name: 'privacy_suppressions' })
export class PrivacySuppressionEntity {
  /** HMAC-SHA-256 (hex) of `<kind>:<value>` under a sub-key of the instance secret key. */
  @PrimaryColumn({ name: 'subject_hash', type: 'char', length: 64 })
  subjectHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
