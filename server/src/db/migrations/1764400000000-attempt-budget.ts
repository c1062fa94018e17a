import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in and MFA attempts are counted in leaky buckets (auth/attempt-budget.ts) per account, per client address and
 * per both, instead of one counter per account: the counters on `credential` counted after checking (so a burst
 * outran them) and never decayed (so one more wrong password after a lock locked again at once). What they held is
 * dropped with them: at worst a lock in force at the upgrade ends early.
 */
export class AttemptBudget1764400000000 implements MigrationInterface {
  name = 'AttemptBudget1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attempt_bucket" ("key" text NOT NULL, "principal_id" uuid, "level" double precision NOT NULL, "locked" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "attempt_bucket_pkey" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "attempt_bucket_principal_id_idx" ON "attempt_bucket" ("principal_id")`);
    await queryRunner.query(`CREATE INDEX "attempt_bucket_updated_at_idx" ON "attempt_bucket" ("updated_at")`);
    await queryRunner.query(
      `ALTER TABLE "attempt_bucket" ADD CONSTRAINT "attempt_bucket_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "credential" DROP COLUMN "failed_sign_ins"`);
    await queryRunner.query(`ALTER TABLE "credential" DROP COLUMN "failed_mfa"`);
    await queryRunner.query(`ALTER TABLE "credential" DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "credential" DROP COLUMN "mfa_locked_until"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "credential" ADD "mfa_locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "credential" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "credential" ADD "failed_mfa" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "credential" ADD "failed_sign_ins" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`DROP TABLE "attempt_bucket"`);
  }
}
