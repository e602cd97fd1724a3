/**
 * The worker finds each endpoint's oldest pending delivery and the ones after it (its train, in event order): a
 * partial index on the pending ones keeps that a short index scan however many deliveries have been made.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookPendingOrder1797080000000 implements MigrationInterface {
  name = 'WebhookPendingOrder1797080000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_deliveries_pending" ON "webhook_deliveries"  ("cooperative_id", "endpoint_id", "event_tx", "event_id") WHERE "status" = 'pending'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_webhook_deliveries_pending"`);
  }
}
