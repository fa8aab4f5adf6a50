import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Users, sessions, settings, webhook sources, accepted webhook events and merged transactions. */
export class InitialSchema1763719200000 implements MigrationInterface {
  name = 'InitialSchema1763719200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "password_hash" text NOT NULL, "role" character varying(16) NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64), "user_agent" character varying(512), CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions"  ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "settings" ("key" character varying(100) NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "secret_sealed" text NOT NULL, "previous_secret_sealed" text, "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, "decision_url" character varying(2048), "rate_limit_per_second" integer NOT NULL DEFAULT '10000', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85523beafe5a2a6b90b02096443" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "transactions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_id" uuid NOT NULL, "merge_key" character varying(300) NOT NULL, "order_id" character varying(255), "payment_id" character varying(255), "status" character varying(16) NOT NULL, "version" integer NOT NULL DEFAULT '1', "amount" bigint, "currency" character(3), "score" smallint NOT NULL DEFAULT '0', "signals" jsonb NOT NULL DEFAULT '[]', "labels" text array NOT NULL DEFAULT '{}', "customer_id" character varying(255), "customer_email" character varying(320), "customer_name" character varying(300), "billing" jsonb, "shipping" jsonb, "ip" character varying(64), "ip_country" character(2), "device_id" character varying(255), "card" jsonb, "checks" jsonb, "claimed_by" uuid, "decided_by" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_transactions_source_merge_key" UNIQUE ("source_id", "merge_key"), CONSTRAINT "PK_a219afd8dd77ed80f5a862f1db9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_da87c55b3bbbe96c6ed88ea7ee" ON "transactions"  ("status")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_e99cbba866b7d65b8ce46e9f2e" ON "transactions"  ("customer_email")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_transactions_created" ON "transactions"  ("created_at", "id")`);
    await queryRunner.query(
      `CREATE TABLE "webhook_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_id" uuid NOT NULL, "event_id" character varying(255) NOT NULL, "event_type" character varying(100) NOT NULL, "transaction_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "payload" jsonb, CONSTRAINT "uq_webhook_events_source_event" UNIQUE ("source_id", "event_id"), CONSTRAINT "PK_4cba37e6a0acb5e1fc49c34ebfd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6deb017f0f3542caf7e8ce9642" ON "webhook_events"  ("transaction_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "transactions" ADD CONSTRAINT "FK_b13b6d0ccfc9f8703bd7a12478e" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_events" ADD CONSTRAINT "FK_597a8d6cc5b6e225a63347e3dd6" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_events" ADD CONSTRAINT "FK_6deb017f0f3542caf7e8ce96420" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_events" CASCADE`);
    await queryRunner.query(`DROP TABLE "transactions" CASCADE`);
    await queryRunner.query(`DROP TABLE "sources" CASCADE`);
    await queryRunner.query(`DROP TABLE "settings" CASCADE`);
    await queryRunner.query(`DROP TABLE "sessions" CASCADE`);
    await queryRunner.query(`DROP TABLE "users" CASCADE`);
  }
}
