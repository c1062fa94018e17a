import { MigrationInterface, QueryRunner } from 'typeorm';

/** Access reviews: the reviews, their named and fallback reviewers, one instance per role and occurrence, the items. */
export class AccessReviews1765000000000 implements MigrationInterface {
  name = 'AccessReviews1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "access_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "scope_id" uuid NOT NULL, "role_ids" uuid array NOT NULL, "assignment_type" text NOT NULL, "principal_types" text array NOT NULL, "inactive_days" integer, "reviewers" jsonb NOT NULL, "frequency" text NOT NULL, "duration_days" integer NOT NULL, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recurrence_end_at" TIMESTAMP WITH TIME ZONE, "occurrences" integer, "next_start_at" TIMESTAMP WITH TIME ZONE, "started_count" integer NOT NULL DEFAULT '0', "auto_apply" boolean NOT NULL DEFAULT false, "default_decision" text NOT NULL, "require_reason" boolean NOT NULL DEFAULT true, "show_recommendations" boolean NOT NULL DEFAULT true, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "access_review_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "access_review_scope_id_idx" ON "access_review" ("scope_id")`);
    await queryRunner.query(`CREATE INDEX "access_review_next_start_at_idx" ON "access_review" ("next_start_at")`);
    await queryRunner.query(`CREATE INDEX "access_review_created_by_id_idx" ON "access_review" ("created_by_id")`);
    await queryRunner.query(`CREATE TABLE "access_review_reviewer" ("review_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "fallback" boolean NOT NULL, CONSTRAINT "access_review_reviewer_pkey" PRIMARY KEY ("review_id", "principal_id", "fallback"))`);
    await queryRunner.query(`CREATE INDEX "access_review_reviewer_principal_id_idx" ON "access_review_reviewer" ("principal_id")`);
    await queryRunner.query(`CREATE TABLE "access_review_instance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "role_id" uuid NOT NULL, "occurrence" integer NOT NULL, "status" text NOT NULL, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "stopped_by_id" uuid, "applied_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "total" integer NOT NULL DEFAULT '0', "decided" integer NOT NULL DEFAULT '0', CONSTRAINT "access_review_instance_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "access_review_instance_status_idx" ON "access_review_instance" ("status")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "access_review_instance_occurrence_key" ON "access_review_instance" ("review_id", "role_id", "occurrence")`);
    await queryRunner.query(`CREATE TABLE "access_review_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "instance_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "principal_type" text NOT NULL, "role_id" uuid NOT NULL, "scope_id" uuid NOT NULL, "assignment_type" text NOT NULL, "reviewer_id" uuid, "recommendation" text NOT NULL, "recommendation_reason" text NOT NULL, "decision" text, "reason" text, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "outcome_by_default" boolean NOT NULL DEFAULT false, "applied" boolean NOT NULL DEFAULT false, "applied_at" TIMESTAMP WITH TIME ZONE, "apply_error" text, CONSTRAINT "access_review_item_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "access_review_item_assignment_id_idx" ON "access_review_item" ("assignment_id")`);
    await queryRunner.query(`CREATE INDEX "access_review_item_reviewer_id_idx" ON "access_review_item" ("reviewer_id", "instance_id", "id")`);
    await queryRunner.query(`CREATE INDEX "access_review_item_instance_id_idx" ON "access_review_item" ("instance_id", "id")`);
    await queryRunner.query(`ALTER TABLE "access_review" ADD CONSTRAINT "access_review_scope_id_fkey" FOREIGN KEY ("scope_id") REFERENCES "scope"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_review" ADD CONSTRAINT "access_review_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "principal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_review_reviewer" ADD CONSTRAINT "access_review_reviewer_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "access_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_review_reviewer" ADD CONSTRAINT "access_review_reviewer_principal_id_fkey" FOREIGN KEY ("principal_id") REFERENCES "principal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_review_instance" ADD CONSTRAINT "access_review_instance_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "access_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_review_item" ADD CONSTRAINT "access_review_item_instance_id_fkey" FOREIGN KEY ("instance_id") REFERENCES "access_review_instance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "access_review_item"`);
    await queryRunner.query(`DROP TABLE "access_review_instance"`);
    await queryRunner.query(`DROP TABLE "access_review_reviewer"`);
    await queryRunner.query(`DROP TABLE "access_review"`);
  }
}
