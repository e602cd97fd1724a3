/**
 * Capital entries name what produced them outside share capital with a typed source (`source_type`, `source_id`)
 * instead of a reference prefix: the surplus plan's refunds credited as capital, backfilled from
 * `reference = 'surplus-plan:<plan id>'` (the reference stays, as the API shows it). A plan still credits each member
 * at most once: the unique key moves from the reference pattern to the source.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CapitalEntrySource1795900000000 implements MigrationInterface {
  name = 'CapitalEntrySource1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "capital_entries" ADD "source_type" text`);
    await queryRunner.query(`ALTER TABLE "capital_entries" ADD "source_id" uuid`);
    // The ledger is append-only (its trigger refuses UPDATE): the backfill only fills the new columns.
    await queryRunner.query(`ALTER TABLE "capital_entries" DISABLE TRIGGER capital_entries_append_only`);
    await queryRunner.query(
      `UPDATE "capital_entries" SET "source_type" = 'surplus_plan', "source_id" = substring("reference" FROM 14)::uuid
        WHERE "kind" = 'allocation'
          AND "reference" ~* '^surplus-plan:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`,
    );
    await queryRunner.query(`ALTER TABLE "capital_entries" ENABLE TRIGGER capital_entries_append_only`);
    await queryRunner.query(
      `ALTER TABLE "capital_entries" ADD CONSTRAINT "ck_capital_entries_source" CHECK (("source_type" IS NULL) = ("source_id" IS NULL) AND ("source_type" IS NULL OR "kind" = 'allocation'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "capital_entries" ADD CONSTRAINT "ck_capital_entries_source_type" CHECK ("source_type" IN ('surplus_plan'))`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_capital_entries_surplus_plan"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_capital_entries_source" ON "capital_entries" ("cooperative_id", "member_id", "source_type", "source_id") WHERE "source_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_capital_entries_source"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_capital_entries_surplus_plan" ON "capital_entries"  ("cooperative_id", "member_id", "reference") WHERE "kind" = 'allocation' AND "reference" LIKE 'surplus-plan:%'`,
    );
    await queryRunner.query(`ALTER TABLE "capital_entries" DROP CONSTRAINT "ck_capital_entries_source_type"`);
    await queryRunner.query(`ALTER TABLE "capital_entries" DROP CONSTRAINT "ck_capital_entries_source"`);
    await queryRunner.query(`ALTER TABLE "capital_entries" DROP COLUMN "source_id"`);
    await queryRunner.query(`ALTER TABLE "capital_entries" DROP COLUMN "source_type"`);
  }
}
