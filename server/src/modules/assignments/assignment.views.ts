import { DurationValue } from '../../lib/duration';
import type { RoleRequestEntity } from '../requests/role-request.entity';
import type { RoleRequest } from '../requests/role-request.type';
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

export function requestView(entity: RoleRequestEntity, validateOnly = false): RoleRequest {
  return {
    id: entity.id,
    action: entity.action,
    status: entity.status,
    type: entity.type,
    principalId: entity.principalId,
    requestedById: entity.requestedById,
    roleId: entity.roleId,
    scopeId: entity.scopeId,
    assignmentId: entity.assignmentId,
    justification: entity.justification,
    ticketSystem: entity.ticketSystem,
    ticketNumber: entity.ticketNumber,
    startAt: entity.startAt,
    endAt: entity.endAt,
    createdAt: entity.createdAt,
    completedAt: entity.completedAt,
    statusReason: entity.statusReason,
    validateOnly,
    currentStage: entity.currentStage ?? 0,
    stageStartedAt: entity.stageStartedAt ?? null,
    duration: entity.durationSeconds ? new DurationValue(entity.durationSeconds) : null,
    sourceAssignmentId: entity.sourceAssignmentId ?? null,
    settingsSnapshot: entity.settingsSnapshot ?? null,
  };
}
