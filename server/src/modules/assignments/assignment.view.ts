import type { RoleAssignmentEntity } from './role-assignment.entity';
import type { RoleAssignment } from './role-assignment.type';

/** A stored schedule as the API shows it (not expanded, not inherited). */
export function assignmentView(entity: RoleAssignmentEntity, evaluatedAt: Date): RoleAssignment {
  return {
    id: entity.id,
    assignmentId: entity.id,
    principalId: entity.principalId,
    roleId: entity.roleId,
    scopeId: entity.scopeId,
    type: entity.type,
    origin: entity.origin,
    source: entity.source,
    startAt: entity.startAt,
    endAt: entity.endAt,
    scheduledEndAt: entity.scheduledEndAt,
    endReason: entity.endReason,
    createdAt: entity.createdAt,
    eligibilityId: entity.eligibilityId,
    createdByRequestId: entity.createdByRequestId,
    createdById: entity.createdById,
    viaGroupId: null,
    membershipId: null,
    inheritedFromScopeId: null,
    evaluatedAt,
  };
}
