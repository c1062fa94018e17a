import type { EntityManager } from 'typeorm';
import { ActivationEventKind } from '../../lib/vocabulary/requests';
import type { Capabilities } from '../access/capabilities';

export interface HistoryRow {
  assignment_id: string;
  kind: ActivationEventKind;
  at: Date;
}

export interface HistoryQuery {
  /** Only events up to this instant: a scheduled activation has not happened yet, nor has a future expiry. */
  now: Date;
  /** At this scope and below. */
  scopeId: string | null;
  /** Strictly older than this (at, assignment id), newest first. */
  before: { at: Date; assignmentId: string } | null;
  limit: number;
}

/**
 * The history behind the `activations` feed, derived from the schedules themselves (origin ACTIVATED): a schedule that
 * started is an ACTIVATED event at its start; one that then ended is a DEACTIVATED, REVOKED or EXPIRED event at its end.
 * Schedules canceled, deactivated or revoked before their start (end = start) never happened and yield nothing.
 *
 * Each half walks its own partial index newest first and stops at the page size, so a page costs about `limit` rows
 * (plus the rows the visibility predicate skips), never the whole table. (at, assignment id) orders events totally: a
 * schedule's end is always after its start.
 */
export async function activationHistory(db: EntityManager, query: HistoryQuery, capabilities: Capabilities): Promise<HistoryRow[]> {
  const params: unknown[] = [query.now];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const shared: string[] = [];
  // Same rule as the live feed: one's own activations, plus those one may read at their scope.
  shared.push(capabilities.visibilitySql(params, { kind: 'r.kind', path: 's.path', groupId: 's.group_id', principals: ['a.principal_id'] }));
  if (query.scopeId) shared.push(`s.path @> ARRAY[${param(query.scopeId)}::uuid]`);
  const cursor = query.before ? `(${param(query.before.at)}::timestamptz, ${param(query.before.assignmentId)}::uuid)` : null;
  const from = `FROM role_assignment a JOIN role_definition r ON r.id = a.role_id JOIN scope s ON s.id = a.scope_id`;
  const where = shared.join(' AND ');
  const limit = query.limit;
  const sql = `
    (SELECT a.id AS assignment_id, 'ACTIVATED' AS kind, a.start_at AS at ${from}
      WHERE a.origin = 'ACTIVATED' AND a.start_at <= $1 AND (a.end_at IS NULL OR a.end_at > a.start_at) AND ${where}
        ${cursor ? `AND (a.start_at, a.id) < ${cursor}` : ''}
      ORDER BY a.start_at DESC, a.id DESC LIMIT ${limit})
    UNION ALL
    (SELECT a.id, CASE a.end_reason WHEN 'DEACTIVATED' THEN 'DEACTIVATED' WHEN 'REVOKED' THEN 'REVOKED' ELSE 'EXPIRED' END, a.end_at ${from}
      WHERE a.origin = 'ACTIVATED' AND a.end_at IS NOT NULL AND a.end_at <= $1 AND a.end_at > a.start_at AND ${where}
        ${cursor ? `AND (a.end_at, a.id) < ${cursor}` : ''}
      ORDER BY a.end_at DESC, a.id DESC LIMIT ${limit})
    ORDER BY at DESC, assignment_id DESC LIMIT ${limit}`;
  return (await db.query(sql, params)) as HistoryRow[];
}

/** How many events the history holds for this viewer (only when a client asks for totalCount). */
export async function countActivationHistory(db: EntityManager, query: Omit<HistoryQuery, 'before' | 'limit'>, capabilities: Capabilities): Promise<number> {
  const params: unknown[] = [query.now];
  const parts = [capabilities.visibilitySql(params, { kind: 'r.kind', path: 's.path', groupId: 's.group_id', principals: ['a.principal_id'] })];
  if (query.scopeId) {
    params.push(query.scopeId);
    parts.push(`s.path @> ARRAY[$${params.length}::uuid]`);
  }
  const [row] = (await db.query(
    `SELECT (count(*) FILTER (WHERE a.start_at <= $1 AND (a.end_at IS NULL OR a.end_at > a.start_at))
           + count(*) FILTER (WHERE a.end_at IS NOT NULL AND a.end_at <= $1 AND a.end_at > a.start_at))::int AS n
       FROM role_assignment a JOIN role_definition r ON r.id = a.role_id JOIN scope s ON s.id = a.scope_id
      WHERE a.origin = 'ACTIVATED' AND ${parts.join(' AND ')}`,
    params,
  )) as { n: number }[];
  return row?.n ?? 0;
}
