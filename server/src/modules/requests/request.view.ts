import { DurationValue } from '../../lib/duration';
import type { RoleRequestEntity } from './role-request.entity';
import type { RoleRequest } from './role-request.type';

/** A request row as the API shows it (`validateOnly`: a dry run's draft, never stored). */
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
