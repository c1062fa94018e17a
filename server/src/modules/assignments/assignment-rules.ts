import type { EntityManager } from 'typeorm';
import { AssignmentType } from '../../lib/vocabulary/assignments';
import { RoleKind, roleKindForScope } from '../../lib/vocabulary/scopes';
import { PrincipalType } from '../../lib/vocabulary/principals';
import { badInput, conflict, notFound, policyViolation, requireId } from '../../lib/errors';
import type { Caller } from '../access/caller';
import { assertMayManage } from '../access/policy';
import type { PrincipalEntity } from '../directory/principal.entity';
import { GROUP_MEMBER_ID, GROUP_OWNER_ID } from '../roles/built-in-roles';
import type { RoleDefinitionEntity } from '../roles/role-definition.entity';
import type { ScopeEntity } from '../scopes/scope.entity';
import type { RoleSettingsDocument } from '../settings/role-settings.schema';
import { resolveWindow, type Window } from './assignment-window';
import { readableAssignment } from './assignment.visibility';
import type { RoleAssignmentEntity } from './role-assignment.entity';

/** The rules an administrator's assignment change is held to: who and what it targets, who may make it, its window. */

export interface Target {
  principal: PrincipalEntity;
  role: RoleDefinitionEntity;
  scope: ScopeEntity;
}

export const targetIds = (target: Target) => ({ principalId: target.principal.id, roleId: target.role.id, scopeId: target.scope.id });


export function storedId(id: string): string {
  if (typeof id === 'string' && id.includes(':')) {
    throw badInput('This row is held through a group: change the group’s assignment or the membership instead.', 'assignmentId');
  }
  return requireId(id, 'assignment');
}

export async function loadTarget(caller: Caller, principalId: string, roleId: string, scopeId: string): Promise<Target> {
  const [principal, role, scope] = await Promise.all([
    caller.loaders.principal.load(requireId(principalId, 'principal')),
    caller.loaders.role.load(requireId(roleId, 'role')),
    caller.loaders.scope.load(requireId(scopeId, 'scope')),
  ]);
  if (!principal) throw notFound('principal', principalId);
  if (!role) throw notFound('role', roleId);
  if (!scope) throw notFound('scope', scopeId);
  if (scope.archivedAt) throw badInput(`${scope.name} is archived: nothing can be assigned there.`, 'scopeId');
  if (roleKindForScope(scope.type) !== role.kind) {
    throw badInput(
      `${role.name} is a ${role.kind.toLowerCase()} role: it cannot be assigned at the ${scope.type.toLowerCase().replace('_', ' ')} "${scope.name}".`,
      'scopeId',
    );
  }
  return { principal, role, scope };
}

/** The assignment's holder, role and scope, once the caller is known to manage them (read outside any transaction). */
export async function authorisedTarget(caller: Caller, id: string, shownId: string): Promise<Target> {
  // One the caller may not even read (the rule of roleAssignment(id)) is reported exactly like one that does not exist.
  const entity = await readableAssignment(caller, id);
  if (!entity) throw notFound('assignment', shownId);
  const target = await targetOf(caller, entity);
  await requireManage(caller, target.role, target.scope);
  return target;
}

export async function targetOf(caller: Caller, entity: RoleAssignmentEntity): Promise<Target> {
  const [principal, role, scope] = await Promise.all([
    caller.loaders.principal.load(entity.principalId),
    caller.loaders.role.load(entity.roleId),
    caller.loaders.scope.load(entity.scopeId),
  ]);
  if (!principal || !role || !scope) throw notFound('assignment', entity.id);
  return { principal, role, scope };
}

export async function requireManage(caller: Caller, role: RoleDefinitionEntity, scope: ScopeEntity): Promise<void> {
  assertMayManage(await caller.capabilities(), role, scope);
}

/** Who may hold what: service principals only ACTIVE; only role-assignable groups hold roles; such groups hold no groups. */
export function checkHolder({ principal, role, scope }: Target, type: AssignmentType): void {
  if (!principal.enabled) throw badInput(`${principal.displayName} is disabled and cannot be given roles.`, 'principalId');
  if (principal.type === PrincipalType.SERVICE_PRINCIPAL && type !== AssignmentType.ACTIVE) {
    throw policyViolation('Service principals can only be given ACTIVE, time-bound assignments: they cannot activate.');
  }
  if (role.kind === RoleKind.GROUP) {
    if (scope.groupId === principal.id) throw badInput('A group cannot be a member or owner of itself.', 'principalId');
    if (principal.type === PrincipalType.GROUP) {
      throw policyViolation('Groups that hold roles cannot contain groups, so Elevate does not nest groups.');
    }
    if (![GROUP_MEMBER_ID, GROUP_OWNER_ID].includes(role.id)) throw badInput('Unknown group role.', 'roleId');
  } else if (principal.type === PrincipalType.GROUP && !principal.roleAssignable) {
    throw policyViolation(`${principal.displayName} is not a role-assignable group, so it cannot hold roles.`);
  }
}

export function windowFor(
  now: Date,
  type: AssignmentType,
  settings: RoleSettingsDocument,
  asked: { startAt?: Date | null; endAt?: Date | null; durationSeconds?: number | null },
  fixedStart?: Date,
): Window {
  const eligible = type === AssignmentType.ELIGIBLE;
  return resolveWindow(
    now,
    asked,
    {
      allowPermanent: eligible ? settings.assignment.allowPermanentEligible : settings.assignment.allowPermanentActive,
      maxSeconds: eligible ? settings.assignment.maxEligibleSeconds : settings.assignment.maxActiveSeconds,
      label: eligible ? 'eligible' : 'active',
    },
    fixedStart,
  );
}

/** One schedule of a kind at a time: a new one may not overlap one that has not ended. */
export async function checkNoOverlap(db: EntityManager, { principal, role, scope }: Target, type: AssignmentType, window: Window) {
  const [clash] = (await db.query(
    `SELECT id FROM role_assignment
      WHERE principal_id = $1 AND role_id = $2 AND scope_id = $3 AND type = $4 AND origin = 'ASSIGNED'
        AND (end_at IS NULL OR end_at > $5) AND ($6::timestamptz IS NULL OR start_at < $6)
      LIMIT 1`,
    [principal.id, role.id, scope.id, type, window.startAt, window.endAt],
  )) as { id: string }[];
  if (clash) {
    throw conflict(
      `${principal.displayName} already has an ${type.toLowerCase()} ${role.name} assignment at ${scope.name} in that time (${clash.id}); update it instead.`,
    );
  }
}
