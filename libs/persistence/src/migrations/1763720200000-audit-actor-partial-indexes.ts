import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The worker writes one audit entry per automatic decision (docs/security.md#audit-trail), without an actor:
 * the actor indexes only ever serve `actor = …` lookups, which never match a null, so they index the entries
 * that have an actor and skip the automatic ones (two index writes fewer per approved transaction,
 * docs/profile.md). The entries and what the audit API returns are unchanged.
 */
export class AuditActorPartialIndexes1763720200000 implements MigrationInterface {
  name = 'AuditActorPartialIndexes1763720200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_actor_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_actor_email"`);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_actor_user" ON "audit_events" ("actor_user_id") WHERE "actor_user_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_actor_email" ON "audit_events" ("actor_email") WHERE "actor_email" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_actor_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_actor_user"`);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_actor_email" ON "audit_events" ("actor_email")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_actor_user" ON "audit_events" ("actor_user_id")`);
  }
}
