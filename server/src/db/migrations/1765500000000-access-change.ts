import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows decide what is held, and the column that names what changed (`access-index.ts` re-reads it). */
const WATCHED: { table: string; kind: string; ref: string }[] = [
  { table: 'role_assignment', kind: 'assignment', ref: 'id' },
  { table: 'principal', kind: 'principal', ref: 'id' },
  { table: 'principal_disablement', kind: 'principal', ref: 'principal_id' },
  { table: 'scope', kind: 'scope', ref: 'id' },
  { table: 'role_definition', kind: 'role', ref: 'id' },
];

/**
 * The change feed of the in-memory access index (modules/access/access-index.ts): every statement that writes a row
 * deciding what someone holds appends, in its own transaction, what it touched (`kind`, `ref`) with its transaction id.
 * Each replica's index reads the rows of transactions that committed since it last looked and re-reads what they name,
 * so it follows every writer — this server, another replica, a script — without trusting a message to arrive. Statement
 * triggers with transition tables: one INSERT per statement, whatever it touched; a TRUNCATE asks every index to reload.
 */
export class AccessChange1765500000000 implements MigrationInterface {
  name = 'AccessChange1765500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "access_change" ("pos" bigint GENERATED ALWAYS AS IDENTITY, "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "ref" uuid, CONSTRAINT "access_change_pkey" PRIMARY KEY ("pos"))`,
    );
    await queryRunner.query(`CREATE INDEX "access_change_xid_idx" ON "access_change" ("xid")`);
    await queryRunner.query(`CREATE INDEX "access_change_at_idx" ON "access_change" ("at")`);
    await queryRunner.query(
      `CREATE FUNCTION access_change_reload() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN INSERT INTO access_change (kind) VALUES ('reload'); RETURN NULL; END $$`,
    );
    for (const { table, kind, ref } of WATCHED) {
      await queryRunner.query(
        `CREATE FUNCTION access_change_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF TG_OP = 'DELETE' THEN
             INSERT INTO access_change (kind, ref) SELECT DISTINCT '${kind}', "${ref}" FROM old_rows;
           ELSE
             INSERT INTO access_change (kind, ref) SELECT DISTINCT '${kind}', "${ref}" FROM new_rows;
           END IF;
           RETURN NULL;
         END $$`,
      );
      await queryRunner.query(
        `CREATE TRIGGER access_change_ins AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION access_change_${table}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER access_change_upd AFTER UPDATE ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION access_change_${table}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER access_change_del AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION access_change_${table}()`,
      );
      await queryRunner.query(`CREATE TRIGGER access_change_trunc AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION access_change_reload()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of WATCHED) {
      for (const op of ['ins', 'upd', 'del', 'trunc']) await queryRunner.query(`DROP TRIGGER access_change_${op} ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION access_change_${table}()`);
    }
    await queryRunner.query(`DROP FUNCTION access_change_reload()`);
    await queryRunner.query(`DROP TABLE "access_change"`);
  }
}
