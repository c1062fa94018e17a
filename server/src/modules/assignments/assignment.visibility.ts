import type { GroupMembership } from '../access/loaders';
import type { Caller } from '../access/caller';
import type { RoleAssignmentEntity } from './role-assignment.entity';

/**
 * Who reads a stored schedule: the rule of `roleAssignment(id)`, and of every field that returns one (an activation's
 * eligibility, a request's source and assignment, an access path's assignment and membership) — so a nested field never
 * shows what the root lookup would not.
 *
 * - its holder;
 * - the members of the group holding it, when a membership of theirs overlapped it (what they held through the group,
 *   as `roleAssignments(expandGroups: true)` lists it for them);
 * - whoever may read assignments of that role kind at that scope (`Capabilities.canRead`, DOMAIN.md's "Who may do what");
 * - whoever decided the request that made it: an approver sees what their decision gave (and its window, which they
 *   may have shortened), as they read the request they decided (RequestService#get).
 *
 * Returns the schedule, or null for one that does not exist or may not be seen: the two look the same.
 */
export async function readableAssignment(caller: Caller, id: string): Promise<RoleAssignmentEntity | null> {
  const viewer = caller.requireViewer();
  const entity = await caller.loaders.assignment.load(id);
  if (!entity) return null;
  if (entity.principalId === viewer.principalId) return entity;
  const [role, scope, capabilities] = await Promise.all([
    caller.loaders.role.load(entity.roleId),
    caller.loaders.scope.load(entity.scopeId),
    caller.capabilities(),
  ]);
  if (!role || !scope) return null;
  if (capabilities.canRead(role.kind, scope)) return entity;
  const memberships = await caller.loaders.groupMemberships.load(viewer.principalId);
  if (memberships.some((membership) => membership.groupId === entity.principalId && overlaps(membership, entity))) return entity;
  if (!entity.createdByRequestId) return null;
  const decisions = await caller.loaders.decisionsByRequest.load(entity.createdByRequestId);
  return decisions.some((decision) => decision.approverId === viewer.principalId) ? entity : null;
}

function overlaps(membership: GroupMembership, schedule: Pick<RoleAssignmentEntity, 'startAt' | 'endAt'>): boolean {
  const start = Math.max(membership.startAt.getTime(), schedule.startAt.getTime());
  const end = Math.min(membership.endAt?.getTime() ?? Infinity, schedule.endAt?.getTime() ?? Infinity);
  return start < end;
}
