import { MigrationInterface, QueryRunner } from 'typeorm';

/** Request lists page newest first from an index instead of sorting every request. */
export class RequestListIndex1763850000000 implements MigrationInterface {
  name = 'RequestListIndex1763850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "role_request_created_idx" ON "role_request" ("created_at", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "role_request_created_idx"`);
  }
}
