import type { EntityManager } from 'typeorm';
import { RoleKind } from '../../lib/vocabulary/scopes';
import type { Capabilities } from '../access/capabilities';
import { visibleAssignments } from '../access/visible-assignments';
import type { DailyCount, PrivilegedHoldingCount } from './overview.type';

/** The kinds in the order the overview lists them. */
const KINDS = [RoleKind.DIRECTORY, RoleKind.GROUP, RoleKind.RESOURCE] as const;

/** Days in `activationsPerDay`: today (UTC) and the 29 before it. */
export const ACTIVATION_DAYS = 30;

/**
 * Privileged assignments in force at `at`, by kind: eligible, time-bound active and permanent active. One aggregate
 * over what the viewer may list (the rows `roleAssignments(filter: { type })` counts, groups as one holder each).
 */
export async function countPrivilegedHoldings(db: EntityManager, capabilities: Capabilities, at: Date): Promise<PrivilegedHoldingCount[]> {
  const params: unknown[] = [at];
  const visible = visibleAssignments(capabilities, params);
  const rows = (await db.query(
    `SELECT r.kind,
            count(*) FILTER (WHERE a.type = 'ELIGIBLE')::int AS eligible,
            count(*) FILTER (WHERE a.type = 'ACTIVE' AND a.end_at IS NOT NULL)::int AS active,
            count(*) FILTER (WHERE a.type = 'ACTIVE' AND a.end_at IS NULL)::int AS permanent
       FROM role_assignment a
       JOIN role_definition r ON r.id = a.role_id AND r.privileged
       ${visible.join}
      WHERE a.start_at <= $1 AND (a.end_at IS NULL OR a.end_at > $1) AND ${visible.where}
      GROUP BY r.kind`,
    params,
  )) as { kind: RoleKind; eligible: number; active: number; permanent: number }[];
  return KINDS.map((kind) => rows.find((row) => row.kind === kind) ?? { kind, eligible: 0, active: 0, permanent: 0 });
}

/**
 * Activations (schedules made from an eligibility) that started on each of the last 30 UTC days up to `at`, that the
 * viewer may list; a scheduled activation canceled before its start was never in force and does not count.
 */
export async function countActivationsPerDay(db: EntityManager, capabilities: Capabilities, at: Date): Promise<DailyCount[]> {
  const today = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const first = new Date(today - (ACTIVATION_DAYS - 1) * 24 * 60 * 60 * 1000);
  const params: unknown[] = [first, at];
  const visible = visibleAssignments(capabilities, params);
  const rows = (await db.query(
    `WITH started AS (
       SELECT (a.start_at AT TIME ZONE 'UTC')::date AS day, count(*)::int AS n
         FROM role_assignment a
         JOIN role_definition r ON r.id = a.role_id
         ${visible.join}
        WHERE a.origin = 'ACTIVATED' AND a.start_at >= $1 AND a.start_at <= $2
          AND (a.end_at IS NULL OR a.end_at > a.start_at) AND ${visible.where}
        GROUP BY 1
     )
     SELECT to_char(d.day, 'YYYY-MM-DD') AS day, coalesce(started.n, 0)::int AS count
       FROM generate_series(($1::timestamptz AT TIME ZONE 'UTC')::date, ($2::timestamptz AT TIME ZONE 'UTC')::date, interval '1 day') AS d(day)
       LEFT JOIN started ON started.day = d.day::date
      ORDER BY d.day`,
    params,
  )) as DailyCount[];
  return rows;
}
