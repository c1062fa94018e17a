import { randomUUID } from 'node:crypto';
import type { RequestAction } from '../../lib/vocabulary/requests';
import type { AssignmentType } from '../../lib/vocabulary/assignments';
import { RequestStatus } from '../../lib/vocabulary/requests';
import { badInput } from '../../lib/errors';
import { optionalText } from '../../lib/strings';
import type { RoleSettingsDocument } from '../settings/role-settings.schema';
import { RoleRequestEntity } from '../requests/role-request.entity';

export interface Reason {
  justification: string | null;
  ticketSystem: string | null;
  ticketNumber: string | null;
}

/** Justification and ticket, trimmed and bounded; a ticket needs both its system and its number. */
export function reasonOf(input: { justification?: string | null; ticketSystem?: string | null; ticketNumber?: string | null }): Reason {
  const reason = {
    justification: optionalText(input.justification, 'justification', 500),
    ticketSystem: optionalText(input.ticketSystem, 'ticketSystem', 100),
    ticketNumber: optionalText(input.ticketNumber, 'ticketNumber', 100),
  };
  if (Boolean(reason.ticketSystem) !== Boolean(reason.ticketNumber)) {
    throw badInput('Give both the ticket system and the ticket number, or neither.', reason.ticketSystem ? 'ticketNumber' : 'ticketSystem');
  }
  return reason;
}

export interface NewRequest {
  action: RequestAction;
  status: RequestStatus;
  type: AssignmentType;
  principalId: string;
  roleId: string;
  scopeId: string;
  requestedById: string;
  reason: Reason;
  startAt: Date | null;
  endAt: Date | null;
  settings: RoleSettingsDocument | null;
  now: Date;
  sourceAssignmentId?: string | null;
  assignmentId?: string | null;
  durationSeconds?: number | null;
}

/** A request row, with its id chosen here (so a dry run can show one and a real one can be inserted without a read). */
export function newRequest(args: NewRequest): RoleRequestEntity {
  const pending = args.status === RequestStatus.PENDING_APPROVAL || args.status === RequestStatus.PENDING_ADMIN_DECISION;
  return Object.assign(new RoleRequestEntity(), {
    id: randomUUID(),
    action: args.action,
    status: args.status,
    type: args.type,
    principalId: args.principalId,
    requestedById: args.requestedById,
    roleId: args.roleId,
    scopeId: args.scopeId,
    assignmentId: args.assignmentId ?? null,
    sourceAssignmentId: args.sourceAssignmentId ?? null,
    currentStage: 0,
    stageStartedAt: pending ? args.now : null,
    durationSeconds: args.durationSeconds ?? null,
    ...args.reason,
    startAt: args.startAt,
    endAt: args.endAt,
    settingsSnapshot: args.settings,
    statusReason: null,
    createdAt: args.now,
    completedAt: pending ? null : args.now,
  });
}
