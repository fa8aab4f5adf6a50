import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Labels that teach (docs/detection.md "Labels"): reviewers' verdicts in their own append-only table, and
 * the labels (with the provider's reason) each provider event put on its transaction. Label events stored
 * before this get their label back from their type; their reasons were not kept.
 */
export class TransactionLabels1763719900000 implements MigrationInterface {
  name = 'TransactionLabels1763719900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "transaction_labels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "transaction_id" uuid NOT NULL, "verdict" character varying(16), "note" character varying(1000), "set_by" uuid NOT NULL, "set_by_email" character varying(320), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db84a5219c6fa69c40e062e02b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_transaction_labels_transaction" ON "transaction_labels"  ("transaction_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "webhook_events" ADD "labels" text array`);
    await queryRunner.query(`ALTER TABLE "webhook_events" ADD "label_reason" character varying(100)`);
    await queryRunner.query(
      `ALTER TABLE "transaction_labels" ADD CONSTRAINT "FK_377b1fd3ab08f3489c6b45c1c98" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `UPDATE "webhook_events" SET "labels" = CASE
         WHEN "event_type" IN ('charge.dispute.created', 'disputes/create', 'dispute.created') THEN ARRAY['disputed']
         WHEN "event_type" IN ('radar.early_fraud_warning.created', 'fraud_warning.created') THEN ARRAY['fraud_warning']
         ELSE ARRAY['refunded'] END
       WHERE "event_type" IN ('charge.dispute.created', 'disputes/create', 'dispute.created',
         'radar.early_fraud_warning.created', 'fraud_warning.created', 'charge.refunded', 'refunds/create',
         'refund.created')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "transaction_labels" DROP CONSTRAINT "FK_377b1fd3ab08f3489c6b45c1c98"`,
    );
    await queryRunner.query(`ALTER TABLE "webhook_events" DROP COLUMN "label_reason"`);
    await queryRunner.query(`ALTER TABLE "webhook_events" DROP COLUMN "labels"`);
    await queryRunner.query(`DROP INDEX "public"."ix_transaction_labels_transaction"`);
    await queryRunner.query(`DROP TABLE "transaction_labels"`);
  }
}
