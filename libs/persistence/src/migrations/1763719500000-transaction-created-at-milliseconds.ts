import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * transactions.created_at to millisecond precision: list cursors carry JavaScript dates (milliseconds), and
 * microsecond timestamps made rows sharing a boundary millisecond fall between two pages.
 */
export class TransactionCreatedAtMilliseconds1763719500000 implements MigrationInterface {
  name = 'TransactionCreatedAtMilliseconds1763719500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_transactions_created"`);
    await queryRunner.query(
      `ALTER TABLE "transactions" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_transactions_created" ON "transactions"  ("created_at", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_transactions_created"`);
    await queryRunner.query(
      `ALTER TABLE "transactions" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_transactions_created" ON "transactions"  ("created_at", "id") `,
    );
  }
}
