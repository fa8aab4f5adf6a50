import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Erased customers, by keyed hash, so their later events are scrubbed (docs/security.md#customer-data). */
export class PrivacySuppressions1763719800000 implements MigrationInterface {
  name = 'PrivacySuppressions1763719800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "privacy_suppressions" ("subject_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_privacy_suppressions" PRIMARY KEY ("subject_hash"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "privacy_suppressions"`);
  }
}
