import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain off the commit path: a change writes its events to `audit_pending` in its own transaction (no lock:
 * writers no longer wait for each other), and the chainer (modules/audit/audit.chainer.ts) moves them into the chain —
 * numbered, hashed, in one transaction under the chain's lock — right after the commit. `written_at` is the database's
 * clock at the insert: verifyAudit fails when an event waited too long (AUDIT_CHAIN_MAX_LAG_MS); `tx` the writing
 * transaction, so that a change's events stay together in the chain (concurrent INSERTs draw `pos` interleaved).
 */
export class AuditPending1765300000000 implements MigrationInterface {
  name = 'AuditPending1765300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_pending" (
      "pos" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      "id" uuid NOT NULL UNIQUE,
      "at" timestamptz NOT NULL,
      "actor_type" "actor_type" NOT NULL,
      "actor_id" uuid,
      "action" text NOT NULL,
      "target_principal_id" uuid,
      "role_id" uuid,
      "scope_id" uuid,
      "request_id" uuid,
      "assignment_id" uuid,
      "justification" text,
      "ticket" text,
      "before" jsonb,
      "after" jsonb,
      "client_ip" text,
      "user_agent" text,
      "written_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
      "tx" xid8 NOT NULL DEFAULT pg_current_xact_id()
    )`);
    await queryRunner.query(`CREATE INDEX "audit_pending_tx_idx" ON "audit_pending" ("tx")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Events not yet chained would be lost: refuse, and let a running server chain them first.
    await queryRunner.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM audit_pending) THEN
        RAISE EXCEPTION 'audit_pending still holds events: start the server once to chain them, then migrate down';
      END IF;
    END $$`);
    await queryRunner.query(`DROP TABLE "audit_pending"`);
  }
}
