/**
 * The outbox of events for external apps (issue 16): one row per audited change of a cooperative, written in the same
 * statement as its audit entry. `tx` is the writing transaction's id (pg_current_xact_id as bigint); the change feed
 * reads in (tx, id) order and only below the oldest running transaction, so a late commit is never skipped
 * (docs/events.md). Every audit entry of a cooperative written before gets its event now, with tx 0 (before any
 * transaction's) and no data, so the feed starts with the whole history and every audited change has its event.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1797060000000 implements MigrationInterface {
  name = 'Events1797060000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "events" ("cooperative_id" uuid NOT NULL, "id" BIGSERIAL NOT NULL, "tx" bigint NOT NULL, "audit_id" bigint NOT NULL, "type" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text, "request_id" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "data" jsonb, "read_scope" text, CONSTRAINT "PK_b54baf69cc4e5eb334ecad18db8" PRIMARY KEY ("cooperative_id", "id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_events_audit" ON "events" ("cooperative_id", "audit_id")`);
    await queryRunner.query(`CREATE INDEX "ix_events_feed" ON "events" ("cooperative_id", "tx", "id")`);
    await queryRunner.query(
      `INSERT INTO "events" ("cooperative_id", "tx", "audit_id", "type", "subject_type", "subject_id", "request_id", "occurred_at")
       SELECT "cooperative_id", 0, "id", "action", "target_type", "target_id", "request_id", "created_at"
         FROM "audit_log" WHERE "cooperative_id" IS NOT NULL ORDER BY "id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "fk_events_audit" FOREIGN KEY ("audit_id") REFERENCES "audit_log"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "fk_events_cooperative" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "events"`);
  }
}
