import { MigrationInterface, QueryRunner } from 'typeorm';

/** Provisioning over SCIM: the tokens identity providers push with, and the user attributes SCIM names. */
export class Scim1764700000000 implements MigrationInterface {
  name = 'Scim1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "scim_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "token_hash" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "scim_token_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "scim_token_hash_key" ON "scim_token" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "scim_token_created_by_id_idx" ON "scim_token" ("created_by_id")`);
    await queryRunner.query(
      `ALTER TABLE "scim_token" ADD CONSTRAINT "scim_token_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "principal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "principal" ADD "user_name" text`);
    await queryRunner.query(`ALTER TABLE "principal" ADD "given_name" text`);
    await queryRunner.query(`ALTER TABLE "principal" ADD "family_name" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "principal_user_name_key" ON "principal" (lower("user_name")) WHERE "user_name" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."principal_user_name_key"`);
    await queryRunner.query(`ALTER TABLE "principal" DROP COLUMN "family_name"`);
    await queryRunner.query(`ALTER TABLE "principal" DROP COLUMN "given_name"`);
    await queryRunner.query(`ALTER TABLE "principal" DROP COLUMN "user_name"`);
    await queryRunner.query(`DROP TABLE "scim_token"`);
  }
}
