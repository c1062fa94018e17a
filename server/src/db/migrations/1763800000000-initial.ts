import { MigrationInterface, QueryRunner } from 'typeorm';
import { BUILT_IN_ROLES, TENANT_ROOT_SCOPE_ID } from '../../modules/roles/built-in-roles';

/** The schema as generated from the entities (checked for drift by a test), plus what TypeORM cannot express, and the catalogue. */
export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."principal_type" AS ENUM('USER', 'GROUP', 'SERVICE_PRINCIPAL')`);
    await queryRunner.query(`CREATE TYPE "public"."user_type" AS ENUM('MEMBER', 'GUEST')`);
    await queryRunner.query(`CREATE TABLE "principal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" "public"."principal_type" NOT NULL, "display_name" text NOT NULL, "email" text, "user_type" "public"."user_type", "home_organization" text, "description" text, "enabled" boolean NOT NULL DEFAULT true, "disabled_at" TIMESTAMP WITH TIME ZONE, "manager_id" uuid, "role_assignable" boolean NOT NULL DEFAULT false, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3ff9fc87cb26d8e16f1cc56745" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "principal_manager_id_idx" ON "principal" ("manager_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "principal_email_key" ON "principal" ("email") WHERE email IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "principal_type_name_idx" ON "principal" ("type", "display_name", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."role_kind" AS ENUM('DIRECTORY', 'RESOURCE', 'GROUP')`);
    await queryRunner.query(`CREATE TABLE "role_definition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."role_kind" NOT NULL, "built_in" boolean NOT NULL DEFAULT false, "description" text NOT NULL DEFAULT '', "permissions" text array NOT NULL DEFAULT '{}', "privileged" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9661058a685d2ed1b0a4479458f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "role_definition_kind_name_key" ON "role_definition" ("kind", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."scope_type" AS ENUM('TENANT', 'ADMINISTRATIVE_UNIT', 'MANAGEMENT_GROUP', 'SUBSCRIPTION', 'RESOURCE_GROUP', 'RESOURCE', 'GROUP')`);
    await queryRunner.query(`CREATE TABLE "scope" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" "public"."scope_type" NOT NULL, "name" text NOT NULL, "parent_id" uuid, "path" uuid array NOT NULL, "group_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d3425631cbb370861a58c3e88c7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scope_group_id_key" ON "scope" ("group_id") `);
    await queryRunner.query(`CREATE INDEX "scope_parent_name_idx" ON "scope" ("parent_id", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."assignment_type" AS ENUM('ELIGIBLE', 'ACTIVE')`);
    await queryRunner.query(`CREATE TYPE "public"."assignment_origin" AS ENUM('ASSIGNED', 'ACTIVATED')`);
    await queryRunner.query(`CREATE TYPE "public"."end_reason" AS ENUM('REMOVED', 'DEACTIVATED', 'REVOKED', 'SUPERSEDED')`);
    await queryRunner.query(`CREATE TABLE "role_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "role_id" uuid NOT NULL, "scope_id" uuid NOT NULL, "type" "public"."assignment_type" NOT NULL, "origin" "public"."assignment_origin" NOT NULL DEFAULT 'ASSIGNED', "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE, "scheduled_end_at" TIMESTAMP WITH TIME ZONE, "end_reason" "public"."end_reason", "eligibility_id" uuid, "created_by_request_id" uuid, "ended_by_request_id" uuid, "created_by_id" uuid, "source" text NOT NULL DEFAULT 'ELEVATE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "role_assignment_eligibility_id_idx" ON "role_assignment" ("eligibility_id") `);
    await queryRunner.query(`CREATE INDEX "role_assignment_created_by_request_id_idx" ON "role_assignment" ("created_by_request_id") `);
    await queryRunner.query(`CREATE INDEX "role_assignment_ended_by_request_id_idx" ON "role_assignment" ("ended_by_request_id") `);
    await queryRunner.query(`CREATE INDEX "role_assignment_created_by_id_idx" ON "role_assignment" ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "role_assignment_role_idx" ON "role_assignment" ("role_id", "type", "end_at") `);
    await queryRunner.query(`CREATE INDEX "role_assignment_scope_idx" ON "role_assignment" ("scope_id", "type", "end_at") `);
    await queryRunner.query(`CREATE INDEX "role_assignment_principal_idx" ON "role_assignment" ("principal_id", "type", "end_at") `);
    await queryRunner.query(`CREATE TYPE "public"."actor_type" AS ENUM('USER', 'SERVICE_PRINCIPAL', 'SYSTEM', 'ANONYMOUS')`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("seq" bigint NOT NULL, "id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_type" "public"."actor_type" NOT NULL, "actor_id" uuid, "action" text NOT NULL, "target_principal_id" uuid, "role_id" uuid, "scope_id" uuid, "request_id" uuid, "assignment_id" uuid, "justification" text, "ticket" text, "before" jsonb, "after" jsonb, "client_ip" text, "user_agent" text, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_53300da00860bdf4dc3ef7daae6" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_event_id_key" ON "audit_event" ("id") `);
    await queryRunner.query(`CREATE INDEX "audit_event_action_idx" ON "audit_event" ("action", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_role_idx" ON "audit_event" ("role_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_scope_idx" ON "audit_event" ("scope_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_request_idx" ON "audit_event" ("request_id") `);
    await queryRunner.query(`CREATE INDEX "audit_event_target_idx" ON "audit_event" ("target_principal_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_actor_idx" ON "audit_event" ("actor_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_at_idx" ON "audit_event" ("at") `);
    await queryRunner.query(`CREATE TABLE "credential" ("principal_id" uuid NOT NULL, "password_hash" text, "totp_secret" text, "totp_pending_secret" text, "totp_last_step" bigint, "failed_sign_ins" integer NOT NULL DEFAULT '0', "failed_mfa" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "mfa_locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e0f6d450d68fed84e530b314eed" PRIMARY KEY ("principal_id"))`);
    await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "token_hash" text NOT NULL, "kind" text NOT NULL DEFAULT 'SESSION', "name" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "mfa_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "client_ip" text, "user_agent" text, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "session_principal_id_idx" ON "session" ("principal_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "session_token_hash_key" ON "session" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "session_created_by_id_idx" ON "session" ("created_by_id") `);
    await queryRunner.query(`CREATE TYPE "public"."request_action" AS ENUM('ADMIN_ASSIGN', 'ADMIN_UPDATE', 'ADMIN_REMOVE', 'ADMIN_EXTEND', 'ADMIN_RENEW', 'SELF_ACTIVATE', 'SELF_DEACTIVATE', 'SELF_EXTEND', 'SELF_RENEW')`);
    await queryRunner.query(`CREATE TYPE "public"."request_status" AS ENUM('PENDING_APPROVAL', 'PENDING_ADMIN_DECISION', 'GRANTED', 'PROVISIONED', 'DENIED', 'CANCELED', 'EXPIRED', 'REVOKED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "role_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action" "public"."request_action" NOT NULL, "status" "public"."request_status" NOT NULL, "type" "public"."assignment_type" NOT NULL, "principal_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "role_id" uuid NOT NULL, "scope_id" uuid NOT NULL, "assignment_id" uuid, "justification" text, "ticket_system" text, "ticket_number" text, "start_at" TIMESTAMP WITH TIME ZONE, "end_at" TIMESTAMP WITH TIME ZONE, "settings_snapshot" jsonb, "status_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_56e5c87e0e09b2416e398992a88" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "role_request_requested_by_id_idx" ON "role_request" ("requested_by_id") `);
    await queryRunner.query(`CREATE INDEX "role_request_role_id_idx" ON "role_request" ("role_id") `);
    await queryRunner.query(`CREATE INDEX "role_request_scope_id_idx" ON "role_request" ("scope_id") `);
    await queryRunner.query(`CREATE INDEX "role_request_assignment_id_idx" ON "role_request" ("assignment_id") `);
    await queryRunner.query(`CREATE INDEX "role_request_status_idx" ON "role_request" ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "role_request_principal_idx" ON "role_request" ("principal_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "role_setting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "role_id" uuid NOT NULL, "scope_id" uuid, "settings" jsonb NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d95dd723687e9e68b1d6ed9f8de" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "role_setting_role_id_idx" ON "role_setting" ("role_id") `);
    await queryRunner.query(`CREATE INDEX "role_setting_scope_id_idx" ON "role_setting" ("scope_id") `);
    await queryRunner.query(`CREATE INDEX "role_setting_updated_by_id_idx" ON "role_setting" ("updated_by_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "role_setting_role_default_key" ON "role_setting" ("role_id") WHERE scope_id IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "role_setting_role_scope_key" ON "role_setting" ("role_id", "scope_id") WHERE scope_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "principal" ADD CONSTRAINT "principal_manager_id_fkey" FOREIGN KEY ("manager_id") REFERENCES "principal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scope" ADD CONSTRAINT "scope_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "scope"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scope" ADD CONSTRAINT "scope_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "principal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "role_definition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_scope_id_fkey" FOREIGN KEY ("scope_id") REFERENCES "scope"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_eligibility_id_fkey" FOREIGN KEY ("eligibility_id") REFERENCES "role_assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "principal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "credential" ADD CONSTRAINT "credential_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "session_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "session_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "principal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_request" ADD CONSTRAINT "role_request_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_request" ADD CONSTRAINT "role_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "principal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_request" ADD CONSTRAINT "role_request_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "role_definition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_request" ADD CONSTRAINT "role_request_scope_id_fkey" FOREIGN KEY ("scope_id") REFERENCES "scope"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_request" ADD CONSTRAINT "role_request_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "role_assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_setting" ADD CONSTRAINT "role_setting_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "role_definition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_setting" ADD CONSTRAINT "role_setting_scope_id_fkey" FOREIGN KEY ("scope_id") REFERENCES "scope"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_setting" ADD CONSTRAINT "role_setting_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "principal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Descendant queries ("everything at Production and below") use containment on the ancestor path.
    await queryRunner.query(`CREATE INDEX "scope_path_gin_idx" ON "scope" USING gin ("path")`);
    // The built-in role catalogue and the tenant root are part of the schema, not of any demo data.
    for (const role of BUILT_IN_ROLES) {
      await queryRunner.query(
        `INSERT INTO "role_definition" ("id", "name", "kind", "built_in", "description", "privileged") VALUES ($1, $2, $3, true, $4, $5)`,
        [role.id, role.name, role.kind, role.description, role.privileged],
      );
    }
    await queryRunner.query(`INSERT INTO "scope" ("id", "type", "name", "parent_id", "path") VALUES ($1, 'TENANT', '/', NULL, ARRAY[$1]::uuid[])`, [
      TENANT_ROOT_SCOPE_ID,
    ]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "role_setting" CASCADE`);
    await queryRunner.query(`DROP TABLE "role_request" CASCADE`);
    await queryRunner.query(`DROP TABLE "session" CASCADE`);
    await queryRunner.query(`DROP TABLE "credential" CASCADE`);
    await queryRunner.query(`DROP TABLE "audit_event" CASCADE`);
    await queryRunner.query(`DROP TABLE "role_assignment" CASCADE`);
    await queryRunner.query(`DROP TABLE "scope" CASCADE`);
    await queryRunner.query(`DROP TABLE "role_definition" CASCADE`);
    await queryRunner.query(`DROP TABLE "principal" CASCADE`);
    await queryRunner.query(`DROP TYPE "public"."actor_type"`);
    await queryRunner.query(`DROP TYPE "public"."assignment_origin"`);
    await queryRunner.query(`DROP TYPE "public"."assignment_type"`);
    await queryRunner.query(`DROP TYPE "public"."end_reason"`);
    await queryRunner.query(`DROP TYPE "public"."principal_type"`);
    await queryRunner.query(`DROP TYPE "public"."request_action"`);
    await queryRunner.query(`DROP TYPE "public"."request_status"`);
    await queryRunner.query(`DROP TYPE "public"."role_kind"`);
    await queryRunner.query(`DROP TYPE "public"."scope_type"`);
    await queryRunner.query(`DROP TYPE "public"."user_type"`);
  }
}
