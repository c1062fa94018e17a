import type { EntityManager } from 'typeorm';
import { pathAtSql } from '../scopes/tree-history';
import { AssignmentState, AssignmentType } from '../../lib/vocabulary/assignments';
import type { Capabilities } from '../access/capabilities';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';
import { orderedPageSql, type OrderedPage } from './assignment-order';
import type { RoleAssignment } from './role-assignment.type';

export interface AssignmentQuery {
  principalId?: string;
  roleId?: string;
  /** The scope asked about, with its ancestor path and the role kind that applies there. */
  scope?: { id: string; path: string[]; roleKind: string; historic?: boolean };
  includeInherited: boolean;
  includeDescendants: boolean;
  expandGroups: boolean;
  type?: AssignmentType;
  state: AssignmentState;
  at: Date;
  limit: number;
  /** The default order's cursor (a row id) */
  after: string | null;
  /** An order asked for, with its cursor; null for the default order (by row id) */
  order: OrderedPage | null;
}

interface Row {
  row_id: string;
  id: string;
  principal_id: string;
  holder_id: string;
  role_id: string;
  scope_id: string;
  type: RoleAssignment['type'];
  origin: RoleAssignment['origin'];
  source: RoleAssignment['source'];
  start_at: Date;
  end_at: Date | null;
  scheduled_end_at: Date | null;
  end_reason: RoleAssignment['endReason'];
  eligibility_id: string | null;
  created_by_request_id: string | null;
  created_by_id: string | null;
  created_at: Date;
  via_group_id: string | null;
  membership_id: string | null;
  total: string;
  sort_key?: unknown;
}

const inForce = (alias: string, at: string) =>
  `${alias}.start_at <= ${at} AND (${alias}.end_at IS NULL OR ${alias}.end_at > ${at})`;

function stateSql(state: AssignmentState, start: string, end: string, at: () => string): string {
  switch (state) {
    case AssignmentState.IN_FORCE:
      return `${start} <= ${at()} AND (${end} IS NULL OR ${end} > ${at()})`;
    case AssignmentState.SCHEDULED:
      return `${start} > ${at()} AND (${end} IS NULL OR ${end} > ${start})`;
    case AssignmentState.ENDED:
      return `${end} IS NOT NULL AND ${end} <= ${at()}`;
    case AssignmentState.ALL:
      return 'true';
  }
}

/**
 * "Who holds which role at which scope": one statement. Rows made at the scope (and, if asked, at its ancestors for the
 * same kind of role, or at its descendants), optionally expanded through groups to their active members — an expanded
 * row's window is the overlap of the group's assignment and the membership. The visibility predicate keeps only what
 * the viewer may read; the total is counted before the page is cut.
 */
