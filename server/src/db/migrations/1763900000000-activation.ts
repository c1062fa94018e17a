import { MigrationInterface, QueryRunner } from 'typeorm';

/** Just-in-time activation and approvals: decisions per stage, the request's stage, and the expiry bookkeeping mark. */
export class Activation1763900000000 implements MigrationInterface {
  name = 'Activation1763900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."decision" AS ENUM('APPROVE', 'DENY')`);
    await queryRunner.query(
      `CREATE TABLE "approval_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "stage" integer NOT NULL, "approver_id" uuid NOT NULL, "decision" "public"."decision" NOT NULL, "justification" text, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b71cfdfcdd135e5d2204df9140c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "approval_decision_approver_id_idx" ON "approval_decision" ("approver_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "approval_decision_request_stage_approver_key" ON "approval_decision" ("request_id", "stage", "approver_id")`,
    );
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD "expiry_recorded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "role_request" ADD "source_assignment_id" uuid`);
    await queryRunner.query(`ALTER TABLE "role_request" ADD "current_stage" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "role_request" ADD "stage_started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "role_request" ADD "duration_seconds" integer`);
    await queryRunner.query(`ALTER TYPE "public"."end_reason" ADD VALUE 'CANCELED'`);
    // Schedules that ended before this migration are history already: nothing to announce.
    await queryRunner.query(`UPDATE "role_assignment" SET "expiry_recorded_at" = "end_at" WHERE "end_at" <= now()`);
    await queryRunner.query(
      `CREATE INDEX "role_assignment_expiry_due_idx" ON "role_assignment" ("end_at") WHERE expiry_recorded_at IS NULL AND end_reason IS NULL AND end_at IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "role_request_source_assignment_id_idx" ON "role_request" ("source_assignment_id")`);
    await queryRunner.query(
      `ALTER TABLE "role_request" ADD CONSTRAINT "role_request_source_assignment_id_fkey" FOREIGN KEY ("source_assignment_id") REFERENCES "role_assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_decision" ADD CONSTRAINT "approval_decision_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "role_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_decision" ADD CONSTRAINT "approval_decision_approver_id_fkey" FOREIGN KEY ("approver_id") REFERENCES "principal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "approval_decision"`);
    await queryRunner.query(`DROP TYPE "public"."decision"`);
    await queryRunner.query(`DROP INDEX "role_assignment_expiry_due_idx"`);
    await queryRunner.query(`ALTER TABLE "role_request" DROP CONSTRAINT "role_request_source_assignment_id_fkey"`);
    await queryRunner.query(`DROP INDEX "role_request_source_assignment_id_idx"`);
    await queryRunner.query(`ALTER TABLE "role_request" DROP COLUMN "duration_seconds", DROP COLUMN "stage_started_at", DROP COLUMN "current_stage", DROP COLUMN "source_assignment_id"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP COLUMN "expiry_recorded_at"`);
    // Enum values cannot be dropped in Postgres; 'CANCELED' stays in end_reason.
  }
}
