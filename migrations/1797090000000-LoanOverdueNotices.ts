/**
 * `loan.instalment_overdue` (issue 16): one row per instalment that fell due unpaid and was announced, so each is
 * announced once, by whichever API process looks first (the key refuses a second). Instalments already overdue when
 * this runs are recorded as announced, without an event: the feed tells what falls overdue from now on, not a
 * backlog of old arrears (GET /credit-fund/arrears lists those). A partial index on unpaid instalments keeps the
 * check a short range scan by due date.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoanOverdueNotices1797090000000 implements MigrationInterface {
  name = 'LoanOverdueNotices1797090000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "loan_overdue_notices" ("cooperative_id" uuid NOT NULL, "loan_id" uuid NOT NULL, "number" integer NOT NULL, "due_on" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_loan_overdue_notices" PRIMARY KEY ("cooperative_id", "loan_id", "number"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_overdue_notices" ADD CONSTRAINT "fk_loan_overdue_notices_instalment" FOREIGN KEY ("cooperative_id", "loan_id", "number") REFERENCES "loan_instalments"("cooperative_id", "loan_id", "number")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_loan_instalments_unpaid" ON "loan_instalments"  ("due_on") WHERE "principal_paid" < "principal" OR "interest_paid" + "interest_waived" < "interest"`,
    );
    await queryRunner.query(
      `INSERT INTO "loan_overdue_notices" ("cooperative_id", "loan_id", "number", "due_on")
       SELECT i."cooperative_id", i."loan_id", i."number", i."due_on"
         FROM "loan_instalments" i
         JOIN "loans" l ON l."cooperative_id" = i."cooperative_id" AND l."id" = i."loan_id" AND l."status" = 'disbursed'
        WHERE i."due_on" < current_date
          AND (i."principal_paid" < i."principal" OR i."interest_paid" + i."interest_waived" < i."interest")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_loan_instalments_unpaid"`);
    await queryRunner.query(`DROP TABLE "loan_overdue_notices"`);
  }
}
