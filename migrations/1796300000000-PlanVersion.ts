/**
 * A distribution plan's version, for optimistic concurrency (ETag / If-Match on the plan and its recompute): every
 * change of the plan row adds one (TypeORM's version column, in every UPDATE it issues for the entity).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanVersion1796300000000 implements MigrationInterface {
  name = 'PlanVersion1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE distribution_plans ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE distribution_plans DROP COLUMN version`);
  }
}
