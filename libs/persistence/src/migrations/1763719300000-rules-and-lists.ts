import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Risk rules with their version history, named lists and their items, and the risk snapshot/reason a
 * transaction was scored with (backtests re-run rules on the snapshot). The defaults are installed by the api.
 */
export class RulesAndLists1763719300000 implements MigrationInterface {
  name = 'RulesAndLists1763719300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lists" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "kind" character varying(32) NOT NULL, "description" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4393f5a4e2bacb1154a8b04db3a" UNIQUE ("name"), CONSTRAINT "PK_268b525e9a6dd04d0685cb2aaaa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "list_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_id" uuid NOT NULL, "value" character varying(320) NOT NULL, "note" character varying(500), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_list_items_list_value" UNIQUE ("list_id", "value"), CONSTRAINT "PK_26260957b2b71a1d8e2ecd005f8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "rules" ("id" character varying(100) NOT NULL, "name" character varying(200) NOT NULL, "expression" text NOT NULL, "action" character varying(16) NOT NULL, "points" smallint NOT NULL DEFAULT '0', "enabled" boolean NOT NULL DEFAULT true, "description" character varying(500), "position" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_10fef696a7d61140361b1b23608" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "rule_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rule_id" character varying(100) NOT NULL, "version" integer NOT NULL, "change" character varying(16) NOT NULL, "name" character varying(200) NOT NULL, "expression" text NOT NULL, "action" character varying(16) NOT NULL, "points" smallint NOT NULL, "enabled" boolean NOT NULL, "description" character varying(500), "changed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_rule_versions_rule_version" UNIQUE ("rule_id", "version"), CONSTRAINT "PK_f94078d9fb0f85dcdf3ceaec3ec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "transactions" ADD "risk_snapshot" jsonb`);
    await queryRunner.query(`ALTER TABLE "transactions" ADD "risk_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "list_items" ADD CONSTRAINT "FK_8bf07909d6d9e95e8e637bd5b3e" FOREIGN KEY ("list_id") REFERENCES "lists"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rule_versions" ADD CONSTRAINT "FK_d13d4a69ecdb5acf7b1df3bbf6c" FOREIGN KEY ("rule_id") REFERENCES "rules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rule_versions" DROP CONSTRAINT "FK_d13d4a69ecdb5acf7b1df3bbf6c"`);
    await queryRunner.query(`ALTER TABLE "list_items" DROP CONSTRAINT "FK_8bf07909d6d9e95e8e637bd5b3e"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "risk_reason"`);
    await queryRunner.query(`ALTER TABLE "transactions" DROP COLUMN "risk_snapshot"`);
    await queryRunner.query(
      `DELETE FROM "settings" WHERE "key" IN ('risk_thresholds', 'risk_defaults_installed')`,
    );
    await queryRunner.query(`DROP TABLE "rule_versions"`);
    await queryRunner.query(`DROP TABLE "rules"`);
    await queryRunner.query(`DROP TABLE "list_items"`);
    await queryRunner.query(`DROP TABLE "lists"`);
  }
}
