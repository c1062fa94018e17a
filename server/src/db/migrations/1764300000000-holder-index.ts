import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two hot reads found by B5 on the LARGE tenant.
 *
 * "Who holds these roles at these scopes" (the administrators of a scope along its path, default approvers, notification
 * recipients): with only (role, …) and (scope, …) indexes Postgres read every ACTIVE Owner of the tenant to find the few
 * on one path (≈70 ms on the LARGE tenant). Role and scope together find them directly.
 *
 * The delivery worker's claim (due PENDING rows, SENDING rows whose lease lapsed, oldest first): with (status,
 * next_attempt_at) the OR of the two states made Postgres walk the sent rows too. Only open rows are indexed now, in the
 * order the worker takes them.
 */
export class HolderIndex1764300000000 implements MigrationInterface {
  name = 'HolderIndex1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "role_assignment_active_holder_idx" ON "role_assignment" ("role_id", "scope_id") WHERE type = 'ACTIVE'`);
    await queryRunner.query(`DROP INDEX "notification_outbox_due_idx"`);
    await queryRunner.query(
      `CREATE INDEX "notification_outbox_open_idx" ON "notification_outbox" ("next_attempt_at") WHERE status IN ('PENDING', 'SENDING')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "notification_outbox_open_idx"`);
    await queryRunner.query(`CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" ("status", "next_attempt_at")`);
    await queryRunner.query(`DROP INDEX "role_assignment_active_holder_idx"`);
  }
}
