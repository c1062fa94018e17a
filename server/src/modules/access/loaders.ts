import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { ScopeEntity } from '../scopes/scope.entity';
import { RoleAssignmentEntity } from '../assignments/role-assignment.entity';
import { RoleRequestEntity } from '../requests/role-request.entity';
import { ApprovalDecisionEntity } from '../approvals/approval-decision.entity';
import { defaultApprovers } from '../approvals/approvers';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';
import type { RoleSettingRow } from '../settings/role-setting-row';

/** One ACTIVE membership of a group (its Member role), whatever its state. */
export interface GroupMembership {
  groupId: string;
  startAt: Date;
  endAt: Date | null;
}

function byId<T extends ObjectLiteral & { id: string }>(db: EntityManager, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(
    async (ids) => {
      // TypeScript cannot see that a generic entity with an `id` accepts `{ id }` as a condition.
      const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id) ?? null);
    },
    { maxBatchSize: 1000 },
  );
}

/** Per-request (and per subscription event) batching caches: one statement per entity kind and tick. */
export function createLoaders(db: EntityManager, now: () => Date = () => new Date()) {
  return {
    principal: byId(db, PrincipalEntity),
    scope: byId(db, ScopeEntity),
    role: byId(db, RoleDefinitionEntity),
    assignment: byId(db, RoleAssignmentEntity),
    request: byId(db, RoleRequestEntity),
    decisionsByRequest: new DataLoader<string, ApprovalDecisionEntity[]>(async (ids) => {
      const rows = await db
        .getRepository(ApprovalDecisionEntity)
        .createQueryBuilder('d')
        .where('d.request_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('d.decided_at', 'ASC')
        .getMany();
      return ids.map((id) => rows.filter((row) => row.requestId === id));
    }),
    /** The default approvers now (Global and Privileged Role Administrators): who decides a stage that names nobody. */
    defaultApprovers: new DataLoader<'now', ReadonlySet<string>>(async (keys) => {
      const holders = await defaultApprovers(db, now());
      return keys.map(() => holders);
    }),
    /** A principal's ACTIVE memberships of groups, past, present and scheduled: what it held (or holds) through them. */
    groupMemberships: new DataLoader<string, GroupMembership[]>(async (ids) => {
      const rows = (await db.query(
        `SELECT m.principal_id, s.group_id, m.start_at, m.end_at FROM role_assignment m JOIN scope s ON s.id = m.scope_id
          WHERE m.principal_id = ANY($1::uuid[]) AND m.role_id = $2 AND m.type = 'ACTIVE' AND s.group_id IS NOT NULL
            AND (m.end_at IS NULL OR m.end_at > m.start_at)`,
        [ids, GROUP_MEMBER_ID],
      )) as { principal_id: string; group_id: string; start_at: Date; end_at: Date | null }[];
      return ids.map((id) =>
        rows.filter((row) => row.principal_id === id).map((row) => ({ groupId: row.group_id, startAt: row.start_at, endAt: row.end_at })),
      );
    }),
    /** The role-wide settings row of each role (null: nothing saved, the defaults apply). */
    roleWideSettings: new DataLoader<string, RoleSettingRow | null>(async (ids) => {
      const rows = (await db.query(
        'SELECT role_id, scope_id, settings, updated_at, updated_by_id FROM role_setting WHERE role_id = ANY($1::uuid[]) AND scope_id IS NULL',
        [ids],
      )) as (RoleSettingRow & { role_id: string })[];
      const byRole = new Map(rows.map((row) => [row.role_id, row]));
      return ids.map((id) => byRole.get(id) ?? null);
    }),
    childCount: new DataLoader<string, number>(async (ids) => {
      const rows = (await db.query(
        'SELECT parent_id, count(*)::int AS n FROM scope WHERE parent_id = ANY($1::uuid[]) AND archived_at IS NULL GROUP BY parent_id',
        [ids],
      )) as { parent_id: string; n: number }[];
      const counts = new Map(rows.map((row) => [row.parent_id, row.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
