import { MigrationInterface, QueryRunner } from 'typeorm';

/** The activation history reads activations' starts and ends newest first: one partial index for each. */
export class ActivationHistory1764000000000 implements MigrationInterface {
  name = 'ActivationHistory1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "role_assignment_activated_start_idx" ON "role_assignment" ("start_at", "id") WHERE origin = 'ACTIVATED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "role_assignment_activated_end_idx" ON "role_assignment" ("end_at", "id") WHERE origin = 'ACTIVATED' AND end_at IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "role_assignment_activated_end_idx"`);
    await queryRunner.query(`DROP INDEX "role_assignment_activated_start_idx"`);
  }
}
