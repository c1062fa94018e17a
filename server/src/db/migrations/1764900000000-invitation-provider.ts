import { MigrationInterface, QueryRunner } from 'typeorm';

/** An invitation may name the identity provider the person accepts it through (a guest's home organisation). */
export class InvitationProvider1764900000000 implements MigrationInterface {
  name = 'InvitationProvider1764900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" ADD "identity_provider_id" uuid`);
    await queryRunner.query(`CREATE INDEX "invitation_identity_provider_id_idx" ON "invitation" ("identity_provider_id")`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_identity_provider_id_fkey" FOREIGN KEY ("identity_provider_id") REFERENCES "identity_provider"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_identity_provider_id_fkey"`);
    await queryRunner.query(`DROP INDEX "invitation_identity_provider_id_idx"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "identity_provider_id"`);
  }
}
