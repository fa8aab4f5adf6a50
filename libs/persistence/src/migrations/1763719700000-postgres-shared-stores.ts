import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The tables of the no-Redis mode (docs/operations.md "Two modes"): ingest dedupe markers, cluster-wide metric
 * counters, rate-limit windows, short-lived values (pending two-factor logins), named counters (the risk
 * settings revision), the socket.io adapter's attachments, and velocity entries. They stay empty when
 * REDIS_URL is set. None has an entity: the stores in libs/pipeline and the worker's velocity store write
 * them with plain SQL. BullMQ keeps its own tables in the `bullmq` schema, created by its own migrations.
 */
export class PostgresSharedStores1763719700000 implements MigrationInterface {
  name = 'PostgresSharedStores1763719700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ingest_dedupe_markers" ("source_id" text NOT NULL, "event_id" text NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), PRIMARY KEY ("source_id", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "metric_counters" ("hash" text NOT NULL, "field" text NOT NULL, "value" bigint NOT NULL DEFAULT 0, PRIMARY KEY ("hash", "field"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "rate_counters" ("key" text PRIMARY KEY, "count" integer NOT NULL, "resets_at" TIMESTAMP WITH TIME ZONE NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "expiring_values" ("key" text PRIMARY KEY, "value" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "store_counters" ("name" text PRIMARY KEY, "value" bigint NOT NULL DEFAULT 0)`,
    );
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "socket_io_attachments" ("id" bigserial PRIMARY KEY, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "payload" bytea)`,
    );
    // Event times in ms (`at`), as the velocity ops read them; `expires_at` is wall-clock, for the cleanup.
    await queryRunner.query(
      `CREATE TABLE "velocity_entries" ("key" text NOT NULL, "member" text COLLATE "C" NOT NULL, "at" bigint NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("key", "member"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_velocity_entries_window" ON "velocity_entries" ("key", "at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'velocity_entries',
      'socket_io_attachments',
      'store_counters',
      'expiring_values',
      'rate_counters',
      'metric_counters',
      'ingest_dedupe_markers',
    ])
      await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
