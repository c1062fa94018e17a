import type { RoleAssignmentEntity } from '../assignments/role-assignment.entity';
import type { AuditInput } from '../audit/audit.writer';
import type { RoleRequestEntity } from '../requests/role-request.entity';

/** An audit event about a request (and the schedule it touches). */
export function requestAudit(
  action: string,
  request: Pick<RoleRequestEntity, 'id' | 'principalId' | 'roleId' | 'scopeId' | 'assignmentId' | 'justification' | 'ticketSystem' | 'ticketNumber'>,
  after: Record<string, unknown>,
): AuditInput {
  return {
    action,
    targetPrincipalId: request.principalId,
    roleId: request.roleId,
    scopeId: request.scopeId,
    requestId: request.id,
    assignmentId: request.assignmentId,
    justification: request.justification,
    ticket: request.ticketSystem ? `${request.ticketSystem}:${request.ticketNumber}` : null,
    after,
  };
}

export function windowAudit(entity: Pick<RoleAssignmentEntity, 'type' | 'origin' | 'startAt' | 'endAt'>): Record<string, unknown> {
  return {
    type: entity.type,
    origin: entity.origin,
    startAt: entity.startAt.toISOString(),
    endAt: entity.endAt ? entity.endAt.toISOString() : null,
  };
}
