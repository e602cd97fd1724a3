/**
 * Sessions (issue 15, 7b-7c): access tokens name their session (`sid`) and the guard refuses them once it has ended,
 * so logout and a reused refresh token take effect at once instead of when the access token expires. A session is a
 * refresh token family: the existing families become sessions (ended when all their tokens are revoked), and
 * refresh_tokens.family_id references its session. Access tokens issued before carry no `sid`: they are refused, and
 * their holders refresh (their refresh tokens stay valid).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Sessions1797040000000 implements MigrationInterface {
  name = 'Sessions1797040000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id")`,
    );
    await queryRunner.query(
      `INSERT INTO "sessions" ("id", "user_id", "created_at", "revoked_at")
       SELECT family_id, min(user_id::text)::uuid, min(created_at),
              CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END
         FROM "refresh_tokens" GROUP BY family_id`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_session" FOREIGN KEY ("family_id") REFERENCES "sessions"("id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_session"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
