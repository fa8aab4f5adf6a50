import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Event-time merging: each transaction remembers its newest event's time and, per merged column, which event
 * its value came from; and it can be found by order id or payment id within its source.
 */
export class TransactionEventTime1763719250000 implements MigrationInterface {
  name = 'TransactionEventTime1763719250000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Added nullable and backfilled first, so existing rows get a value before NOT NULL applies.
    await queryRunner.query(`ALTER TABLE "transactions" ADD "last_event_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "transactions" SET "last_event_at" = GREATEST("occurred_at", "updated_at")`,
    );
    await queryRunner.query(`ALTER TABLE "transactions" ALTER COLUMN "last_event_at" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "transactions" ADD "field_times" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `CREATE INDEX "ix_transactions_source_payment" ON "transactions"  ("source_id", "payment_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_transactions_source_order" ON "transactions"  ("source_id", "order_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_transactions_source_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_transactions_source_payment"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "field_times"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "last_event_at"`);
  }
}
