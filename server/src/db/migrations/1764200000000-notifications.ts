import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications: webhooks, the transactional outbox (email and webhook deliveries), the in-app inbox, reminder marks. */
export class Notifications1764200000000 implements MigrationInterface {
  name = 'Notifications1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" text NOT NULL, "events" text array NOT NULL, "description" text, "secret" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_outbox" ("id" uuid NOT NULL, "idempotency_key" text NOT NULL, "channel" text NOT NULL, "event_type" text NOT NULL, "recipient" text, "webhook_id" uuid, "payload" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "last_status_code" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_83d47c7dba1da2d038749fe757e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_outbox_idempotency_key" ON "notification_outbox" ("idempotency_key")`);
    await queryRunner.query(`CREATE INDEX "notification_outbox_webhook_idx" ON "notification_outbox" ("webhook_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" ("status", "next_attempt_at")`);
    await queryRunner.query(
      `CREATE TABLE "in_app_notification" ("id" uuid NOT NULL, "idempotency_key" text NOT NULL, "principal_id" uuid NOT NULL, "event_type" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "request_id" uuid, "assignment_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9c57597f8e042ab80df73847de4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "in_app_notification_idempotency_key" ON "in_app_notification" ("idempotency_key")`);
    await queryRunner.query(`CREATE INDEX "in_app_notification_principal_idx" ON "in_app_notification" ("principal_id", "created_at", "id")`);
    await queryRunner.query(
      `CREATE TABLE "notification_reminder" ("key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_082f8f3d78bef3e193f786ea0ca" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhook"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "in_app_notification" ADD CONSTRAINT "in_app_notification_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_reminder"`);
    await queryRunner.query(`DROP TABLE "in_app_notification"`);
    await queryRunner.query(`DROP TABLE "notification_outbox"`);
    await queryRunner.query(`DROP TABLE "webhook"`);
  }
}
