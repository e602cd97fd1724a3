/**
 * Optimistic concurrency for the governance records people edit: a general assembly and a ballot carry a `version`,
 * 1 when created and +1 on every change of the row (each write of the governance services says so). Their GET
 * answers it as the ETag and their PATCH compares it with If-Match under the row's lock. Existing rows start at 1.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GovernanceVersion1796314000014 implements MigrationInterface {
  name = 'GovernanceVersion1796314000014';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "general_assemblies" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD "version" integer NOT NULL DEFAULT 1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "general_assemblies" DROP COLUMN "version"`);
  }
}
