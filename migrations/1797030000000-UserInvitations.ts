/**
 * User invitations (issue 15, item 6), owned by auth: an admin no longer attaches an existing account to a
 * cooperative; they invite its email, and the account's owner accepts with its password (or a new account is
 * created with the password the person sets). One pending invitation per email and cooperative.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserInvitations1797030000000 implements MigrationInterface {
  name = 'UserInvitations1797030000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cooperative_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text, "roles" text array NOT NULL, "secret_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_user_invitations_roles" CHECK (cardinality("roles") >= 1), CONSTRAINT "ck_user_invitations_accepted" CHECK (("accepted_at" IS NULL) = ("accepted_by" IS NULL)), CONSTRAINT "ck_user_invitations_outcome" CHECK ("accepted_at" IS NULL OR "revoked_at" IS NULL), CONSTRAINT "PK_c8005acb91c3ce9a7ae581eca8f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_user_invitations_pending" ON "user_invitations"  ("cooperative_id", "email") WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`,
    );
    // Hand-written: foreign keys.
    await queryRunner.query(
      `ALTER TABLE "user_invitations" ADD CONSTRAINT "fk_user_invitations_cooperative" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_invitations" ADD CONSTRAINT "fk_user_invitations_accepted_by" FOREIGN KEY ("accepted_by") REFERENCES "users"("id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_invitations"`);
  }
}
