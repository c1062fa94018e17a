import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory and the scope tree as an organisation runs them: periods in which principals were disabled (so the past
 * keeps who was enabled when), where scopes sat before they were moved (so time travel uses the tree as it was), scopes'
 * external ids and archiving, and assignments recording their source with the principals' vocabulary.
 */
export class DirectoryAndTree1764600000000 implements MigrationInterface {
  name = 'DirectoryAndTree1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "principal_disablement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "disabled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "enabled_at" TIMESTAMP WITH TIME ZONE, "reason" text, CONSTRAINT "principal_disablement_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "principal_disablement_principal_id_idx" ON "principal_disablement" ("principal_id", "disabled_at")`);
    await queryRunner.query(
      `ALTER TABLE "principal_disablement" ADD CONSTRAINT "principal_disablement_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Principals disabled before this migration: one open period from when they were disabled (or from the start).
    await queryRunner.query(
      `INSERT INTO "principal_disablement" ("principal_id", "disabled_at") SELECT "id", COALESCE("disabled_at", "created_at") FROM "principal" WHERE NOT "enabled"`,
    );

    await queryRunner.query(
      `CREATE TABLE "scope_placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scope_id" uuid NOT NULL, "path" uuid array NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "scope_placement_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "scope_placement_valid_to_idx" ON "scope_placement" ("valid_to")`);
    await queryRunner.query(`CREATE INDEX "scope_placement_scope_id_idx" ON "scope_placement" ("scope_id", "valid_to")`);
    await queryRunner.query(`CREATE INDEX "scope_placement_path_gin_idx" ON "scope_placement" USING GIN ("path")`);
    await queryRunner.query(
      `ALTER TABLE "scope_placement" ADD CONSTRAINT "scope_placement_scope_id_fkey" FOREIGN KEY ("scope_id") REFERENCES "scope"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "scope" ADD "external_id" text`);
    await queryRunner.query(`ALTER TABLE "scope" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scope_external_id_key" ON "scope" ("type", "external_id") WHERE "external_id" IS NOT NULL`);

    await queryRunner.query(`ALTER TABLE "role_assignment" ALTER COLUMN "source" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ALTER COLUMN "source" TYPE "public"."principal_source" USING (CASE WHEN "source" IN ('ELEVATE', 'DEMO') THEN 'LOCAL' ELSE 'IMPORT' END)::"public"."principal_source"`,
    );
    await queryRunner.query(`ALTER TABLE "role_assignment" ALTER COLUMN "source" SET DEFAULT 'LOCAL'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_assignment" ALTER COLUMN "source" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ALTER COLUMN "source" TYPE text USING (CASE WHEN "source" = 'LOCAL' THEN 'ELEVATE' ELSE "source"::text END)`,
    );
    await queryRunner.query(`ALTER TABLE "role_assignment" ALTER COLUMN "source" SET DEFAULT 'ELEVATE'`);
    await queryRunner.query(`DROP INDEX "public"."scope_external_id_key"`);
    await queryRunner.query(`ALTER TABLE "scope" DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "scope" DROP COLUMN "external_id"`);
    await queryRunner.query(`DROP TABLE "scope_placement"`);
    await queryRunner.query(`DROP TABLE "principal_disablement"`);
  }
}
