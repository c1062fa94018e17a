import type { EntityManager } from 'typeorm';
import { RequestStatus } from '../../lib/vocabulary/requests';
import { RoleKind } from '../../lib/vocabulary/scopes';
import { findActiveHoldersOf, findHoldings } from '../access/access.repository';
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
import { escalatesAt, stagesOf } from './stages';
import { enabledAtSql } from '../directory/enabled-at';

// Where the rule reads the stages; approval.service.ts imports it from here.
export { stagesOf };

/**
 * Who may decide a request (DOMAIN.md, "Approval" and "Extend and renew"), stated once: `decidersOf` reads the rule off
 * the request and gives a description of the deciders; `mayDecide` (one principal), `decidersAmong` (the live queue's
 * candidates) and `approversOf` (everyone, for notifications) only evaluate that description.
 *
 * - A request waiting for approval is decided by the approvers of its current stage: the users and the active members
 *   of the groups named there, joined by the stage's escalation approvers once it has escalated. A stage that names
 *   nobody is decided by the default approvers: the administrators of directory roles (Global and Privileged Role
 *   Administrators).
 * - An extension or a renewal (waiting for an admin decision) is decided by the administrators of that role kind at that
 *   scope: those who `canManage` it.
 * - A request that waits for nothing (granted, provisioned, denied, canceled, expired, …) is decided by nobody.
 * - Nobody decides their own request.
 *
 * Everything is evaluated at an instant and live: a group's members are read then, and someone removed from the
 * approvers (or from a group, or from an administrator role) stops being one at once. The SQL forms (`adminsOf`,
 * `activeMembersOf`) are the inverses of the in-memory rule (`Capabilities.canManage`, a membership in force);
 * test/policy-sql.property.test.ts proves that they agree.
 */
export type DeciderSet =
  | { kind: 'NOBODY' }
  | { kind: 'NAMED'; userIds: readonly string[]; groupIds: readonly string[] }
  | { kind: 'DEFAULT_APPROVERS' }
  | { kind: 'SCOPE_ADMINISTRATORS'; roleKind: RoleKind; scope: ScopeRef };

export interface Deciders {
  set: DeciderSet;
  /** The requester, never a decider of their own request. */
  requesterId: string;
}

export interface DecisionContext {
  request: Pick<RoleRequestEntity, 'principalId' | 'status' | 'currentStage' | 'stageStartedAt' | 'settingsSnapshot'>;
  roleKind: RoleKind;
  scope: ScopeRef;
}

const TENANT_ROOT: ScopeRef = { id: TENANT_ROOT_SCOPE_ID, path: [TENANT_ROOT_SCOPE_ID], groupId: null };
/** The default approvers are the administrators of directory roles: Global and Privileged Role Administrators. */
const DEFAULT_APPROVERS = { roleKind: RoleKind.DIRECTORY, scope: TENANT_ROOT } as const;

/**
 * The rule: who may decide the request at `stage` while it has `status`, at instant `at` (by default its current stage
 * and status; the live feed also asks about the state a change left behind). Pure: it reads nothing.
 */
export function decidersOf(
  { request, roleKind, scope }: DecisionContext,
  at: Date,
  stage: number = request.currentStage,
  status: RequestStatus = request.status,
): Deciders {
  return { set: deciderSet(), requesterId: request.principalId };

  function deciderSet(): DeciderSet {
    if (status === RequestStatus.PENDING_ADMIN_DECISION) return { kind: 'SCOPE_ADMINISTRATORS', roleKind, scope };
    if (status !== RequestStatus.PENDING_APPROVAL) return { kind: 'NOBODY' };
    const config = stagesOf(request)[stage];
    if (!config) return { kind: 'NOBODY' };
    const escalation = escalatesAt(config, request.stageStartedAt);
    const refs = [...config.approvers, ...(escalation && at.getTime() >= escalation.getTime() ? config.escalationApprovers : [])];
    if (refs.length === 0) return { kind: 'DEFAULT_APPROVERS' };
    return {
      kind: 'NAMED',
      userIds: refs.filter((ref) => ref.type === 'USER').map((ref) => ref.id),
      groupIds: refs.filter((ref) => ref.type === 'GROUP').map((ref) => ref.id),
    };
  }
}

/**
 * Whether `principalId` may decide the request at instant `at` (its current stage and status unless given). The scope
 * administrators and default approvers are judged by the principal's capabilities (`canManage`), unless the caller
 * already knows the default approvers (a loader, the live fan-out).
 */
export async function mayDecide(
  db: EntityManager,
  context: DecisionContext,
  principalId: string,
  at: Date,
  stage: number = context.request.currentStage,
  status: RequestStatus = context.request.status,
  /** The default approvers at `at`, when the caller already knows them. */
  knownDefaultApprovers?: ReadonlySet<string>,
): Promise<boolean> {
  const { set, requesterId } = decidersOf(context, at, stage, status);
  if (principalId === requesterId) return false;
  switch (set.kind) {
    case 'NOBODY':
      return false;
    case 'NAMED':
      return set.userIds.includes(principalId) || (set.groupIds.length > 0 && (await activeMembersOf(db, set.groupIds, at, [principalId])).size > 0);
    case 'DEFAULT_APPROVERS':
      if (knownDefaultApprovers) return knownDefaultApprovers.has(principalId);
      return (await capabilitiesOf(db, principalId, at)).canManage(DEFAULT_APPROVERS.roleKind, DEFAULT_APPROVERS.scope);
    case 'SCOPE_ADMINISTRATORS':
      return (await capabilitiesOf(db, principalId, at)).canManage(set.roleKind, set.scope);
  }
}

