import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../../db/prepared';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';
import { enabledAtSql } from '../directory/enabled-at';
import { accessIndexFor, type HoldingFilter, type HoldingRow } from './access-index';

export type { HoldingRow };

/**
 * The holdings statement of `findHoldings` and `findHoldingsOfMany`, for the holders `holders` selects (a condition on
 * `h.id`; `$2` is the instant, `$3` the Member role, `$4` the assignment type): direct holdings UNION ALL holdings of the
 * groups each holder is an active member of, with the holder as `holder_id`. A disabled principal holds nothing; groups
 * are one level deep by rule (groups that hold roles cannot contain groups).
 */
function holdingsSql(holders: string, where: string): string {
  return `WITH holder AS (
       SELECT h.id FROM principal h WHERE ${holders} AND ${enabledAtSql('h', '$2')}
     ), via AS (
       SELECT m.principal_id AS holder_id, s.group_id, m.id AS membership_id, m.start_at AS m_start, m.end_at AS m_end
         FROM role_assignment m
         JOIN scope s ON s.id = m.scope_id
         JOIN principal g ON g.id = s.group_id AND ${enabledAtSql('g', '$2')}
        WHERE m.principal_id IN (SELECT id FROM holder) AND m.role_id = $3 AND m.type = 'ACTIVE'
          AND m.start_at <= $2 AND (m.end_at IS NULL OR m.end_at > $2)
     ), held AS (
       SELECT a.principal_id AS holder_id, a.*, NULL::uuid AS via_group_id, NULL::uuid AS membership_id,
              NULL::timestamptz AS membership_start_at, NULL::timestamptz AS membership_end_at
         FROM role_assignment a
        WHERE a.principal_id IN (SELECT id FROM holder) AND a.type = $4::assignment_type
          AND a.start_at <= $2 AND (a.end_at IS NULL OR a.end_at > $2)
       UNION ALL
       SELECT via.holder_id, a.*, via.group_id, via.membership_id, via.m_start, via.m_end
         FROM via
         JOIN role_assignment a ON a.principal_id = via.group_id AND a.type = $4::assignment_type
          AND a.start_at <= $2 AND (a.end_at IS NULL OR a.end_at > $2)
     )
     SELECT a.holder_id, a.id AS assignment_id, a.principal_id, a.role_id, a.scope_id, a.start_at, a.end_at,
            a.via_group_id, a.membership_id, a.membership_start_at, a.membership_end_at,
            r.kind AS role_kind, s.type AS scope_type, s.path AS scope_path, s.group_id AS scope_group_id
       FROM held a
       JOIN role_definition r ON r.id = a.role_id
       JOIN scope s ON s.id = a.scope_id
      WHERE true ${where}`;
}

/**
 * The ACTIVE holdings from this replica's access index (access-index.ts) when it answers for `db` and `at`: outside a
 * transaction, loaded, and the instant within what it keeps. Null when it does not, or cannot read its feed: SQL answers.
 */
async function fromIndex(db: EntityManager, holderIds: readonly string[], at: Date, filter: HoldingFilter): Promise<HoldingRow[] | null> {
  const index = accessIndexFor(db, at);
  if (!index) return null;
  return index.holdings(holderIds, at, filter).catch(() => null);
}

/**
 * Every ACTIVE (or, when asked, ELIGIBLE) holding of `principalId` in force at `at`, optionally only at the given scopes (the ancestors of a scope)
 * and of one role kind. One statement (`holdingsSql`).
 */
