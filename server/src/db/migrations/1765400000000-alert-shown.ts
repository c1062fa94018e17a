import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether an alert was last announced raised (`alert.raised`, a notice) and not since cleared or dismissed: the
 * alert's own state, settled after the changes that move its incidents (alert-scanner.ts, `settle`), so that changes
 * about different principals or scopes rescan one alert at the same time and still raise and clear it exactly once.
 */
export class AlertShown1765400000000 implements MigrationInterface {
  name = 'AlertShown1765400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alert" ADD "shown" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE "alert" a SET "shown" = a.enabled AND a.dismissed_at IS NULL AND EXISTS (SELECT 1 FROM "alert_incident" i WHERE i.alert_type = a.type)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "shown"`);
  }
}
