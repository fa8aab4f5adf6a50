import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Which values of an event were cut to fit their columns, for the timeline (docs/security.md#event-content). */
export class WebhookEventCuts1763719710000 implements MigrationInterface {
  name = 'WebhookEventCuts1763719710000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_events" ADD "cuts" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_events" DROP COLUMN "cuts"`);
  }
}