export async function findHoldings(
  db: EntityManager,
  principalId: string,
  at: Date,
  filter: { scopeIds?: string[]; roleKind?: string; roleId?: string; type?: 'ACTIVE' | 'ELIGIBLE' } = {},
): Promise<HoldingRow[]> {
  if ((filter.type ?? 'ACTIVE') === 'ACTIVE') {
    const indexed = await fromIndex(db, [principalId], at, filter);
    if (indexed) return indexed;
  }
  const params: unknown[] = [principalId, at, GROUP_MEMBER_ID, filter.type ?? 'ACTIVE'];
  const extra: string[] = [];
  if (filter.scopeIds) {
    params.push(filter.scopeIds);
    extra.push(`a.scope_id = ANY($${params.length}::uuid[])`);
  }
  if (filter.roleKind) {
    params.push(filter.roleKind);
    extra.push(`r.kind = $${params.length}::role_kind`);
  }
  if (filter.roleId) {
    params.push(filter.roleId);
    extra.push(`a.role_id = $${params.length}`);
  }
  const where = extra.length ? `AND ${extra.join(' AND ')}` : '';
  const variant = `holdings_${filter.scopeIds ? 's' : ''}${filter.roleKind ? 'k' : ''}${filter.roleId ? 'r' : ''}`;
  return preparedQuery<HoldingRow>(db, variant, holdingsSql('h.id = $1', where), params);
}

/** The ACTIVE holdings in force at `at` of several principals at once, of some roles only: `findHoldings` for each, in one statement. */
export async function findHoldingsOfMany(db: EntityManager, principalIds: readonly string[], roleIds: readonly string[], at: Date): Promise<HoldingRow[]> {
  const indexed = await fromIndex(db, principalIds, at, { roleIds });
  if (indexed) return indexed;
  return preparedQuery<HoldingRow>(db, 'holdings_many', holdingsSql('h.id = ANY($1::uuid[])', 'AND a.role_id = ANY($5::uuid[])'), [
    principalIds,
    at,
    GROUP_MEMBER_ID,
    'ACTIVE',
    roleIds,
  ]);
}

/**
 * The distinct enabled principals (users and service principals) actively holding any of `roleIds` at `scopeId` at `at`,
 * directly or through a group. Used by the last-administrator guard and for default approvers.
 */
export async function findActiveHolders(db: EntityManager, roleIds: string[], scopeId: string, at: Date): Promise<Set<string>> {
  return findActiveHoldersOf(db, [{ roleIds, scopeIds: [scopeId] }], at);
}

/**
 * The principals (users and service principals, directly or as active members of a holding group) holding ACTIVE, at
 * `at`, any of the given roles at any of the given scopes — several (roles, scopes) pairs in one statement.
 */
export async function findActiveHoldersOf(db: EntityManager, grants: { roleIds: string[]; scopeIds: string[] }[], at: Date): Promise<Set<string>> {
  const wanted = grants.filter((grant) => grant.roleIds.length && grant.scopeIds.length);
  if (!wanted.length) return new Set();
  const values: unknown[] = [at, GROUP_MEMBER_ID];
  const conditions = wanted.map((grant) => {
    values.push(grant.roleIds, grant.scopeIds);
    return `(a.role_id = ANY($${values.length - 1}::uuid[]) AND a.scope_id = ANY($${values.length}::uuid[]))`;
  });
  const rows = (await db.query(
    `WITH direct AS (
       SELECT a.principal_id FROM role_assignment a
        WHERE (${conditions.join(' OR ')}) AND a.type = 'ACTIVE'
          AND a.start_at <= $1 AND (a.end_at IS NULL OR a.end_at > $1)
     )
     SELECT d.principal_id FROM direct d JOIN principal p ON p.id = d.principal_id
      WHERE p.type <> 'GROUP' AND ${enabledAtSql('p', '$1')}
     UNION
     SELECT m.principal_id FROM direct d
       JOIN principal g ON g.id = d.principal_id AND g.type = 'GROUP' AND ${enabledAtSql('g', '$1')}
       JOIN scope gs ON gs.group_id = g.id
       JOIN role_assignment m ON m.scope_id = gs.id AND m.role_id = $2 AND m.type = 'ACTIVE'
        AND m.start_at <= $1 AND (m.end_at IS NULL OR m.end_at > $1)
       JOIN principal p ON p.id = m.principal_id AND ${enabledAtSql('p', '$1')}`,
    values,
  )) as { principal_id: string }[];
  return new Set(rows.map((row) => row.principal_id));
}
