import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The no-Redis velocity store runs the whole op list (apps/worker/src/risk/velocity-sql.ts): besides sorted-set
 * entries it keeps hash fields and single values (a customer's order amounts, the values they used and by which
 * transaction, the store's basket counts), in the same rows, with their value here. Existing rows (sorted sets,
 * sets, first-seen times) keep their meaning and get no value.
 */
export class VelocityEntryValues1763720000000 implements MigrationInterface {
  name = 'VelocityEntryValues1763720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "velocity_entries" ADD "value" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "velocity_entries" DROP COLUMN "value"`);
  }
}
