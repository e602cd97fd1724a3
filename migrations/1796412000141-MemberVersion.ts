/**
 * A member record's version, for optimistic concurrency (issue 14): its single-resource GET answers it as the ETag
 * and its PATCH takes it back as If-Match, so two secretaries correcting the same record cannot overwrite each other
 * unseen. TypeORM increments it on every UPDATE of the row (a correction, a transition, an account linked); existing
 * records start at 1.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberVersion1796412000141 implements MigrationInterface {
  name = 'MemberVersion1796412000141';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "members" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "version"`);
  }
}
