/**
 * Secret ballots' contents sealed while the ballot is open (issue 15 item 4; docs/governance.md): ballot_sealed_votes
 * holds each secret vote's content encrypted under a per-ballot key from a secret outside the database, with a random
 * id, no member and no time; closing opens the seals into ballot_secret_choices and deletes them. A secret ballot
 * stores its seal check when it opens. Ballots already open keep their earlier contents in ballot_secret_choices
 * (the closing reshuffle still rewrites them); their new votes are sealed.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SealedVotes1797010000000 implements MigrationInterface {
  name = 'SealedVotes1797010000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ballot_sealed_votes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cooperative_id" uuid NOT NULL, "ballot_id" uuid NOT NULL, "sealed" bytea NOT NULL, CONSTRAINT "PK_b1d96eea95934be1f3ca2f14281" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_ballot_sealed_votes_ballot" ON "ballot_sealed_votes" ("cooperative_id", "ballot_id", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_sealed_votes" ADD CONSTRAINT "fk_ballot_sealed_votes_ballot" FOREIGN KEY ("cooperative_id", "ballot_id") REFERENCES "ballots"("cooperative_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "ballots" ADD "seal_key_check" bytea`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "seal_key_check"`);
    await queryRunner.query(`DROP TABLE "ballot_sealed_votes"`);
  }
}
