/**
 * A surplus plan credits each member's capital at most once: a unique key on the plan's allocation entries
 * (reference `surplus-plan:<plan id>`), which the set-based posting's ON CONFLICT relies on.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SurplusCapitalAllocations1795834357474 implements MigrationInterface {
  name = 'SurplusCapitalAllocations1795834357474';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_capital_entries_surplus_plan" ON "capital_entries"  ("cooperative_id", "member_id", "reference") WHERE "kind" = 'allocation' AND "reference" LIKE 'surplus-plan:%'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_capital_entries_surplus_plan"`);
  }
}
