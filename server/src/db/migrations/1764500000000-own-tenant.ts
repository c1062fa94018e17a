import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tenant of one's own: principals record their source and may carry an external id (unique per type), and one-time
 * links (the first administrator's setup, invitations) are kept by the hash of their token.
 */
export class OwnTenant1764500000000 implements MigrationInterface {
  name = 'OwnTenant1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."principal_source" AS ENUM('LOCAL', 'SCIM', 'OIDC', 'IMPORT')`);
    await queryRunner.query(`ALTER TABLE "principal" ADD "source" "public"."principal_source" NOT NULL DEFAULT 'LOCAL'`);
    await queryRunner.query(`ALTER TABLE "principal" ADD "external_id" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "principal_external_id_key" ON "principal" ("type", "external_id") WHERE "external_id" IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "kind" text NOT NULL, "token_hash" text NOT NULL, "totp_secret" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "failed_attempts" integer NOT NULL DEFAULT '0', CONSTRAINT "invitation_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "invitation_principal_id_idx" ON "invitation" ("principal_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "invitation_created_by_id_idx" ON "invitation" ("created_by_id")`);
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "invitation_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "invitation_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "principal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."principal_external_id_key"`);
    await queryRunner.query(`ALTER TABLE "principal" DROP COLUMN "external_id"`);
    await queryRunner.query(`ALTER TABLE "principal" DROP COLUMN "source"`);
    await queryRunner.query(`DROP TYPE "public"."principal_source"`);
  }
}
