import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The review queue: claims, holds with a per-source expiry policy, decisions, and outbound decision webhooks
 * with every delivery attempt. Existing held transactions get the default 24 h hold from now on, and
 * existing verdicts count as already notified (no webhook storm for history).
 */
export class DecisionsDeliveries1763719600000 implements MigrationInterface {
  name = 'DecisionsDeliveries1763719600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "transaction_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "from_status" character varying(16) NOT NULL, "note" character varying(1000), "reason" character varying(200), "decided_by" uuid, "decided_by_email" character varying(320), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_decisions_transaction" ON "decisions"  ("transaction_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "transaction_id" uuid NOT NULL, "source_id" uuid NOT NULL, "type" character varying(32) NOT NULL, "decision" character varying(16) NOT NULL, "body" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempt_count" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_deliveries_pending" ON "deliveries"  ("created_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_deliveries_transaction" ON "deliveries"  ("transaction_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "delivery_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "attempt" integer NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "url" character varying(2048) NOT NULL, "status_code" integer, "latency_ms" integer NOT NULL, "error" character varying(500), "manual" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_41eba4eb5401d72860f7cd9a7ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_delivery_attempts_delivery" ON "delivery_attempts"  ("delivery_id", "attempt") `,
    );
    await queryRunner.query(
      `ALTER TABLE "sources" ADD "hold_minutes" double precision NOT NULL DEFAULT '1440'`,
    );
    await queryRunner.query(
      `ALTER TABLE "sources" ADD "on_hold_expiry" character varying(16) NOT NULL DEFAULT 'escalate'`,
    );
    await queryRunner.query(
      `ALTER TABLE "sources" ADD "notify_auto_approvals" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "transactions" ADD "claimed_by_email" character varying(320)`);
    await queryRunner.query(`ALTER TABLE "transactions" ADD "claim_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "transactions" ADD "decided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "transactions" ADD "held_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "transactions" ADD "hold_deadline" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "transactions" ADD "escalated" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "transactions" ADD "notified_status" character varying(16)`);
    await queryRunner.query(
      `UPDATE "transactions" SET "notified_status" = "status" WHERE "status" <> 'approved'`,
    );
    await queryRunner.query(
      `UPDATE "transactions" SET "held_at" = now(), "hold_deadline" = now() + interval '1440 minutes'
       WHERE "status" = 'review'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_transactions_review_deadline" ON "transactions"  ("hold_deadline") WHERE "status" = 'review'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_transactions_unnotified" ON "transactions"  ("updated_at") WHERE "notified_status" IS DISTINCT FROM "status" AND ("status" <> 'approved' OR "notified_status" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_1fbb49242843ea43b10a567e5e1" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliveries" ADD CONSTRAINT "FK_e7b05ec8e2e60b4c3fea6cbc0bc" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliveries" ADD CONSTRAINT "FK_42e6518858bb7c7d8340d5414e8" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery_attempts" ADD CONSTRAINT "FK_a9d7e7212c87084249a641ab455" FOREIGN KEY ("delivery_id") REFERENCES "deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "delivery_attempts" DROP CONSTRAINT "FK_a9d7e7212c87084249a641ab455"`,
    );
    await queryRunner.query(`ALTER TABLE "deliveries" DROP CONSTRAINT "FK_42e6518858bb7c7d8340d5414e8"`);
    await queryRunner.query(`ALTER TABLE "deliveries" DROP CONSTRAINT "FK_e7b05ec8e2e60b4c3fea6cbc0bc"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_1fbb49242843ea43b10a567e5e1"`);
    await queryRunner.query(`DROP INDEX "public"."ix_transactions_unnotified"`);
    await queryRunner.query(`DROP INDEX "public"."ix_transactions_review_deadline"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "notified_status"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "escalated"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "hold_deadline"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "held_at"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "decided_at"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "claim_expires_at"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "claimed_by_email"`);
    await queryRunner.query(`ALTER TABLE "sources" DROP COLUMN "notify_auto_approvals"`);
    await queryRunner.query(`ALTER TABLE "sources" DROP COLUMN "on_hold_expiry"`);
    await queryRunner.query(`ALTER TABLE "sources" DROP COLUMN "hold_minutes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_delivery_attempts_delivery"`);
    await queryRunner.query(`DROP TABLE "delivery_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_transaction"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_pending"`);
    await queryRunner.query(`DROP TABLE "deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_decisions_transaction"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
  }
}
