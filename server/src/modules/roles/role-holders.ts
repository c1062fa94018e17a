import type { EntityManager } from 'typeorm';
import type { Caller } from '../access/caller';
import { visibleAssignments } from '../access/visible-assignments';

/** How many hold a role now: its eligible and active assignments in force that the viewer may read. */
export interface RoleHolderCounts {
  eligible: number;
  active: number;
}

const NONE: RoleHolderCounts = { eligible: 0, active: 0 };

/**
 * Holders of every role at once, per caller: the catalogue asks for the counts of each role it lists, and one grouped
 * aggregate over the assignments in force answers them all (an assignment to a group counts once, as the Overview and
 * `roleAssignments` count it), filtered by the caller's visibility — the same rows `roleAssignments` would list.
 */
const perCaller = new WeakMap<Caller, Promise<ReadonlyMap<string, RoleHolderCounts>>>();

export async function roleHolderCounts(db: EntityManager, caller: Caller, at: Date, roleId: string): Promise<RoleHolderCounts> {
  let counts = perCaller.get(caller);
  if (!counts) {
    counts = countHolders(db, caller, at);
    perCaller.set(caller, counts);
  }
  return (await counts).get(roleId) ?? NONE;
}

async function countHolders(db: EntityManager, caller: Caller, at: Date): Promise<ReadonlyMap<string, RoleHolderCounts>> {
  const params: unknown[] = [at];
  const visible = visibleAssignments(await caller.capabilities(), params);
  const rows = (await db.query(
    `SELECT a.role_id,
            count(*) FILTER (WHERE a.type = 'ELIGIBLE')::int AS eligible,
            count(*) FILTER (WHERE a.type = 'ACTIVE')::int AS active
       FROM role_assignment a
       JOIN role_definition r ON r.id = a.role_id
       ${visible.join}
      WHERE a.start_at <= $1 AND (a.end_at IS NULL OR a.end_at > $1) AND ${visible.where}
      GROUP BY a.role_id`,
    params,
  )) as { role_id: string; eligible: number; active: number }[];
  return new Map(rows.map((row) => [row.role_id, { eligible: row.eligible, active: row.active }]));
}