export async function queryAssignments(
  db: EntityManager,
  query: AssignmentQuery,
  capabilities: Capabilities,
): Promise<{ rows: RoleAssignment[]; total: number; sortKeys: unknown[] }> {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // Postgres must type every parameter it is sent, so the instant and the Member role id are added only when first used.
  let atPlaceholder: string | null = null;
  const at = () => (atPlaceholder ??= `${param(query.at)}::timestamptz`);
  const base: string[] = [];
  if (query.scope) {
    const scopeParts = [`a.scope_id = ${param(query.scope.id)}`];
    // `path` holds only the ancestors (and the scope) where roles of the scope's kind live.
    if (query.includeInherited) scopeParts.push(`a.scope_id = ANY(${param(query.scope.path)}::uuid[])`);
    // As of an instant the tree has changed since, "below" is the tree as it was then (scopes/tree-history.ts).
    if (query.includeDescendants) {
      const path = query.scope.historic ? pathAtSql('s', at()) : 's.path';
      scopeParts.push(`${path} @> ARRAY[${param(query.scope.id)}]::uuid[]`);
    }
    base.push(`(${scopeParts.join(' OR ')})`);
  }
  if (query.roleId) base.push(`a.role_id = ${param(query.roleId)}`);
  if (query.type) base.push(`a.type = ${param(query.type)}::assignment_type`);
  if (query.state === AssignmentState.IN_FORCE) base.push(inForce('a', at()));
  if (query.state === AssignmentState.SCHEDULED) base.push(`(a.end_at IS NULL OR a.end_at > ${at()})`);
  let memberPlaceholder: string | null = null;
  const member = () => (memberPlaceholder ??= `${param(GROUP_MEMBER_ID)}::uuid`);
  let principal: string | null = null;
  if (query.principalId) {
    principal = `${param(query.principalId)}::uuid`;
    base.push(
      query.expandGroups
        ? `(a.principal_id = ${principal} OR a.principal_id IN (
             SELECT gs.group_id FROM role_assignment gm JOIN scope gs ON gs.id = gm.scope_id
              WHERE gm.principal_id = ${principal} AND gm.role_id = ${member()} AND gm.type = 'ACTIVE'))`
        : `a.principal_id = ${principal}`,
    );
  }
  const rowStart = 'GREATEST(base.start_at, m.start_at)';
  const rowEnd = 'LEAST(base.end_at, m.end_at)';
  const expanded = query.expandGroups
    ? `UNION ALL
       SELECT base.id::text || ':' || m.id::text, base.id, m.principal_id, base.principal_id AS group_principal_id,
              base.role_id, base.scope_id, base.type, base.origin, base.source, ${rowStart}, ${rowEnd},
              base.scheduled_end_at, base.end_reason, base.eligibility_id, base.created_by_request_id, base.created_by_id,
              base.created_at, base.principal_id, m.id, base.role_kind, base.scope_path, base.scope_group_id
         FROM base
         JOIN scope gs ON gs.group_id = base.principal_id
         JOIN role_assignment m ON m.scope_id = gs.id AND m.role_id = ${member()} AND m.type = 'ACTIVE'
        WHERE base.principal_type = 'GROUP' ${principal ? `AND m.principal_id = ${principal}` : ''}
          AND (m.end_at IS NULL OR m.end_at > m.start_at)
          AND ${stateSql(query.state, rowStart, rowEnd, at)}`
    : '';
  const visibility = capabilities.visibilitySql(params, {
    kind: 'role_kind',
    path: 'scope_path',
    groupId: 'scope_group_id',
    principals: ['holder_id', 'principal_id'],
  });
  const common = `
    WITH base AS (
      SELECT a.*, r.kind AS role_kind, s.path AS scope_path, s.group_id AS scope_group_id, hp.type AS principal_type
        FROM role_assignment a
        JOIN role_definition r ON r.id = a.role_id
        JOIN scope s ON s.id = a.scope_id
        JOIN principal hp ON hp.id = a.principal_id
       WHERE ${base.length ? base.join(' AND ') : 'true'}
    ), listed (row_id, id, holder_id, principal_id, role_id, scope_id, type, origin, source, start_at, end_at, scheduled_end_at,
               end_reason, eligibility_id, created_by_request_id, created_by_id, created_at, via_group_id, membership_id,
               role_kind, scope_path, scope_group_id) AS (
      SELECT base.id::text, base.id, base.principal_id, base.principal_id, base.role_id, base.scope_id, base.type, base.origin,
             base.source, base.start_at, base.end_at, base.scheduled_end_at, base.end_reason, base.eligibility_id, base.created_by_request_id,
             base.created_by_id, base.created_at, NULL::uuid, NULL::uuid, base.role_kind, base.scope_path, base.scope_group_id
        FROM base
       WHERE ${principal ? `base.principal_id = ${principal} AND ` : ''}${stateSql(query.state, 'base.start_at', 'base.end_at', at)}
      ${expanded}
    ), visible AS (
      SELECT listed.*, count(*) OVER () AS total FROM listed WHERE ${visibility}
    )`;
  const filterParams = params.length;
  const paged = Boolean(query.order ? query.order.after : query.after);
  const page = query.order
    ? orderedPageSql(query.order, query.limit, param)
    : `SELECT * FROM visible ${query.after ? `WHERE row_id > ${param(query.after)}` : ''} ORDER BY row_id LIMIT ${query.limit + 1}`;
  const rows = (await db.query(`${common} ${page}`, params)) as Row[];
  // A page past the end has no row to carry the total: count without the cursor.
  const total = rows.length ? Number(rows[0].total) : paged ? await countOnly(db, common, params.slice(0, filterParams)) : 0;
  return {
    total,
    sortKeys: rows.map((row) => row.sort_key),
    rows: rows.map((row) => ({
      id: row.row_id,
      assignmentId: row.id,
      principalId: row.holder_id,
      roleId: row.role_id,
      scopeId: row.scope_id,
      type: row.type,
      origin: row.origin,
      source: row.source,
      startAt: row.start_at,
      endAt: row.end_at,
      scheduledEndAt: row.scheduled_end_at,
      endReason: row.end_reason,
      createdAt: row.created_at,
      eligibilityId: row.eligibility_id,
      createdByRequestId: row.created_by_request_id,
      createdById: row.created_by_id,
      viaGroupId: row.via_group_id,
      membershipId: row.membership_id,
      inheritedFromScopeId:
        query.scope && query.includeInherited && row.scope_id !== query.scope.id && query.scope.path.includes(row.scope_id)
          ? row.scope_id
          : null,
      evaluatedAt: query.at,
    })),
  };
}

async function countOnly(db: EntityManager, common: string, params: unknown[]): Promise<number> {
  const [row] = (await db.query(`${common} SELECT count(*)::int AS n FROM visible`, params)) as { n: number }[];
  return row?.n ?? 0;
}
