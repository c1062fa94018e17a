import type { EntityManager } from 'typeorm';
import { RequestStatus, RoleKind } from '../../lib/enums';
import { findActiveHolders, findActiveHoldersOf, findHoldings } from '../access/access.repository';
import { Capabilities, type ScopeRef } from '../access/capabilities';
import type { RoleRequestEntity } from '../requests/role-request.entity';
import {
  AZURE_OWNER_ID,
  GLOBAL_ADMINISTRATOR_ID,
  GROUP_MEMBER_ID,
  GROUP_OWNER_ID,
  PRIVILEGED_ROLE_ADMINISTRATOR_ID,
  TENANT_ROOT_SCOPE_ID,
  USER_ACCESS_ADMINISTRATOR_ID,
} from '../roles/built-in-roles';
import type { ApprovalStage } from '../settings/role-settings.schema';

/** The approval stages a request is decided by: those of the settings it was made under. */
export function stagesOf(request: Pick<RoleRequestEntity, 'settingsSnapshot'>): ApprovalStage[] {
  const stages = request.settingsSnapshot?.activation.approvalStages ?? [];
  // DIRECTORY roles with approval required and no approvers named: Global and Privileged Role Administrators decide.
  return stages.length ? stages : [{ approvers: [], quorum: 1, timeoutSeconds: 24 * 3600, escalationApprovers: [], escalateAfterSeconds: null }];
}

export interface DecisionContext {
  request: Pick<RoleRequestEntity, 'principalId' | 'status' | 'currentStage' | 'stageStartedAt' | 'settingsSnapshot'>;
  roleKind: RoleKind;
  scope: ScopeRef;
}

/**
 * Whether `principalId` may decide the request at `stage` at instant `at` — evaluated live: a group approver's members
 * are read now, and a principal removed from the approvers stops being one at once. Nobody decides their own request.
 * Extensions and renewals are decided by the administrators of that scope.
 */
export async function mayDecide(
  db: EntityManager,
  { request, roleKind, scope }: DecisionContext,
  principalId: string,
  at: Date,
  stage: number = request.currentStage,
  status: RequestStatus = request.status,
  /** The holders of Global and Privileged Role Administrator, when the caller already knows them (live fan-out). */
  defaultApprovers?: ReadonlySet<string>,
): Promise<boolean> {
  if (principalId === request.principalId) return false;
  if (status === RequestStatus.PENDING_ADMIN_DECISION) {
    return (await capabilitiesOf(db, principalId, at)).canManage(roleKind, scope);
  }
  if (status !== RequestStatus.PENDING_APPROVAL) return false;
  const refs = approverRefs(request, stage, at);
  if (!refs) return false;
  if (refs.length === 0) {
    if (defaultApprovers) return defaultApprovers.has(principalId);
    const capabilities = await capabilitiesOf(db, principalId, at);
    return capabilities.isGlobalAdmin || capabilities.isPrivilegedRoleAdmin;
  }
  if (refs.some((ref) => ref.type === 'USER' && ref.id === principalId)) return true;
  const groups = refs.filter((ref) => ref.type === 'GROUP').map((ref) => ref.id);
  return groups.length > 0 && isActiveMemberOfAny(db, principalId, groups, at);
}

/** The approvers named for a stage at an instant (with the escalation approvers once it is due); null: no such stage. */
function approverRefs(request: DecisionContext['request'], stage: number, at: Date): ApprovalStage['approvers'] | null {
  const config = stagesOf(request)[stage];
  if (!config) return null;
  const escalated =
    config.escalateAfterSeconds !== null &&
    request.stageStartedAt !== null &&
    at.getTime() >= request.stageStartedAt.getTime() + config.escalateAfterSeconds * 1000;
  return [...config.approvers, ...(escalated ? config.escalationApprovers : [])];
}

/**
 * `mayDecide` for many principals at once (the live queue's fan-out): which of `candidates` may decide the request at
 * `stage` at `at`. One statement for group approvers whatever the number of candidates; administrators of the scope
 * (extensions and renewals) are checked one by one, which only those rarer requests need.
 */
