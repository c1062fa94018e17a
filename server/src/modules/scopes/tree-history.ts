import type { EntityManager } from 'typeorm';

/**
 * The scope tree as it was (DOMAIN.md: "Moving a scope changes inheritance from then on; time travel answers with the
 * tree as it was at that instant"). A scope's row holds where it is now; `scope_placement` holds where it (or the subtree
 * it is in) sat before each move. A scope never moved is answered from its row, without reading the history.
 */

/** A scope's path (ids from the root down to it) at `at`. */
export async function pathAt(db: EntityManager, scope: { id: string; path: string[] }, at: Date): Promise<string[]> {
  const rows = (await db.query(`SELECT path FROM scope_placement WHERE scope_id = $1 AND valid_from <= $2 AND valid_to > $2 LIMIT 1`, [scope.id, at])) as {
    path: string[];
  }[];
  return rows[0]?.path ?? scope.path;
}

/** SQL: the path of the scope row `alias` at the SQL instant `at`. */
export function pathAtSql(alias: string, at: string): string {
  return `COALESCE((SELECT sp.path FROM scope_placement sp WHERE sp.scope_id = ${alias}.id AND sp.valid_from <= ${at} AND sp.valid_to > ${at} LIMIT 1), ${alias}.path)`;
}

/** SQL: the path at `at` of the scope whose id is the SQL expression `scopeId` (for rows that only name a scope). */
export function pathOfIdAtSql(scopeId: string, at: string): string {
  return `COALESCE((SELECT sp.path FROM scope_placement sp WHERE sp.scope_id = ${scopeId} AND sp.valid_from <= ${at} AND sp.valid_to > ${at} LIMIT 1), (SELECT cs.path FROM scope cs WHERE cs.id = ${scopeId}))`;
}

/** Whether any scope has ever moved: while none has, the current tree is every instant's tree. */
export async function treeEverMoved(db: EntityManager): Promise<boolean> {
  return ((await db.query(`SELECT 1 FROM scope_placement LIMIT 1`)) as unknown[]).length > 0;
}

/**
 * Records that the subtree under `scopeId` leaves its place at `at`: each of its scopes keeps its path until then. Called
 * with the tree locked, before the paths are rewritten.
 */
export async function recordPlacements(tx: EntityManager, scopeId: string, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO scope_placement (scope_id, path, valid_from, valid_to)
     SELECT s.id, s.path, COALESCE((SELECT max(p.valid_to) FROM scope_placement p WHERE p.scope_id = s.id), '-infinity'), $2
       FROM scope s WHERE s.path @> ARRAY[$1]::uuid[]`,
    [scopeId, at],
  );
}
