import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reading the audit log: filter indexes ordered by seq (the log's order), and signed checkpoints of the chain's head. */
export class AuditLog1764100000000 implements MigrationInterface {
  name = 'AuditLog1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['action', 'role', 'scope', 'request', 'target', 'actor']) {
      await queryRunner.query(`DROP INDEX "public"."audit_event_${name}_idx"`);
    }
    await queryRunner.query(`CREATE INDEX "audit_event_actor_seq_idx" ON "audit_event" ("actor_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "audit_event_target_seq_idx" ON "audit_event" ("target_principal_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "audit_event_request_seq_idx" ON "audit_event" ("request_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "audit_event_scope_seq_idx" ON "audit_event" ("scope_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "audit_event_role_seq_idx" ON "audit_event" ("role_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "audit_event_action_seq_idx" ON "audit_event" ("action", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "audit_checkpoint" ("seq" bigint NOT NULL, "hash" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "signature" text NOT NULL, "key_id" text NOT NULL, CONSTRAINT "audit_checkpoint_pkey" PRIMARY KEY ("seq"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_checkpoint"`);
    for (const name of ['action', 'role', 'scope', 'request', 'target', 'actor']) {
      await queryRunner.query(`DROP INDEX "public"."audit_event_${name}_seq_idx"`);
    }
    await queryRunner.query(`CREATE INDEX "audit_event_action_idx" ON "audit_event" ("action", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_role_idx" ON "audit_event" ("role_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_scope_idx" ON "audit_event" ("scope_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_request_idx" ON "audit_event" ("request_id") `);
    await queryRunner.query(`CREATE INDEX "audit_event_target_idx" ON "audit_event" ("target_principal_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_actor_idx" ON "audit_event" ("actor_id", "at") `);
  }
}
