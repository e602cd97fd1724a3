/**
 * A distribution plan's ballot is one of its own cooperative's (issue 15, item 5): a composite foreign key to
 * ballots(cooperative_id, id), which `uq_ballots_cooperative_id` already makes unique. The service refuses another
 * cooperative's ballot first (404 BALLOT_NOT_FOUND); the key makes the database refuse it too. A plan already
 * linked to another cooperative's ballot makes this migration fail: unlink it by hand (its ballot_id is dangling).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanBallotKey1797020000000 implements MigrationInterface {
  name = 'PlanBallotKey1797020000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "distribution_plans" ADD CONSTRAINT "fk_distribution_plans_ballot" FOREIGN KEY ("cooperative_id", "ballot_id") REFERENCES "ballots"("cooperative_id", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "distribution_plans" DROP CONSTRAINT "fk_distribution_plans_ballot"`);
  }
}