export async function decidersAmong(
  db: EntityManager,
  context: DecisionContext,
  candidates: Iterable<string>,
  at: Date,
  stage: number,
  status: RequestStatus,
  defaultApprovers: () => Promise<ReadonlySet<string>>,
): Promise<Set<string>> {
  const others = [...candidates].filter((id) => id !== context.request.principalId);
  const deciders = new Set<string>();
  if (others.length === 0) return deciders;
  if (status === RequestStatus.PENDING_ADMIN_DECISION) {
    for (const id of others) if ((await capabilitiesOf(db, id, at)).canManage(context.roleKind, context.scope)) deciders.add(id);
    return deciders;
  }
  if (status !== RequestStatus.PENDING_APPROVAL) return deciders;
  const refs = approverRefs(context.request, stage, at);
  if (!refs) return deciders;
  if (refs.length === 0) {
    const defaults = await defaultApprovers();
    for (const id of others) if (defaults.has(id)) deciders.add(id);
    return deciders;
  }
  const users = new Set(refs.filter((ref) => ref.type === 'USER').map((ref) => ref.id));
  for (const id of others) if (users.has(id)) deciders.add(id);
  const groups = refs.filter((ref) => ref.type === 'GROUP').map((ref) => ref.id);
  const rest = others.filter((id) => !deciders.has(id));
  if (groups.length && rest.length) {
    const rows = (await db.query(
      `SELECT DISTINCT m.principal_id AS id FROM role_assignment m JOIN scope s ON s.id = m.scope_id
        WHERE m.principal_id = ANY($1::uuid[]) AND s.group_id = ANY($2::uuid[]) AND m.role_id = $3 AND m.type = 'ACTIVE'
          AND m.start_at <= $4 AND (m.end_at IS NULL OR m.end_at > $4)`,
      [rest, groups, GROUP_MEMBER_ID, at],
    )) as { id: string }[];
    for (const row of rows) deciders.add(row.id);
  }
  return deciders;
}

export async function isActiveMemberOfAny(db: EntityManager, principalId: string, groupIds: string[], at: Date): Promise<boolean> {
  const rows = (await db.query(
    `SELECT 1 FROM role_assignment m JOIN scope s ON s.id = m.scope_id
      WHERE m.principal_id = $1 AND s.group_id = ANY($2::uuid[]) AND m.role_id = $3 AND m.type = 'ACTIVE'
        AND m.start_at <= $4 AND (m.end_at IS NULL OR m.end_at > $4) LIMIT 1`,
    [principalId, groupIds, GROUP_MEMBER_ID, at],
  )) as unknown[];
  return rows.length > 0;
}

async function capabilitiesOf(db: EntityManager, principalId: string, at: Date): Promise<Capabilities> {
  return new Capabilities(principalId, await findHoldings(db, principalId, at));
}

/**
 * Everyone who may decide the request at `stage` at `at` (the inverse of `mayDecide`, for notifications): the named users,
 * the active members of the named groups (and the escalation approvers once the stage has escalated), else the holders of
 * Global and Privileged Role Administrator; extensions and renewals go to the administrators of the scope. Never the
 * requester.
 */
export async function approversOf(
  db: EntityManager,
  { request, roleKind, scope }: DecisionContext,
  at: Date,
  stage: number = request.currentStage,
  status: RequestStatus = request.status,
): Promise<Set<string>> {
  let ids: Set<string>;
  if (status === RequestStatus.PENDING_ADMIN_DECISION) ids = await adminsOf(db, roleKind, scope, at);
  else {
    const refs = approverRefs(request, stage, at);
    if (!refs) return new Set();
    if (refs.length === 0) ids = await findActiveHolders(db, [GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID], TENANT_ROOT_SCOPE_ID, at);
    else {
      ids = new Set(refs.filter((ref) => ref.type === 'USER').map((ref) => ref.id));
      const groups = refs.filter((ref) => ref.type === 'GROUP').map((ref) => ref.id);
      if (groups.length) {
        const rows = (await db.query(
          `SELECT DISTINCT m.principal_id FROM role_assignment m JOIN scope s ON s.id = m.scope_id
            WHERE s.group_id = ANY($1::uuid[]) AND m.role_id = $2 AND m.type = 'ACTIVE'
              AND m.start_at <= $3 AND (m.end_at IS NULL OR m.end_at > $3)`,
          [groups, GROUP_MEMBER_ID, at],
        )) as { principal_id: string }[];
        for (const row of rows) ids.add(row.principal_id);
      }
    }
  }
  ids.delete(request.principalId);
  return ids;
}

/**
 * The administrators of a role kind at a scope (DOMAIN.md's "Who may do what", those who `canManage`): Global
 * Administrators; for DIRECTORY and GROUP roles Privileged Role Administrators; for RESOURCE roles Owners and User Access
 * Administrators at the scope or above; for GROUP roles the group's owners.
 */
export async function adminsOf(db: EntityManager, roleKind: RoleKind, scope: ScopeRef, at: Date): Promise<Set<string>> {
  const atRoot = roleKind === RoleKind.RESOURCE ? [GLOBAL_ADMINISTRATOR_ID] : [GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID];
  return findActiveHoldersOf(
    db,
    [
      { roleIds: atRoot, scopeIds: [TENANT_ROOT_SCOPE_ID] },
      { roleIds: roleKind === RoleKind.RESOURCE ? [AZURE_OWNER_ID, USER_ACCESS_ADMINISTRATOR_ID] : [], scopeIds: scope.path },
      { roleIds: roleKind === RoleKind.GROUP && scope.groupId ? [GROUP_OWNER_ID] : [], scopeIds: [scope.id] },
    ],
    at,
  );
}

export function defaultApprovers(db: EntityManager, at: Date): Promise<Set<string>> {
  return findActiveHolders(db, [GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID], TENANT_ROOT_SCOPE_ID, at);
}
