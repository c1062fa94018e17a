import { MigrationInterface, QueryRunner } from 'typeorm';

/** An alert's incidents are read a page at a time in raised order: an index in that order per alert. */
export class AlertIncidentOrder1765200000000 implements MigrationInterface {
  name = 'AlertIncidentOrder1765200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "alert_incident_raised_idx" ON "alert_incident" ("alert_type", "raised_at", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "alert_incident_raised_idx"`);
  }
}
