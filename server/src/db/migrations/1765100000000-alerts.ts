import { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES = [
  'ROLES_ASSIGNED_OUTSIDE',
  'TOO_MANY_GLOBAL_ADMINS',
  'NO_MFA_ON_ACTIVATION',
  'REDUNDANT_ASSIGNMENT',
  'STALE_SIGN_IN',
  'FREQUENT_ACTIVATION',
  'TOO_MANY_OWNERS',
  'TOO_MANY_PERMANENT_OWNERS',
  'DUPLICATE_CUSTOM_ROLE',
];

/** Security alerts: one row per alert of the catalogue (its settings, dismissal and last scan), and the findings that hold. */
export class Alerts1765100000000 implements MigrationInterface {
  name = 'Alerts1765100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "settings" jsonb NOT NULL DEFAULT '{}', "dismissed_at" TIMESTAMP WITH TIME ZONE, "dismissed_by_id" uuid, "last_scanned_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "alert_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "alert_type_key" ON "alert" ("type")`);
    await queryRunner.query(`CREATE INDEX "alert_dismissed_by_id_idx" ON "alert" ("dismissed_by_id")`);
    await queryRunner.query(`CREATE TABLE "alert_incident" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "alert_type" text NOT NULL, "key" text NOT NULL, "principal_id" uuid, "role_id" uuid, "scope_id" uuid, "assignment_id" uuid, "detail" text NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "alert_incident_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "alert_incident_key" ON "alert_incident" ("alert_type", "key")`);
    await queryRunner.query(`CREATE INDEX "alert_incident_principal_id_idx" ON "alert_incident" ("principal_id")`);
    await queryRunner.query(`CREATE INDEX "alert_incident_role_id_idx" ON "alert_incident" ("role_id")`);
    await queryRunner.query(`CREATE INDEX "alert_incident_scope_id_idx" ON "alert_incident" ("scope_id")`);
    await queryRunner.query(`ALTER TABLE "alert" ADD CONSTRAINT "alert_dismissed_by_id_fkey" FOREIGN KEY ("dismissed_by_id") REFERENCES "principal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "alert_incident" ADD CONSTRAINT "alert_incident_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "alert_incident" ADD CONSTRAINT "alert_incident_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "role_definition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "alert_incident" ADD CONSTRAINT "alert_incident_scope_id_fkey" FOREIGN KEY ("scope_id") REFERENCES "scope"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`INSERT INTO "alert" ("type") SELECT unnest($1::text[])`, [TYPES]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "alert_incident"`);
    await queryRunner.query(`DROP TABLE "alert"`);
  }
}
