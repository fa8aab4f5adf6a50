import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Audit trail, two-factor sign-in (TOTP secret on the user, recovery codes) and lower-case emails. */
export class UsersAudit2fa1763719400000 implements MigrationInterface {
  name = 'UsersAudit2fa1763719400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_email" character varying(320), "action" character varying(64) NOT NULL, "target_type" character varying(32), "target_id" character varying(255), "ip" character varying(64), "user_agent" character varying(512), "result" character varying(16) NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_actor_user" ON "audit_events"  ("actor_user_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_events_actor_email" ON "audit_events"  ("actor_email") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_action" ON "audit_events"  ("action") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_at" ON "audit_events"  ("at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "user_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_411939add58ed0eceffd39973cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ix_user_recovery_codes_user_hash" ON "user_recovery_codes"  ("user_id", "code_hash") `,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_secret_sealed" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_last_step" integer`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_email_lower" CHECK ("email" = lower("email"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_recovery_codes" ADD CONSTRAINT "FK_f659216e26d0ef1238379cbf40c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "user_recovery_codes" DROP CONSTRAINT "FK_f659216e26d0ef1238379cbf40c"`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_email_lower"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_last_step"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_enabled_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_secret_sealed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_recovery_codes_user_hash"`);
    await queryRunner.query(`DROP TABLE "user_recovery_codes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_action"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_actor_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_actor_user"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
