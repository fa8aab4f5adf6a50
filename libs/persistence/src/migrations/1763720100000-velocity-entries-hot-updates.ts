import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The no-Redis velocity store (apps/worker/src/risk/velocity-sql.ts) reads every key through the primary key
 * (key, member): a key's rows within its `keep` are the rows its windows read anyway. Without a second index
 * on (key, at), rewriting an entry's time (a member seen again) touches no index and can stay on its page (a
 * HOT update), and every new entry writes one index instead of two: about half the store's write cost.
 */
export class VelocityEntriesHotUpdates1763720100000 implements MigrationInterface {
  name = 'VelocityEntriesHotUpdates1763720100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_velocity_entries_window"`);
    await queryRunner.query(`ALTER TABLE "velocity_entries" SET (fillfactor = 80)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "velocity_entries" RESET (fillfactor)`);
    await queryRunner.query(`CREATE INDEX "ix_velocity_entries_window" ON "velocity_entries" ("key", "at")`);
  }
}
