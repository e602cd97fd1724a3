/**
 * Rate limits for every route (issue 15, 7d): rate-limiter-flexible's PostgreSQL store table, one row per caller
 * (`user:<id>`, `api_client:<id>`, `address:<ip>`) with its points and the end of its window (epoch ms). UNLOGGED:
 * counters are not worth a WAL write per request, and after a crash every caller simply starts a fresh window.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1797050000000 implements MigrationInterface {
  name = 'RateLimits1797050000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limits" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_8cb6aa4831e3e775ccf370521db" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
