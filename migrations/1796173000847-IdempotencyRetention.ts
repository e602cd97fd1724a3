/**
 * Idempotency-Keys expire after a retention (IDEMPOTENCY_RETENTION_HOURS, 24 by default) counted from `created_at`:
 * an index on it lets the background sweep find the expired records without reading the table.
 *
 * From this release on, the request fingerprint hashes the body as canonical JSON (members sorted), so a hash stored
 * before it may not match a retry of the same request whose body had its members in another order: such a retry gets
 * 422 IDEMPOTENCY_KEY_REUSED instead of the replay. That lasts only until the old records expire (one retention, 24
 * hours by default), which is accepted rather than keeping the old hash alongside.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyRetention1796173000847 implements MigrationInterface {
  name = 'IdempotencyRetention1796173000847';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_idempotency_records_created_at" ON "idempotency_records" ("created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_idempotency_records_created_at"`);
  }
}