/** Who is listening: the live queue's subscribers, asked by membership (its map of subscribers, not a copy of its keys). */
export interface Candidates {
  has(principalId: string): boolean;
  readonly size: number;
  keys(): Iterable<string>;
}

/** Below this many candidates a group stage asks for the members among them; above it, for the groups' members. */
const FEW_CANDIDATES = 500;

/**
 * `mayDecide` for many principals at once (the live queue's fan-out): which of `candidates` may decide the request at
 * `stage` with `status` at `at`. At most one statement whatever the number of candidates, and work in proportion to the
 * deciders, not to the candidates: every request is routed against every subscriber, so a pass over 10,000 subscribers
 * per request was the live queue's main cost (B3, B8).
 */
export async function decidersAmong(
  db: EntityManager,
  context: DecisionContext,
  candidates: Candidates,
  at: Date,
  stage: number,
  status: RequestStatus,
  defaultApprovers: () => Promise<ReadonlySet<string>>,
): Promise<Set<string>> {
  const { set, requesterId } = decidersOf(context, at, stage, status);
  const listening = (id: string) => id !== requesterId && candidates.has(id);
  const among = (deciders: Iterable<string>) => {
    const found = new Set<string>();
    for (const id of deciders) if (listening(id)) found.add(id);
    return found;
  };
  if (candidates.size === 0) return new Set();
  switch (set.kind) {
    case 'NOBODY':
      return new Set();
    case 'NAMED': {
      const deciders = among(set.userIds);
      if (!set.groupIds.length) return deciders;
      // A few listening: the members among them; many: the groups' members, kept where someone listens.
      const few = candidates.size <= FEW_CANDIDATES ? [...candidates.keys()].filter((id) => listening(id) && !deciders.has(id)) : null;
      if (few && !few.length) return deciders;
      for (const id of among(await activeMembersOf(db, set.groupIds, at, few ?? undefined))) deciders.add(id);
      return deciders;
    }
    case 'DEFAULT_APPROVERS':
      return among(await defaultApprovers());
    case 'SCOPE_ADMINISTRATORS':
      return among(await adminsOf(db, set.roleKind, set.scope, at));
  }
}

/**
 * Everyone who may decide the request at `stage` with `status` at `at` (for notifications): the named users and the
 * active members of the named groups, or the default approvers, or the administrators of the scope. Never the requester.
 */
export async function approversOf(
  db: EntityManager,
  context: DecisionContext,
  at: Date,
  stage: number = context.request.currentStage,
  status: RequestStatus = context.request.status,
): Promise<Set<string>> {
  const { set, requesterId } = decidersOf(context, at, stage, status);
  let ids: Set<string>;
  switch (set.kind) {
    case 'NOBODY':
      return new Set();
    case 'NAMED':
      ids = new Set([...set.userIds, ...(set.groupIds.length ? await activeMembersOf(db, set.groupIds, at) : [])]);
      break;
    case 'DEFAULT_APPROVERS':
      ids = await defaultApprovers(db, at);
      break;
    case 'SCOPE_ADMINISTRATORS':
      ids = await adminsOf(db, set.roleKind, set.scope, at);
      break;
  }
  ids.delete(requesterId);
  return ids;
}

/** The default approvers at `at` (stages that name nobody): the administrators of directory roles. */
export function defaultApprovers(db: EntityManager, at: Date): Promise<Set<string>> {
  return adminsOf(db, DEFAULT_APPROVERS.roleKind, DEFAULT_APPROVERS.scope, at);
}

/**
 * The active members of any of `groupIds` at `at` (optionally only those of `among`): one statement. A group approver
 * stands for its members as they are at that instant; a disabled group, or a disabled member, stands for nobody.
 */
async function activeMembersOf(db: EntityManager, groupIds: readonly string[], at: Date, among?: readonly string[]): Promise<Set<string>> {
  const params: unknown[] = [groupIds, GROUP_MEMBER_ID, at];
  if (among) params.push(among);
  const rows = (await db.query(
    `SELECT DISTINCT m.principal_id FROM role_assignment m JOIN scope s ON s.id = m.scope_id
       JOIN principal g ON g.id = s.group_id AND ${enabledAtSql('g', '$3')}
       JOIN principal p ON p.id = m.principal_id AND ${enabledAtSql('p', '$3')}
      WHERE s.group_id = ANY($1::uuid[]) AND m.role_id = $2 AND m.type = 'ACTIVE'
        AND m.start_at <= $3 AND (m.end_at IS NULL OR m.end_at > $3) ${among ? 'AND m.principal_id = ANY($4::uuid[])' : ''}`,
    params,
  )) as { principal_id: string }[];
  return new Set(rows.map((row) => row.principal_id));
}

async function capabilitiesOf(db: EntityManager, principalId: string, at: Date): Promise<Capabilities> {
  return new Capabilities(principalId, await findHoldings(db, principalId, at));
}

/**
 * The administrators of a role kind at a scope: the SQL inverse of `Capabilities.canManage` (DOMAIN.md's "Who may do
 * what"): Global Administrators; for DIRECTORY and GROUP roles Privileged Role Administrators; for RESOURCE roles Owners
 * and User Access Administrators at the scope or above; for GROUP roles the group's owners.
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
