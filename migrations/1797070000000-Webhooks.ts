/**
 * Webhooks (issue 16, items 3-5): the endpoints of each cooperative, one delivery per (endpoint, event) and every
 * attempt. Every key starts with cooperative_id (the project will distribute by cooperative). The partial index on
 * pending deliveries keeps the worker's search for due ones small however many have been delivered.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1797070000000 implements MigrationInterface {
  name = 'Webhooks1797070000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoints" ("cooperative_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" text NOT NULL, "description" text, "event_types" text array NOT NULL DEFAULT '{}', "secret" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" text, "cursor_tx" bigint NOT NULL, "cursor_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_f4008ca0c7198be3db685a7eabc" PRIMARY KEY ("cooperative_id", "id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "fk_webhook_endpoints_cooperative" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_deliveries" ("cooperative_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "endpoint_id" uuid NOT NULL, "event_id" bigint NOT NULL, "event_tx" bigint NOT NULL, "event_type" text NOT NULL, "payload" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lease_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6e10d8c4c5932084e621ebc9622" PRIMARY KEY ("cooperative_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_deliveries_due" ON "webhook_deliveries"  ("next_attempt_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_deliveries_order" ON "webhook_deliveries"  ("cooperative_id", "endpoint_id", "event_tx", "event_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_webhook_deliveries_event" ON "webhook_deliveries"  ("cooperative_id", "endpoint_id", "event_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "fk_webhook_deliveries_endpoint" FOREIGN KEY ("cooperative_id", "endpoint_id") REFERENCES "webhook_endpoints"("cooperative_id", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_attempts" ("cooperative_id" uuid NOT NULL, "id" BIGSERIAL NOT NULL, "delivery_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_code" integer, "error" text, "latency_ms" integer NOT NULL, "response_excerpt" character varying(500), CONSTRAINT "PK_492a3876fc3cdbc7de8feb614ee" PRIMARY KEY ("cooperative_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_attempts_delivery" ON "webhook_attempts"  ("cooperative_id", "delivery_id", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_attempts" ADD CONSTRAINT "fk_webhook_attempts_delivery" FOREIGN KEY ("cooperative_id", "delivery_id") REFERENCES "webhook_deliveries"("cooperative_id", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_attempts"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
  }
}
