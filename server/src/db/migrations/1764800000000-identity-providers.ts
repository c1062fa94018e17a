import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in with OpenID Connect: identity providers as data, people bound by issuer + subject, sign-ins under way. */
export class IdentityProviders1764800000000 implements MigrationInterface {
  name = 'IdentityProviders1764800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity_provider" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "issuer" text NOT NULL, "client_id" text NOT NULL, "client_secret" text, "scopes" text array NOT NULL DEFAULT '{openid,email,profile}', "groups_claim" text, "mfa_claim_values" text array NOT NULL DEFAULT '{mfa}', "guest" boolean NOT NULL DEFAULT false, "home_organization" text, "create_members" boolean NOT NULL DEFAULT false, "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "identity_provider_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "identity_provider_issuer_key" ON "identity_provider" ("issuer")`);
    await queryRunner.query(`CREATE TABLE "identity_binding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "issuer" text NOT NULL, "subject" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "identity_binding_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "identity_binding_principal_id_idx" ON "identity_binding" ("principal_id")`);
    await queryRunner.query(`CREATE INDEX "identity_binding_provider_id_idx" ON "identity_binding" ("provider_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "identity_binding_issuer_subject_key" ON "identity_binding" ("issuer", "subject")`);
    await queryRunner.query(`CREATE TABLE "oidc_login" ("state_hash" text NOT NULL, "provider_id" uuid NOT NULL, "code_verifier" text NOT NULL, "nonce" text NOT NULL, "invitation_hash" text, "return_to" text, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "oidc_login_pkey" PRIMARY KEY ("state_hash"))`);
    await queryRunner.query(`CREATE INDEX "oidc_login_expires_at_idx" ON "oidc_login" ("expires_at")`);
    await queryRunner.query(`ALTER TABLE "credential" ADD "password_sign_in" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "identity_binding" ADD CONSTRAINT "identity_binding_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "identity_binding" ADD CONSTRAINT "identity_binding_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "identity_provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "oidc_login" ADD CONSTRAINT "oidc_login_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "identity_provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "credential" DROP COLUMN "password_sign_in"`);
    await queryRunner.query(`DROP TABLE "oidc_login"`);
    await queryRunner.query(`DROP TABLE "identity_binding"`);
    await queryRunner.query(`DROP TABLE "identity_provider"`);
  }
}
